/**
 * The route table. EXTENSION POINT — append a route for a new page:
 *
 *   { path: '/kalkulator', page: lazy(() => import('./routes/kalkulator/KalkulatorPage.tsx')), public: true }
 *
 * `public` pages open without logging in (inside the app shell when logged in, a light public
 * shell otherwise). `roles` limits a page to accounts with any of those roles (others get a "not
 * allowed" page). Pages are code-split with `lazy`. The login page lives at /masuk (and /login).
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { Role } from './api/types.ts';
import { SKP_ROUTES } from './features/skp/menu.ts';
import { ACCOUNT_ADMINS, ADMINS, HIERARCHY_READERS, READERS_OF_TENANT } from './nav.ts';

export interface AppRoute {
  path: string;
  page: LazyExoticComponent<ComponentType>;
  roles?: readonly Role[];
  public?: boolean;
  /** Opens without a chosen instansi (a super admin on an install that has none yet). */
  withoutInstansi?: boolean;
}

export const ROUTES: AppRoute[] = [
  { path: '/', page: lazy(() => import('./features/beranda/HomePage.tsx')) },
  ...SKP_ROUTES,
  { path: '/organisasi', page: lazy(() => import('./features/org/OrgTreePage.tsx')) },
  { path: '/organisasi/:unitId', page: lazy(() => import('./routes/org/UnitPage.tsx')) },
  { path: '/pegawai', page: lazy(() => import('./routes/pegawai/PegawaiListPage.tsx')) },
  { path: '/pegawai/:pegawaiId', page: lazy(() => import('./routes/pegawai/PegawaiPage.tsx')) },
  { path: '/masalah-hierarki', page: lazy(() => import('./routes/MasalahPage.tsx')), roles: HIERARCHY_READERS },
  { path: '/impor', page: lazy(() => import('./routes/impor/ImportPage.tsx')), roles: ADMINS },
  { path: '/audit', page: lazy(() => import('./features/audit/AuditPage.tsx')), roles: READERS_OF_TENANT },
  { path: '/akun', page: lazy(() => import('./routes/AccountPage.tsx')) },
  { path: '/pengaturan', page: lazy(() => import('./features/admin/PengaturanPage.tsx')), roles: READERS_OF_TENANT },
  {
    path: '/akun-pengguna',
    page: lazy(() => import('./features/admin/AkunAdminPage.tsx')),
    roles: ACCOUNT_ADMINS,
  },
  {
    path: '/instansi',
    page: lazy(() => import('./features/instansi/InstansiPage.tsx')),
    roles: ADMINS,
    withoutInstansi: true,
  },
  { path: '/kalkulator', page: lazy(() => import('./routes/kalkulator/KalkulatorPage.tsx')), public: true },
];
