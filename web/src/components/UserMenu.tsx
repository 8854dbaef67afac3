/** Account menu in the header: name and roles, link to "Akun saya", log out. */
import { Avatar, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useLogout } from '../api/auth.ts';
import { useSession } from '../auth/session.tsx';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase())
    .join('');
}

export function UserMenu() {
  const { t } = useTranslation();
  const { me } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        {/* Named by its content: "Menu akun" and the initials it shows (axe label-content-name-mismatch). */}
        <UnstyledButton style={{ borderRadius: 999 }}>
          <VisuallyHidden>{t('nav.userMenu')}</VisuallyHidden>
          <Avatar color="kinerja" radius="xl" size={36}>
            {initials(me.nama)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark" truncate="end">
            {me.nama}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {me.peran.map((p) => t(`peran.${p}`)).join(' · ')}
          </Text>
        </Menu.Label>
        <Menu.Item component={Link} to="/akun" leftSection={<IconUserCircle size={18} aria-hidden />}>
          {t('nav.akun')}
        </Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={18} aria-hidden />}
          onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/masuk') })}
        >
          {t('nav.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
