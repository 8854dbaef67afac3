/**
 * Menu entry and route of the evaluation documents page (issue 11 item 6), spread into `nav.ts` and
 * `route-table.ts`. The server decides who may print a unit (its admins and its head).
 */
import { IconFileZip } from '@tabler/icons-react';
import type { Role } from '../../api/types.ts';
import { lazyPage } from '../../lazy-page.ts';
import type { NavEntry } from '../../nav.ts';
import type { AppRoute } from '../../route-table.ts';

const PENCETAK: Role[] = ['SUPER_ADMIN', 'ADMIN_INSTANSI', 'ADMIN_UNIT', 'PEJABAT_PENILAI'];

export const DOKUMEN_EVALUASI_NAV: NavEntry[] = [
  { path: '/dokumen-evaluasi', labelKey: 'dokumenEvaluasi.nav', icon: IconFileZip, roles: PENCETAK },
];

export const DOKUMEN_EVALUASI_ROUTES: AppRoute[] = [
  { path: '/dokumen-evaluasi', page: lazyPage(() => import('./CetakEvaluasiPage.tsx')), roles: PENCETAK },
];
