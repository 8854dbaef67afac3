/** The bell in the header: my notifications (unread first), mark read, open the linked SKP. */
import { ActionIcon, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../../auth/session.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { useBacaNotifikasi, useNotifikasi } from '../api/planning.ts';
import type { Notifikasi } from '../api/types.ts';

/** The app path of a notification link (the server may send a full URL or an /skp/… path). */
function appPath(tautan: string | null): string | null {
  if (!tautan) return null;
  try {
    const u = new URL(tautan, window.location.origin);
    return u.origin === window.location.origin ? `${u.pathname}${u.search}` : null;
  } catch {
    return null;
  }
}

export function NotificationBell() {
  const { t } = useTranslation();
  const { me, instansiId } = useSession();
  const enabled = !!me.pegawai && !!instansiId;
  const q = useNotifikasi(enabled);
  const baca = useBacaNotifikasi();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  if (!enabled) return null;
  const items = q.data ?? [];
  const unread = items.filter((n) => !n.dibacaAt).length;

  const open = (n: Notifikasi) => {
    if (!n.dibacaAt) baca.mutate(n.id);
    const path = appPath(n.tautan);
    setOpened(false);
    if (path) navigate(path);
  };

  return (
    // The indicator wraps the popover, not the other way round: Popover.Target puts aria-expanded
    // on its child, which must be the button (on the indicator's div it is not allowed, axe).
    <Indicator disabled={unread === 0} label={unread > 9 ? '9+' : unread} size={16} color="red" offset={4}>
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} withinPortal shadow="md">
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={unread ? t('skp.notif.labelUnread', { count: unread }) : t('skp.notif.title')}
          >
            <IconBell size={22} stroke={1.6} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} maw="calc(100vw - 16px)">
          <Text fw={600} size="sm" px="sm" py="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
            {t('skp.notif.title')}
          </Text>
          {items.length === 0 ? (
            <Text size="sm" c="dimmed" p="sm">
              {t('skp.notif.empty')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={400}>
              <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {[...items]
                  .sort((a, b) => Number(!!a.dibacaAt) - Number(!!b.dibacaAt) || b.createdAt.localeCompare(a.createdAt))
                  .map((n) => (
                    <li key={n.id}>
                      <UnstyledButton
                        onClick={() => open(n)}
                        w="100%"
                        px="sm"
                        py={8}
                        style={{
                          borderBottom: '1px solid var(--mantine-color-gray-2)',
                          background: n.dibacaAt ? undefined : 'var(--mantine-primary-color-light)',
                        }}
                      >
                        <Text size="sm" fw={n.dibacaAt ? 400 : 600}>
                          {n.judul}
                        </Text>
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {n.isi}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {formatDateTime(n.createdAt)}
                        </Text>
                      </UnstyledButton>
                    </li>
                  ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
