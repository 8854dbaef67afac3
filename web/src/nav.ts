/**
 * The menu: one entry per page in the navbar. EXTENSION POINT — to add a page, add its route to
 * `route-table.ts` and, when it belongs in the menu, an entry here:
 *
 *   { path: '/kalkulator', labelKey: 'nav.kalkulator', icon: IconCalculator, public: true }
 *
 * `roles` lists who sees it (any of them); leave it out for every logged-in account. `public`
 * entries are also shown to visitors who are not logged in. Add the label to both dictionaries in
 * `i18n/id` and `i18n/en`.
 */
import {
  IconAlertTriangle,
  IconBuildingCommunity,
  IconCalculator,
  IconFileImport,
  IconHierarchy2,
  IconHistory,
  IconHome,
  IconKey,
  IconMessages,
  IconPaperclip,
  type IconProps,
  IconSettings,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Role } from './api/types.ts';
import { DIALOG_NAV } from './features/dialog/menu.ts';
import { DOKUMEN_EVALUASI_NAV } from './features/dokumen-evaluasi/menu.ts';
import { EVALUASI_NAV } from './features/evaluasi/menu.ts';
import { KALIBRASI_NAV } from './features/kalibrasi/menu.ts';
import { KEBERATAN_NAV } from './features/keberatan/menu.ts';
import { KINERJA_SAYA_NAV } from './features/kinerja-saya/menu.ts';
import { MONITORING_KURVA_NAV } from './features/monitoring-kurva/menu.ts';
import { SKP_NAV } from './features/skp/menu.ts';

export interface NavEntry {
  path: string;
  /** i18n key of the label. */
  labelKey: string;
  icon: ComponentType<IconProps>;
  /** Who sees the entry (any of these roles); undefined = every logged-in account. */
  roles?: readonly Role[];
  /** Shown to visitors who are not logged in as well. */
  public?: boolean;
  /** Menu section: 'main' (default) or 'account' (bottom of the navbar). */
  section?: 'main' | 'account';
}

export const ADMINS: readonly Role[] = ['SUPER_ADMIN', 'ADMIN_INSTANSI'];
export const READERS_OF_TENANT: readonly Role[] = ['SUPER_ADMIN', 'ADMIN_INSTANSI', 'AUDITOR'];
/** The hierarchy problems report (policy hierarchy.read): tenant readers and unit admins, who fix the data. */
export const HIERARCHY_READERS: readonly Role[] = [...READERS_OF_TENANT, 'ADMIN_UNIT'];
/** Who gives out accounts: tenant admins (all of it), unit admins (bulk accounts for their units). */
export const ACCOUNT_ADMINS: readonly Role[] = [...ADMINS, 'ADMIN_UNIT'];

export const NAV: NavEntry[] = [
  { path: '/', labelKey: 'nav.beranda', icon: IconHome },
  ...SKP_NAV,
  ...KINERJA_SAYA_NAV,
  { path: '/bukti', labelKey: 'bukti.nav', icon: IconPaperclip, roles: ['PEGAWAI'] },
  { path: '/bawahan', labelKey: 'bawahan.nav', icon: IconUsersGroup, roles: ['PEJABAT_PENILAI'] },
  { path: '/masukan-360', labelKey: 'masukan360.nav', icon: IconMessages, roles: ['PEGAWAI'] },
  ...DIALOG_NAV,
  ...KEBERATAN_NAV,
  ...KALIBRASI_NAV,
  ...DOKUMEN_EVALUASI_NAV,
  ...MONITORING_KURVA_NAV,
  ...EVALUASI_NAV,
  { path: '/organisasi', labelKey: 'nav.organisasi', icon: IconHierarchy2 },
  { path: '/pegawai', labelKey: 'nav.pegawai', icon: IconUsers },
  { path: '/masalah-hierarki', labelKey: 'nav.masalahHierarki', icon: IconAlertTriangle, roles: HIERARCHY_READERS },
  { path: '/impor', labelKey: 'nav.impor', icon: IconFileImport, roles: ADMINS },
  { path: '/audit', labelKey: 'nav.audit', icon: IconHistory, roles: READERS_OF_TENANT },
  { path: '/kalkulator', labelKey: 'kalkulator.nav', icon: IconCalculator, public: true },
  { path: '/pengaturan', labelKey: 'nav2.pengaturan', icon: IconSettings, roles: READERS_OF_TENANT },
  { path: '/akun-pengguna', labelKey: 'nav2.akunAdmin', icon: IconKey, roles: ACCOUNT_ADMINS },
  { path: '/instansi', labelKey: 'nav2.instansi', icon: IconBuildingCommunity, roles: ADMINS },
  { path: '/akun', labelKey: 'nav.akun', icon: IconUserCircle, section: 'account' },
];

/** Whether an account with these roles (null = not logged in) may see the entry or route. */
export function isAllowed(
  entry: { roles?: readonly Role[]; public?: boolean },
  roles: ReadonlySet<Role> | null,
): boolean {
  if (!roles) return !!entry.public;
  if (!entry.roles) return true;
  return entry.roles.some((r) => roles.has(r));
}
