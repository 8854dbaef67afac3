/** Menu entries and routes of the execution pages (issue 10), spread into `nav.ts` and `route-table.ts`. */
import { IconChecklist, IconPencilPlus } from '@tabler/icons-react';
import { lazyPage } from '../../lazy-page.ts';
import type { NavEntry } from '../../nav.ts';
import type { AppRoute } from '../../route-table.ts';

export const KINERJA_SAYA_NAV: NavEntry[] = [
  { path: '/kinerja-saya', labelKey: 'pelaksanaan.nav.kinerjaSaya', icon: IconChecklist, roles: ['PEGAWAI'] },
  { path: '/progres-harian', labelKey: 'pelaksanaan.nav.progres', icon: IconPencilPlus, roles: ['PEGAWAI'] },
];

export const KINERJA_SAYA_ROUTES: AppRoute[] = [
  { path: '/kinerja-saya', page: lazyPage(() => import('./KinerjaSayaPage.tsx')), roles: ['PEGAWAI'] },
  { path: '/progres-harian', page: lazyPage(() => import('./ProgresHarianPage.tsx')), roles: ['PEGAWAI'] },
  { path: '/skp/:skpId/pelaksanaan', page: lazyPage(() => import('./SkpPelaksanaanPage.tsx')) },
];
