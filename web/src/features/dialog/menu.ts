/**
 * Menu entries and routes of the dialog kinerja pages (issue 10 item 7), spread into `nav.ts` and
 * `route-table.ts`. Every API call is authorised again by the server.
 */
import { IconMessages, IconMessageUser } from '@tabler/icons-react';
import { lazyPage } from '../../lazy-page.ts';
import type { NavEntry } from '../../nav.ts';
import type { AppRoute } from '../../route-table.ts';

export const DIALOG_NAV: NavEntry[] = [
  { path: '/dialog', labelKey: 'dialog.nav.saya', icon: IconMessageUser, roles: ['PEGAWAI'] },
  { path: '/dialog/bawahan', labelKey: 'dialog.nav.bawahan', icon: IconMessages, roles: ['PEJABAT_PENILAI'] },
];

export const DIALOG_ROUTES: AppRoute[] = [
  { path: '/dialog', page: lazyPage(() => import('./DialogSayaPage.tsx')), roles: ['PEGAWAI'] },
  { path: '/dialog/bawahan', page: lazyPage(() => import('./DialogBawahanPage.tsx')), roles: ['PEJABAT_PENILAI'] },
  { path: '/dialog/:dialogId', page: lazyPage(() => import('./DialogPage.tsx')) },
];
