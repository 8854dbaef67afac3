/**
 * Menu entries and routes of the keberatan pages (issue 11 item 5), spread into `nav.ts` and
 * `route-table.ts`. Every API call is authorised again by the server.
 */
import { IconGavel, IconInbox, IconScale } from '@tabler/icons-react';
import type { Role } from '../../api/types.ts';
import { lazyPage } from '../../lazy-page.ts';
import type { NavEntry } from '../../nav.ts';
import type { AppRoute } from '../../route-table.ts';

/** The atasan pejabat penilai appraises the appraiser, so is a pejabat penilai; tenant admins act for the regional head. */
const KOTAK: readonly Role[] = ['PEJABAT_PENILAI', 'ADMIN_INSTANSI', 'SUPER_ADMIN'];
const PEMBACA: readonly Role[] = ['SUPER_ADMIN', 'ADMIN_INSTANSI', 'AUDITOR', 'ADMIN_UNIT'];

export const KEBERATAN_NAV: NavEntry[] = [
  { path: '/keberatan', labelKey: 'keberatan.nav.saya', icon: IconScale, roles: ['PEGAWAI'] },
  { path: '/keberatan/masuk', labelKey: 'keberatan.nav.masuk', icon: IconInbox, roles: KOTAK },
  { path: '/keberatan/instansi', labelKey: 'keberatan.nav.instansi', icon: IconGavel, roles: PEMBACA },
];

export const KEBERATAN_ROUTES: AppRoute[] = [
  { path: '/keberatan', page: lazyPage(() => import('./KeberatanSayaPage.tsx')), roles: ['PEGAWAI'] },
  { path: '/keberatan/masuk', page: lazyPage(() => import('./KotakMasukPage.tsx')), roles: KOTAK },
  { path: '/keberatan/instansi', page: lazyPage(() => import('./KeberatanInstansiPage.tsx')), roles: PEMBACA },
  { path: '/keberatan/evaluasi/:evaluasiId', page: lazyPage(() => import('./AjukanPage.tsx')) },
  { path: '/keberatan/:keberatanId', page: lazyPage(() => import('./KasusPage.tsx')) },
];
