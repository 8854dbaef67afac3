/**
 * Menu entry and route of the calibration board (issue 11 item 3), spread into `nav.ts` and
 * `route-table.ts`. Heads of units penilaian (appraisers), unit and tenant admins and the auditor;
 * the server decides per unit who may see or change it (src/domain/evaluasi/kalibrasi-akses.ts).
 */
import { IconChartLine } from '@tabler/icons-react';
import type { Role } from '../../api/types.ts';
import { lazyPage } from '../../lazy-page.ts';
import type { NavEntry } from '../../nav.ts';
import type { AppRoute } from '../../route-table.ts';

const ROLES: readonly Role[] = ['SUPER_ADMIN', 'ADMIN_INSTANSI', 'ADMIN_UNIT', 'AUDITOR', 'PEJABAT_PENILAI'];

export const KALIBRASI_NAV: NavEntry[] = [
  { path: '/kalibrasi', labelKey: 'kalibrasi.nav', icon: IconChartLine, roles: ROLES },
];

export const KALIBRASI_ROUTES: AppRoute[] = [
  { path: '/kalibrasi', page: lazyPage(() => import('./KalibrasiPage.tsx')), roles: ROLES },
];
