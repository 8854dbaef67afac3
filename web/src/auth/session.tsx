/**
 * The session every logged-in page reads: the account, its roles (assigned plus the derived
 * PEGAWAI / PEJABAT_PENILAI) and the instansi being worked on. Accounts of one tenant always work
 * in `me.instansi`; a super admin (or a cross-tenant auditor) picks one in the header, stored in
 * localStorage.
 */
import { Box, Button, Stack, Text, Title } from '@mantine/core';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstansiList, useLogout } from '../api/auth.ts';
import type { Me, Role } from '../api/types.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';

const STORAGE_KEY = 'kinerja.instansi';

export interface Session {
  me: Me;
  roles: ReadonlySet<Role>;
  /** True when the account has any of the roles. */
  hasRole(...roles: Role[]): boolean;
  instansiId: string | null;
  instansiNama: string | null;
  /** Whether the account chooses its instansi (no own tenant). */
  picksInstansi: boolean;
  setInstansiId(id: string): void;
}

const SessionContext = createContext<Session | null>(null);

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  const picksInstansi = !me.instansi;
  const list = useInstansiList(picksInstansi);
  const [chosen, setChosen] = useState<string | null>(readStored);
  const setInstansiId = useCallback((id: string) => {
    setChosen(id);
    try {
      localStorage.setItem(STORAGE_KEY, id);
    } catch {
      // not persisted in private mode
    }
  }, []);

  const value = useMemo<Session>(() => {
    const roles = new Set(me.peran as Role[]);
    let instansiId: string | null = me.instansi?.id ?? null;
    let instansiNama: string | null = me.instansi?.nama ?? null;
    if (picksInstansi) {
      const items = list.data ?? [];
      const found = items.find((i) => i.id === chosen) ?? items[0];
      instansiId = found?.id ?? null;
      instansiNama = found?.nama ?? null;
    }
    return {
      me,
      roles,
      hasRole: (...r: Role[]) => r.some((x) => roles.has(x)),
      instansiId,
      instansiNama,
      picksInstansi,
      setInstansiId,
    };
  }, [me, picksInstansi, list.data, chosen, setInstansiId]);

  // Accounts that pick their tenant wait for the list, so pages and header widgets always have one.
  if (picksInstansi && list.isPending) return <Loading minHeight={400} />;
  if (picksInstansi && list.isError) {
    return (
      <Box maw={560} mx="auto" my="xl" p="md">
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      </Box>
    );
  }
  if (!value.instansiId) return <NoTenant />;
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** A super admin on an install without any instansi yet: nothing tenant-scoped can be shown. */
function NoTenant() {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <Stack align="center" ta="center" py={64} px="md" gap="sm" maw={520} mx="auto">
      <Title order={1} fz="h2">
        {t('nav.noInstansi')}
      </Title>
      <Text c="dimmed">{t('error.noTenantHint')}</Text>
      <Button variant="light" onClick={() => logout.mutate()}>
        {t('nav.logout')}
      </Button>
    </Stack>
  );
}

/** The current session; only inside logged-in pages. */
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The session if there is one (public pages may render with or without). */
export function useOptionalSession(): Session | null {
  return useContext(SessionContext);
}

/** The instansi id of the session; pages under it are only shown once one is chosen. */
export function useInstansiId(): string {
  const { instansiId } = useSession();
  if (!instansiId) throw new Error('no instansi chosen');
  return instansiId;
}

/** Whether the account administers the whole tenant (edit forms, import). */
export function useIsAdmin(): boolean {
  return useSession().hasRole('SUPER_ADMIN', 'ADMIN_INSTANSI');
}
