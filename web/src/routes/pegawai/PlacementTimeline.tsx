/** Placement history as a timeline: definitive, PLT and PLH placements with dates and SK. */
import { Anchor, Button, Card, Group, Text, Timeline, Title } from '@mantine/core';
import { IconBriefcase, IconClockPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Placement } from '../../api/types.ts';
import { formatDate, todayIso } from '../../components/format.ts';
import { ViaBadge } from '../../components/PenilaiExplanation.tsx';

function isCurrent(p: Placement, today: string): boolean {
  return p.mulai <= today && (!p.selesai || p.selesai >= today);
}

export function PlacementTimeline({
  riwayat,
  onEnd,
}: {
  riwayat: Placement[];
  /** Admins may end an open placement. */
  onEnd?: (p: Placement) => void;
}) {
  const { t } = useTranslation();
  const today = todayIso();
  const sorted = [...riwayat].sort((a, b) => (a.mulai < b.mulai ? 1 : a.mulai > b.mulai ? -1 : 0));
  return (
    <Card withBorder radius="md" padding="md">
      <Title order={2} fz="h4" mb="sm">
        {t('detail.riwayat')}
      </Title>
      {sorted.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('detail.noRiwayat')}
        </Text>
      )}
      <Timeline
        bulletSize={26}
        lineWidth={2}
        active={sorted.findIndex((p) => isCurrent(p, today))}
        reverseActive={false}
      >
        {sorted.map((p) => {
          const current = isCurrent(p, today);
          return (
            <Timeline.Item
              key={p.id}
              bullet={
                p.jenis === 'DEFINITIF' ? (
                  <IconBriefcase size={14} aria-hidden />
                ) : (
                  <IconClockPause size={14} aria-hidden />
                )
              }
              color={current ? undefined : 'gray'}
              title={
                <Group gap={6}>
                  <Text fw={600} size="sm" span>
                    {p.jabatanNama}
                  </Text>
                  <ViaBadge via={p.jenis} />
                  {current && (
                    <Text size="xs" c="teal" fw={600} span>
                      {t('detail.current')}
                    </Text>
                  )}
                </Group>
              }
            >
              <Anchor component={Link} to={`/organisasi/${p.unitId}`} size="sm">
                {p.unitNama}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('detail.period', {
                  from: formatDate(p.mulai),
                  to: p.selesai ? formatDate(p.selesai) : t('common.now'),
                })}
                {p.nomorSk ? ` · ${t('detail.sk', { nomor: p.nomorSk })}` : ''}
              </Text>
              {onEnd && !p.selesai && (
                <Button size="compact-xs" variant="subtle" color="red" mt={4} onClick={() => onEnd(p)}>
                  {t('pegawaiAdmin.endPlacement')}
                </Button>
              )}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Card>
  );
}
