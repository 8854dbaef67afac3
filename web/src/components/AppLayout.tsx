/**
 * The app shell: header (brand, instansi, language, account menu) and a navbar that collapses into
 * a burger menu on phones. Menu entries come from `nav.ts`.
 */
import {
  AppShell,
  Badge,
  Burger,
  Group,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLogout } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useLogout } from '../api/auth.ts';
import { useSession } from '../auth/session.tsx';
import { NotificationBell } from '../features/skp/components/NotificationBell.tsx';
import { isAllowed, NAV, type NavEntry } from '../nav.ts';
import { useActiveNavPath } from './active-nav.ts';
import { Brand } from './Brand.tsx';
import { InstansiPicker } from './InstansiPicker.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { UserMenu } from './UserMenu.tsx';

function matches(entry: NavEntry, pathname: string): boolean {
  if (entry.path === '/') return pathname === '/';
  return pathname === entry.path || pathname.startsWith(`${entry.path}/`);
}

/** Active when it is the most specific entry matching the path (/skp/bawahan is not also /skp). */
function isActive(entry: NavEntry, pathname: string, entries: readonly NavEntry[] = NAV): boolean {
  if (!matches(entry, pathname)) return false;
  return !entries.some((e) => e.path.length > entry.path.length && matches(e, pathname));
}

function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { roles } = useSession();
  const { pathname: urlPath } = useLocation();
  // A page may name its menu entry (an SKP opened by its appraiser is "SKP Bawahan").
  const pathname = useActiveNavPath() ?? urlPath;
  const navigate = useNavigate();
  const logout = useLogout();
  const entries = NAV.filter((e) => isAllowed(e, roles));
  const link = (e: NavEntry) => (
    <NavLink
      key={e.path}
      component={Link}
      to={e.path}
      label={t(e.labelKey)}
      leftSection={<e.icon size={20} stroke={1.6} aria-hidden />}
      active={isActive(e, pathname)}
      aria-current={isActive(e, pathname) ? 'page' : undefined}
      onClick={onNavigate}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );
  return (
    <>
      <AppShell.Section hiddenFrom="md" pb="sm">
        <InstansiPicker w="100%" withLabel />
      </AppShell.Section>
      <AppShell.Section grow component={ScrollArea}>
        <Stack gap={2} component="nav" aria-label={t('nav.menu')}>
          {entries.filter((e) => e.section !== 'account').map(link)}
        </Stack>
      </AppShell.Section>
      <AppShell.Section pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        <Stack gap={2}>
          {entries.filter((e) => e.section === 'account').map(link)}
          <NavLink
            component="button"
            label={t('nav.logout')}
            leftSection={<IconLogout size={20} stroke={1.6} aria-hidden />}
            onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/masuk') })}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        </Stack>
      </AppShell.Section>
    </>
  );
}

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const session = useSession();
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a href="#main" className="skip-link">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
            />
            {/* Named by what it shows (axe label-content-name-mismatch), then where it goes. */}
            <UnstyledButton component={Link} to="/" style={{ minWidth: 0 }}>
              <Brand subtitle={session.picksInstansi ? null : session.instansiNama} />
              <VisuallyHidden>{t('nav.beranda')}</VisuallyHidden>
            </UnstyledButton>
            {session.me.instansi?.isDemo && (
              <Badge color="orange" variant="light" visibleFrom="sm">
                {t('nav.demoMode')}
              </Badge>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Group visibleFrom="md">
              <InstansiPicker />
            </Group>
            <LanguageSwitch />
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <MainNav onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} bg="gray.0">
        {children}
        <Text size="xs" c="dimmed" ta="center" mt="xl">
          {t('tagline')}
        </Text>
      </AppShell.Main>
    </AppShell>
  );
}
