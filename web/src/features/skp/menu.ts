/**
 * Menu entries and routes of the planning pages (issue 4), spread into `nav.ts` and
 * `route-table.ts`. Roles are the menu's; every API call is authorised again by the server.
 */
import {
  IconBinaryTree,
  IconCalendarStats,
  IconChartBar,
  IconClipboardList,
  IconFileCertificate,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { Role } from '../../api/types.ts';
import { lazyPage } from '../../lazy-page.ts';
import type { NavEntry } from '../../nav.ts';
import type { AppRoute } from '../../route-table.ts';

const ADMINS: readonly Role[] = ['SUPER_ADMIN', 'ADMIN_INSTANSI'];
/** Unit heads (derived pejabat penilai) and admins write a unit's Perjanjian Kinerja. */
const PK_EDITORS: readonly Role[] = ['SUPER_ADMIN', 'ADMIN_INSTANSI', 'ADMIN_UNIT', 'PEJABAT_PENILAI'];
/** Who watches planning progress: admins, auditors and appraisers. */
const MONITORS: readonly Role[] = ['SUPER_ADMIN', 'ADMIN_INSTANSI', 'ADMIN_UNIT', 'AUDITOR', 'PEJABAT_PENILAI'];

export const SKP_NAV: NavEntry[] = [
  { path: '/skp', labelKey: 'skp.nav.saya', icon: IconClipboardList, roles: ['PEGAWAI'] },
  { path: '/skp/bawahan', labelKey: 'skp.nav.bawahan', icon: IconUsersGroup, roles: ['PEJABAT_PENILAI'] },
  { path: '/perjanjian-kinerja', labelKey: 'skp.nav.pk', icon: IconFileCertificate, roles: PK_EDITORS },
  { path: '/pohon-kinerja', labelKey: 'skp.nav.pohon', icon: IconBinaryTree, roles: MONITORS },
  { path: '/monitoring-pengisian', labelKey: 'skp.nav.monitoring', icon: IconChartBar, roles: MONITORS },
  { path: '/periode', labelKey: 'skp.nav.periode', icon: IconCalendarStats, roles: ADMINS },
];

export const SKP_ROUTES: AppRoute[] = [
  { path: '/skp', page: lazyPage(() => import('./pages/SkpSayaPage.tsx')), roles: ['PEGAWAI'] },
  { path: '/skp/bawahan', page: lazyPage(() => import('./pages/SkpBawahanPage.tsx')), roles: ['PEJABAT_PENILAI'] },
  { path: '/skp/:skpId', page: lazyPage(() => import('./pages/SkpEditorPage.tsx')) },
  { path: '/skp/:skpId/versi/:revisi', page: lazyPage(() => import('./pages/SkpVersiPage.tsx')) },
  { path: '/skp/:skpId/matriks', page: lazyPage(() => import('./pages/MatriksPage.tsx')), roles: ['PEGAWAI'] },
  { path: '/perjanjian-kinerja', page: lazyPage(() => import('./pages/PerjanjianKinerjaPage.tsx')), roles: PK_EDITORS },
  { path: '/pohon-kinerja', page: lazyPage(() => import('./pages/PohonKinerjaPage.tsx')), roles: MONITORS },
  { path: '/monitoring-pengisian', page: lazyPage(() => import('./pages/MonitoringPage.tsx')), roles: MONITORS },
  { path: '/periode', page: lazyPage(() => import('./pages/PeriodePage.tsx')), roles: ADMINS },
];
