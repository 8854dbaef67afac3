/**
 * Menu entries and routes of the evaluation pages (issue 11: Penilaian for appraisers, Evaluasi saya
 * for employees, Predikat organisasi for leaders and admins), spread into `nav.ts` and
 * `route-table.ts`. Every API call is authorised again by the server.
 */
import { IconBuildingSkyscraper, IconClipboardCheck, IconRosetteDiscountCheck } from '@tabler/icons-react';
import { lazyPage } from '../../lazy-page.ts';
import type { NavEntry } from '../../nav.ts';
import type { AppRoute } from '../../route-table.ts';

const PREDIKAT_READERS = ['SUPER_ADMIN', 'ADMIN_INSTANSI', 'AUDITOR', 'PEJABAT_PENILAI'] as const;

export const EVALUASI_NAV: NavEntry[] = [
  { path: '/penilaian', labelKey: 'evaluasi.nav.penilaian', icon: IconClipboardCheck, roles: ['PEJABAT_PENILAI'] },
  { path: '/evaluasi-saya', labelKey: 'evaluasi.nav.saya', icon: IconRosetteDiscountCheck, roles: ['PEGAWAI'] },
  {
    path: '/predikat-organisasi',
    labelKey: 'evaluasi.nav.predikatOrganisasi',
    icon: IconBuildingSkyscraper,
    roles: PREDIKAT_READERS,
  },
];

export const EVALUASI_ROUTES: AppRoute[] = [
  { path: '/penilaian', page: lazyPage(() => import('./PenilaianPage.tsx')), roles: ['PEJABAT_PENILAI'] },
  { path: '/evaluasi-saya', page: lazyPage(() => import('./EvaluasiSayaPage.tsx')), roles: ['PEGAWAI'] },
  { path: '/evaluasi/:skpId/:periode', page: lazyPage(() => import('./EvaluasiPage.tsx')) },
  { path: '/predikat-organisasi', page: lazyPage(() => import('./PredikatOrganisasiPage.tsx')) },
];
