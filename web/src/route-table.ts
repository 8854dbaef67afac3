/**
 * The route table. EXTENSION POINT — append a route for a new page:
 *
 *   { path: '/kalkulator', page: lazyPage(() => import('./routes/kalkulator/KalkulatorPage.tsx')), public: true }
 *
 * `public` pages open without logging in (inside the app shell when logged in, a light public
 * shell otherwise). `roles` limits a page to accounts with any of those roles (others get a "not
 * allowed" page). Pages are code-split with `lazy`. The login page lives at /masuk (and /login).
 */
import { matchPath } from 'react-router-dom';
import type { Role } from './api/types.ts';
import { DIALOG_ROUTES } from './features/dialog/menu.ts';
import { DOKUMEN_EVALUASI_ROUTES } from './features/dokumen-evaluasi/menu.ts';
import { EVALUASI_ROUTES } from './features/evaluasi/menu.ts';
import { KALIBRASI_ROUTES } from './features/kalibrasi/menu.ts';
import { KEBERATAN_ROUTES } from './features/keberatan/menu.ts';
import { KINERJA_SAYA_ROUTES } from './features/kinerja-saya/menu.ts';
import { MONITORING_KURVA_ROUTES } from './features/monitoring-kurva/menu.ts';
import { SKP_ROUTES } from './features/skp/menu.ts';
import { type LazyPage, lazyPage } from './lazy-page.ts';
import { ACCOUNT_ADMINS, ADMINS, HIERARCHY_READERS, READERS_OF_TENANT } from './nav.ts';

export interface AppRoute {
  path: string;
  page: LazyPage;
  roles?: readonly Role[];
  public?: boolean;
  /** Opens without a chosen instansi (a super admin on an install that has none yet). */
  withoutInstansi?: boolean;
}

export const ROUTES: AppRoute[] = [
  { path: '/', page: lazyPage(() => import('./features/beranda/HomePage.tsx')) },
  ...KINERJA_SAYA_ROUTES,
  ...SKP_ROUTES,
  { path: '/bukti', page: lazyPage(() => import('./features/bukti/BuktiSayaPage.tsx')), roles: ['PEGAWAI'] },
  ...DIALOG_ROUTES,
  ...KEBERATAN_ROUTES,
  ...KALIBRASI_ROUTES,
  ...DOKUMEN_EVALUASI_ROUTES,
  ...MONITORING_KURVA_ROUTES,
  ...EVALUASI_ROUTES,
  { path: '/organisasi', page: lazyPage(() => import('./features/org/OrgTreePage.tsx')) },
  { path: '/organisasi/:unitId', page: lazyPage(() => import('./routes/org/UnitPage.tsx')) },
  { path: '/pegawai', page: lazyPage(() => import('./routes/pegawai/PegawaiListPage.tsx')) },
  { path: '/pegawai/:pegawaiId', page: lazyPage(() => import('./routes/pegawai/PegawaiPage.tsx')) },
  { path: '/masalah-hierarki', page: lazyPage(() => import('./routes/MasalahPage.tsx')), roles: HIERARCHY_READERS },
  { path: '/impor', page: lazyPage(() => import('./routes/impor/ImportPage.tsx')), roles: ADMINS },
  { path: '/audit', page: lazyPage(() => import('./features/audit/AuditPage.tsx')), roles: READERS_OF_TENANT },
  { path: '/akun', page: lazyPage(() => import('./routes/AccountPage.tsx')) },
  {
    path: '/pengaturan',
    page: lazyPage(() => import('./features/admin/PengaturanPage.tsx')),
    roles: READERS_OF_TENANT,
  },
  {
    path: '/akun-pengguna',
    page: lazyPage(() => import('./features/admin/AkunAdminPage.tsx')),
    roles: ACCOUNT_ADMINS,
  },
  {
    path: '/instansi',
    page: lazyPage(() => import('./features/instansi/InstansiPage.tsx')),
    roles: ADMINS,
    withoutInstansi: true,
  },
  { path: '/kalkulator', page: lazyPage(() => import('./routes/kalkulator/KalkulatorPage.tsx')), public: true },
  { path: '/bawahan', page: lazyPage(() => import('./features/bawahan/BawahanPage.tsx')), roles: ['PEJABAT_PENILAI'] },
  {
    path: '/masukan-360',
    page: lazyPage(() => import('./features/masukan360/Masukan360Page.tsx')),
    roles: ['PEGAWAI'],
  },
];

/**
 * Starts downloading the page of `pathname` at once, in parallel with the session check, instead
 * of after it (one round trip less before the page shows on a slow mobile connection). Settles
 * (never rejects) when the page's chunks are in or failed (the page's own Suspense then reports).
 */
export function preloadRoute(pathname: string): Promise<unknown> {
  const route = ROUTES.find((r) => matchPath(r.path, pathname));
  return route ? route.page.preload().catch(() => undefined) : Promise.resolve();
}
