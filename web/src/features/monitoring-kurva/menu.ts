/**
 * Menu entry and route of the Monitoring Kurva page (issue 11 item 9), spread into `nav.ts` and
 * `route-table.ts`. Readers: tenant admins, the auditor, unit admins and unit heads (who are
 * pejabat penilai); the API decides the rows and answers 404 to anyone else.
 */
import { IconChartLine } from '@tabler/icons-react';
import type { Role } from '../../api/types.ts';
import { lazyPage } from '../../lazy-page.ts';
import type { NavEntry } from '../../nav.ts';
import type { AppRoute } from '../../route-table.ts';

const PEMBACA: readonly Role[] = ['SUPER_ADMIN', 'ADMIN_INSTANSI', 'AUDITOR', 'ADMIN_UNIT', 'PEJABAT_PENILAI'];

export const MONITORING_KURVA_NAV: NavEntry[] = [
  { path: '/monitoring-kurva', labelKey: 'monitoringKurva.nav', icon: IconChartLine, roles: PEMBACA },
];

export const MONITORING_KURVA_ROUTES: AppRoute[] = [
  { path: '/monitoring-kurva', page: lazyPage(() => import('./MonitoringKurvaPage.tsx')), roles: PEMBACA },
];
