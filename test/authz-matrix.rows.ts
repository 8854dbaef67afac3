/** Rows of the authorisation matrix: one per endpoint, with a valid request and the allowed roles. */
import type { buildOrg } from './factories.ts';

export const ROLES = [
  'anonim',
  'pegawai',
  'pejabatPenilai',
  'adminUnit',
  'adminUnitLain',
  'adminInstansi',
  'auditor',
  'superAdmin',
  'adminInstansiLain',
] as const;
export type Role = (typeof ROLES)[number];

export interface Fixture {
  org: Awaited<ReturnType<typeof buildOrg>>;
  cookie?: string;
  placementId: string;
  overrideId: string;
  /** An account of the tenant (linked to the kabid) that account admins act on. */
  targetAkunId: string;
  uniqueNip: () => string;
  uid: () => string;
}

export interface MatrixRow {
  method: string;
  url: string;
  allow: readonly Role[];
  /** Statuses that count as "allowed" (default 200/201). */
  allowedStatus?: number[];
  request(fx: Fixture): { url: string; body?: unknown };
}

const LOGGED_IN: Role[] = ['pegawai', 'pejabatPenilai', 'adminUnit', 'adminUnitLain', 'adminInstansi', 'auditor', 'superAdmin', 'adminInstansiLain'];
const MEMBERS: Role[] = ['pegawai', 'pejabatPenilai', 'adminUnit', 'adminUnitLain', 'adminInstansi', 'auditor', 'superAdmin'];
const EVERYONE: Role[] = ['anonim', ...LOGGED_IN];
/** Admins whose scope covers the seksi where the target pegawai (staf) works. */
const SEKSI_WRITERS: Role[] = ['adminUnit', 'adminInstansi', 'superAdmin'];
/** Who may read the staf member: self, their appraiser, unit admin of their subtree, tenant admin, auditor. */
const STAF_READERS: Role[] = ['pegawai', 'pejabatPenilai', 'adminUnit', 'adminInstansi', 'auditor', 'superAdmin'];
const TENANT_READERS: Role[] = ['adminInstansi', 'auditor', 'superAdmin'];

const i = (fx: Fixture) => `/api/instansi/${fx.org.instansi.id}`;
const staf = (fx: Fixture) => `${i(fx)}/pegawai/${fx.org.pegawai.staf.id}`;

export const matrixRows: MatrixRow[] = [
  { method: 'GET', url: '/api/openapi.json', allow: EVERYONE, request: () => ({ url: '/api/openapi.json' }) },
  // auth
  {
    method: 'POST',
    url: '/api/auth/login',
    allow: [],
    request: () => ({ url: '/api/auth/login', body: { username: 'tidak-ada', password: 'salah-sekali-123' } }),
  },
  { method: 'GET', url: '/api/auth/me', allow: LOGGED_IN, request: () => ({ url: '/api/auth/me' }) },
  { method: 'POST', url: '/api/auth/logout', allow: EVERYONE, request: () => ({ url: '/api/auth/logout' }) },
  {
    method: 'POST',
    url: '/api/auth/password',
    allow: LOGGED_IN,
    allowedStatus: [400],
    request: () => ({ url: '/api/auth/password', body: { currentPassword: 'bukan-sandi-lama', newPassword: 'sandi-baru-yang-panjang' } }),
  },
  { method: 'GET', url: '/api/auth/demo-accounts', allow: EVERYONE, request: () => ({ url: '/api/auth/demo-accounts' }) },
  // organisation
  { method: 'GET', url: '/api/instansi', allow: LOGGED_IN, request: () => ({ url: '/api/instansi' }) },
  { method: 'GET', url: '/api/instansi/:instansiId/units', allow: MEMBERS, request: (fx) => ({ url: `${i(fx)}/units` }) },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/units',
    allow: SEKSI_WRITERS,
    request: (fx) => ({
      url: `${i(fx)}/units`,
      body: { kode: `X${fx.uid().slice(0, 8)}`, nama: 'Subseksi Baru', jenis: 'LAINNYA', parentId: fx.org.units.seksi.id },
    }),
  },
  { method: 'GET', url: '/api/instansi/:instansiId/units/:unitId', allow: MEMBERS, request: (fx) => ({ url: `${i(fx)}/units/${fx.org.units.seksi.id}` }) },
  {
    method: 'PATCH',
    url: '/api/instansi/:instansiId/units/:unitId',
    allow: SEKSI_WRITERS,
    request: (fx) => ({ url: `${i(fx)}/units/${fx.org.units.seksi.id}`, body: { version: 1, nama: 'Seksi Kurikulum Baru' } }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/jabatan',
    allow: SEKSI_WRITERS,
    request: (fx) => ({
      url: `${i(fx)}/jabatan`,
      body: { kode: `JX${fx.uid().slice(0, 8)}`, nama: 'Penata Layanan Operasional', jenis: 'PELAKSANA', unitId: fx.org.units.seksi.id },
    }),
  },
  {
    method: 'PATCH',
    url: '/api/instansi/:instansiId/jabatan/:jabatanId',
    allow: SEKSI_WRITERS,
    request: (fx) => ({ url: `${i(fx)}/jabatan/${fx.org.jabatan.jStaf.id}`, body: { version: 1, nama: 'Pengadministrasi Perkantoran' } }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/masalah-hierarki',
    allow: ['adminUnit', 'adminUnitLain', ...TENANT_READERS],
    request: (fx) => ({ url: `${i(fx)}/masalah-hierarki` }),
  },
  // pegawai
  { method: 'GET', url: '/api/instansi/:instansiId/pegawai', allow: MEMBERS, request: (fx) => ({ url: `${i(fx)}/pegawai` }) },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/pegawai',
    allow: SEKSI_WRITERS,
    request: (fx) => ({
      url: `${i(fx)}/pegawai`,
      body: { nip: fx.uniqueNip(), nama: 'Pegawai Baru', jenisAsn: 'PNS', jabatanId: fx.org.jabatan.jStaf.id, tmtJabatan: '2025-01-01' },
    }),
  },
  { method: 'GET', url: '/api/instansi/:instansiId/pegawai/:pegawaiId', allow: STAF_READERS, request: (fx) => ({ url: staf(fx) }) },
  {
    method: 'PATCH',
    url: '/api/instansi/:instansiId/pegawai/:pegawaiId',
    allow: SEKSI_WRITERS,
    request: (fx) => ({ url: staf(fx), body: { version: 1, telepon: '081234567890' } }),
  },
  { method: 'GET', url: '/api/instansi/:instansiId/pegawai/:pegawaiId/penilai', allow: STAF_READERS, request: (fx) => ({ url: `${staf(fx)}/penilai` }) },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/pegawai/:pegawaiId/penempatan',
    allow: SEKSI_WRITERS,
    request: (fx) => ({
      url: `${staf(fx)}/penempatan`,
      body: { jabatanId: fx.org.jabatan.jKasi.id, jenis: 'PLH', mulai: '2025-03-01', selesai: '2025-03-10' },
    }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/pegawai/:pegawaiId/penempatan/:penempatanId/akhiri',
    allow: SEKSI_WRITERS,
    request: (fx) => ({ url: `${staf(fx)}/penempatan/${fx.placementId}/akhiri`, body: { selesai: '2030-12-31' } }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/pegawai/:pegawaiId/penilai-khusus',
    allow: SEKSI_WRITERS,
    request: (fx) => ({
      url: `${staf(fx)}/penilai-khusus`,
      body: { penilaiPegawaiId: fx.org.pegawai.kabid.id, mulai: '2025-01-01', alasan: 'penugasan tim kerja' },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/instansi/:instansiId/pegawai/:pegawaiId/penilai-khusus/:overrideId',
    allow: SEKSI_WRITERS,
    request: (fx) => ({ url: `${staf(fx)}/penilai-khusus/${fx.overrideId}` }),
  },
  // audit
  { method: 'GET', url: '/api/instansi/:instansiId/audit', allow: TENANT_READERS, request: (fx) => ({ url: `${i(fx)}/audit` }) },
  // accounts
  { method: 'GET', url: '/api/instansi/:instansiId/akun', allow: ['adminInstansi', 'superAdmin'], request: (fx) => ({ url: `${i(fx)}/akun` }) },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/akun',
    allow: ['adminInstansi', 'superAdmin'],
    allowedStatus: [201],
    request: (fx) => ({ url: `${i(fx)}/akun`, body: { pegawaiId: fx.org.pegawai.guru.id, peran: [] } }),
  },
  {
    method: 'PATCH',
    url: '/api/instansi/:instansiId/akun/:akunId',
    allow: ['adminInstansi', 'superAdmin'],
    request: (fx) => ({ url: `${i(fx)}/akun/${fx.targetAkunId}`, body: { peran: [{ peran: 'AUDITOR' }] } }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/akun/:akunId/reset-sandi',
    allow: ['adminInstansi', 'superAdmin'],
    request: (fx) => ({ url: `${i(fx)}/akun/${fx.targetAkunId}/reset-sandi` }),
  },
  // per-instansi rule settings
  { method: 'GET', url: '/api/instansi/:instansiId/pengaturan', allow: MEMBERS, request: (fx) => ({ url: `${i(fx)}/pengaturan` }) },
  {
    method: 'PUT',
    url: '/api/instansi/:instansiId/pengaturan',
    allow: ['adminInstansi', 'superAdmin'],
    request: (fx) => ({ url: `${i(fx)}/pengaturan`, body: { version: 0, settings: { evaluasiPeriodik: 'MONTHLY' } } }),
  },
  // public simulation API of the rule engine (no login)
  { method: 'GET', url: '/api/rules', allow: EVERYONE, request: () => ({ url: '/api/rules' }) },
  ...(
    [
      ['/api/rules/predikat', { ratingHasilKerja: 'SESUAI', ratingPerilaku: 'DI_ATAS' }],
      ['/api/rules/distribusi', { predikatOrganisasi: 'BAIK', jumlah: { BAIK: 7, BUTUH_PERBAIKAN: 3 } }],
      ['/api/rules/distribusi/kalkulator', { predikatOrganisasi: 'KURANG', n: 10 }],
      ['/api/rules/angka-kredit', { jenjang: 'AHLI_MUDA', predikat: 'BAIK', bulan: 12 }],
      ['/api/rules/kotak-talenta', { kinerja: 'SESUAI', potensi: 'TINGGI' }],
      ['/api/rules/tukin', { presetId: 'perban-bakamla-1-2023', baseAmount: 1_000_000, predikat: 'KURANG' }],
      ['/api/rules/tenggat-keberatan', { tanggalDiterima: '2024-04-05' }],
      ['/api/rules/kelayakan', { predikatPerTahun: { '2023': 'BAIK', '2024': 'BAIK' }, tahun: 2024 }],
    ] as const
  ).map(([url, body]): MatrixRow => ({ method: 'POST', url, allow: EVERYONE, request: () => ({ url, body }) })),
  // SKP views and documents: monitoring pengisian, pohon kinerja, SKP PDF (docs/skp-views.md)
  ...(['', '/pegawai', '/ekspor'] as const).map(
    (sub): MatrixRow => ({
      method: 'GET',
      url: `/api/instansi/:instansiId/monitoring-pengisian${sub}`,
      // The seksi's head (pejabatPenilai), admins whose scope covers it, the auditor.
      allow: ['pejabatPenilai', 'adminUnit', 'adminInstansi', 'auditor', 'superAdmin'],
      request: (fx) => ({ url: `${i(fx)}/monitoring-pengisian${sub}?unitId=${fx.org.units.seksi.id}` }),
    }),
  ),
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/pohon-kinerja',
    allow: ['pejabatPenilai', 'adminUnit', 'adminInstansi', 'auditor', 'superAdmin'],
    request: (fx) => ({ url: `${i(fx)}/pohon-kinerja?unitId=${fx.org.units.seksi.id}` }),
  },
];
