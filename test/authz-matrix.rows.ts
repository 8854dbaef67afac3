/** Rows of the authorisation matrix: one per endpoint, with a valid request and the allowed roles. */

import { buktiMatrixRows } from './authz-matrix.bukti.rows.ts';
import { dialogRows } from './authz-matrix.dialog.rows.ts';
import { dokumenEvaluasiRows } from './authz-matrix.dokumen-evaluasi.rows.ts';
import { evaluasiCoreRows } from './authz-matrix.evaluasi.rows.ts';
import { hasilRows } from './authz-matrix.hasil.rows.ts';
import { kalibrasiRows } from './authz-matrix.kalibrasi.rows.ts';
import { keberatanRows } from './authz-matrix.keberatan.rows.ts';
import { monrealRows } from './authz-matrix.monreal.rows.ts';
import { realisasiRows } from './authz-matrix.realisasi.rows.ts';
import { umpanBalikMatrixRows } from './authz-matrix.umpan-balik.rows.ts';
import type { buildKalibrasiMatrixFixture } from './evaluasi-fixture-kalibrasi.ts';
import type { KeberatanFixture } from './evaluasi-fixture-keberatan.ts';
import type { buildOrg } from './factories.ts';
import type { SkpFixture } from './skp-fixture.ts';

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
  /** SKPs (one per mutating endpoint), PKs, a period and a notification of the org (test/skp-fixture.ts). */
  skp: SkpFixture;
  /** Evaluations and keberatan cases (test/evaluasi-fixture-keberatan.ts). */
  keberatan: KeberatanFixture;
  /** Calibration boards of the Dinas (test/evaluasi-fixture-kalibrasi.ts). */
  kalibrasi: Awaited<ReturnType<typeof buildKalibrasiMatrixFixture>>;
}

export interface MatrixRow {
  method: string;
  url: string;
  allow: readonly Role[];
  /** Statuses that count as "allowed" (default 200/201). */
  allowedStatus?: number[];
  request(fx: Fixture): { url: string; body?: unknown; headers?: Record<string, string> };
}

const LOGGED_IN: Role[] = [
  'pegawai',
  'pejabatPenilai',
  'adminUnit',
  'adminUnitLain',
  'adminInstansi',
  'auditor',
  'superAdmin',
  'adminInstansiLain',
];
const MEMBERS: Role[] = [
  'pegawai',
  'pejabatPenilai',
  'adminUnit',
  'adminUnitLain',
  'adminInstansi',
  'auditor',
  'superAdmin',
];
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
    // A fresh unknown name each time: nine failures on one name would lock it (AUTH.ACCOUNT_LOCKED).
    request: (fx) => ({
      url: '/api/auth/login',
      body: { username: `tidak-ada-${fx.uid()}`, password: 'salah-sekali-123' },
    }),
  },
  { method: 'GET', url: '/api/auth/me', allow: LOGGED_IN, request: () => ({ url: '/api/auth/me' }) },
  { method: 'POST', url: '/api/auth/logout', allow: EVERYONE, request: () => ({ url: '/api/auth/logout' }) },
  {
    method: 'POST',
    url: '/api/auth/password',
    allow: LOGGED_IN,
    allowedStatus: [400],
    request: () => ({
      url: '/api/auth/password',
      body: { currentPassword: 'bukan-sandi-lama', newPassword: 'sandi-baru-yang-panjang' },
    }),
  },
  {
    method: 'PUT',
    url: '/api/auth/bahasa',
    allow: LOGGED_IN,
    request: () => ({ url: '/api/auth/bahasa', body: { bahasa: 'id' } }),
  },
  {
    method: 'GET',
    url: '/api/auth/demo-accounts',
    allow: EVERYONE,
    request: () => ({ url: '/api/auth/demo-accounts' }),
  },
  // organisation
  { method: 'GET', url: '/api/instansi', allow: LOGGED_IN, request: () => ({ url: '/api/instansi' }) },
  {
    method: 'POST',
    url: '/api/instansi',
    allow: ['superAdmin'],
    request: (fx) => ({
      url: '/api/instansi',
      body: { kode: `MX-${fx.uid()}`, nama: 'Pemerintah Kota Matriks', jenis: 'KOTA' },
    }),
  },
  {
    method: 'PATCH',
    url: '/api/instansi/:instansiId',
    allow: ['adminInstansi', 'superAdmin'],
    // Every organisation write of the run bumps the tenant's version, so a stale one (409) is allowed too.
    allowedStatus: [200, 409],
    request: (fx) => ({ url: i(fx), body: { version: 1, namaPimpinan: 'H. Matriks' } }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/units',
    allow: MEMBERS,
    request: (fx) => ({ url: `${i(fx)}/units` }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/units/cabang',
    allow: MEMBERS,
    request: (fx) => ({ url: `${i(fx)}/units/cabang?q=seksi` }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/units',
    allow: SEKSI_WRITERS,
    request: (fx) => ({
      url: `${i(fx)}/units`,
      body: {
        kode: `X${fx.uid().slice(0, 8)}`,
        nama: 'Subseksi Baru',
        jenis: 'LAINNYA',
        parentId: fx.org.units.seksi.id,
      },
    }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/units/:unitId',
    allow: MEMBERS,
    request: (fx) => ({ url: `${i(fx)}/units/${fx.org.units.seksi.id}` }),
  },
  {
    method: 'PATCH',
    url: '/api/instansi/:instansiId/units/:unitId',
    allow: SEKSI_WRITERS,
    request: (fx) => ({
      url: `${i(fx)}/units/${fx.org.units.seksi.id}`,
      body: { version: 1, nama: 'Seksi Kurikulum Baru' },
    }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/jabatan',
    allow: SEKSI_WRITERS,
    request: (fx) => ({
      url: `${i(fx)}/jabatan`,
      body: {
        kode: `JX${fx.uid().slice(0, 8)}`,
        nama: 'Penata Layanan Operasional',
        jenis: 'PELAKSANA',
        unitId: fx.org.units.seksi.id,
      },
    }),
  },
  {
    method: 'PATCH',
    url: '/api/instansi/:instansiId/jabatan/:jabatanId',
    allow: SEKSI_WRITERS,
    request: (fx) => ({
      url: `${i(fx)}/jabatan/${fx.org.jabatan.jStaf.id}`,
      body: { version: 1, nama: 'Pengadministrasi Perkantoran' },
    }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/masalah-hierarki',
    allow: ['adminUnit', 'adminUnitLain', ...TENANT_READERS],
    request: (fx) => ({ url: `${i(fx)}/masalah-hierarki` }),
  },
  // pegawai
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/pegawai',
    allow: MEMBERS,
    request: (fx) => ({ url: `${i(fx)}/pegawai` }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/pegawai',
    allow: SEKSI_WRITERS,
    request: (fx) => ({
      url: `${i(fx)}/pegawai`,
      body: {
        nip: fx.uniqueNip(),
        nama: 'Pegawai Baru',
        jenisAsn: 'PNS',
        jabatanId: fx.org.jabatan.jStaf.id,
        tmtJabatan: '2025-01-01',
      },
    }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/pegawai/:pegawaiId',
    allow: STAF_READERS,
    request: (fx) => ({ url: staf(fx) }),
  },
  {
    method: 'PATCH',
    url: '/api/instansi/:instansiId/pegawai/:pegawaiId',
    allow: SEKSI_WRITERS,
    request: (fx) => ({ url: staf(fx), body: { version: 1, telepon: '081234567890' } }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/pegawai/:pegawaiId/penilai',
    allow: STAF_READERS,
    request: (fx) => ({ url: `${staf(fx)}/penilai` }),
  },
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
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/audit',
    allow: TENANT_READERS,
    request: (fx) => ({ url: `${i(fx)}/audit` }),
  },
  // accounts
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/akun',
    allow: ['adminInstansi', 'superAdmin'],
    request: (fx) => ({ url: `${i(fx)}/akun` }),
  },
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
    url: '/api/instansi/:instansiId/akun/:akunId/buka-kunci',
    allow: ['adminInstansi', 'superAdmin'],
    request: (fx) => ({ url: `${i(fx)}/akun/${fx.targetAkunId}/buka-kunci` }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/akun/:akunId/reset-sandi',
    allow: ['adminInstansi', 'superAdmin'],
    request: (fx) => ({ url: `${i(fx)}/akun/${fx.targetAkunId}/reset-sandi` }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/akun/massal',
    // Tenant admins, and the unit admin whose subtree holds the bidang (not the school's admin).
    allow: SEKSI_WRITERS,
    allowedStatus: [201],
    request: (fx) => ({ url: `${i(fx)}/akun/massal`, body: { unitId: fx.org.units.bidang.id } }),
  },
  // per-instansi rule settings
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/pengaturan',
    allow: MEMBERS,
    request: (fx) => ({ url: `${i(fx)}/pengaturan` }),
  },
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
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/skp/:skpId/dokumen.pdf',
    // Same as reading the SKP: the staf's own (set) SKP in the seksi; kasi is their appraiser.
    allow: STAF_READERS,
    request: (fx) => ({ url: `${i(fx)}/skp/${fx.skp.ditetapkan.id}/dokumen.pdf` }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/dokumen/skp-massal',
    // Admins whose scope covers the unit (not the read-only auditor); a year without SKPs keeps the job trivial.
    allow: ['adminUnit', 'adminInstansi', 'superAdmin'],
    allowedStatus: [202],
    request: (fx) => ({ url: `${i(fx)}/dokumen/skp-massal`, body: { unitId: fx.org.units.seksi.id, tahun: 2001 } }),
  },
  ...(['skp-massal', 'unduh'] as const).map(
    (sub): MatrixRow => ({
      method: 'GET',
      url: `/api/instansi/:instansiId/dokumen/${sub}/:jobId`,
      // Nobody sees a job that is not theirs or does not exist (their own jobs: dokumen.db.test.ts).
      allow: [],
      request: (fx) => ({ url: `${i(fx)}/dokumen/${sub}/${fx.uid()}` }),
    }),
  ),
  // generic job status (src/modules/jobs)
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/jobs',
    // Every member lists their own jobs (possibly none); another tenant's admin and anonymous do not.
    allow: MEMBERS,
    request: (fx) => ({ url: `${i(fx)}/jobs?limit=5` }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/jobs/:jobId',
    // Nobody sees a job that does not exist (owners, admins and other kinds' rules: jobs.db.test.ts).
    allow: [],
    request: (fx) => ({ url: `${i(fx)}/jobs/${fx.uid()}` }),
  },
  // import / export (SIASN-like CSV/XLSX)
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/import',
    allow: ['adminInstansi', 'superAdmin'],
    request: (fx) => ({
      url: `${i(fx)}/import?dryRun=true&jenis=unor`,
      body: {
        fileName: 'unor.csv',
        contentBase64: Buffer.from('UNOR_KODE,UNOR_NAMA,UNOR_INDUK_KODE,JENIS_UNOR\nX1,Seksi Uji,,LAINNYA\n').toString(
          'base64',
        ),
      },
    }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/import/jobs/:jobId',
    // Nobody sees a job that does not exist or is not theirs (their own jobs: exchange.db.test.ts).
    allow: [],
    request: (fx) => ({ url: `${i(fx)}/import/jobs/${fx.uid()}` }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/import/template',
    allow: ['adminInstansi', 'superAdmin'],
    request: (fx) => ({ url: `${i(fx)}/import/template?format=csv&jenis=pegawai` }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/export',
    allow: TENANT_READERS,
    request: (fx) => ({ url: `${i(fx)}/export?jenis=pegawai&format=csv` }),
  },
  ...planningRows(),
  ...realisasiRows,
  ...monrealRows,
  ...buktiMatrixRows,
  ...umpanBalikMatrixRows,
  ...dialogRows,
  ...keberatanRows,
  ...kalibrasiRows,
  ...dokumenEvaluasiRows,
  ...hasilRows,
  ...evaluasiCoreRows,
];

/** Periods, Perjanjian Kinerja, SKP and notifications (issue 4). */
function planningRows(): MatrixRow[] {
  const skp = (fx: Fixture, key: keyof SkpFixture, rest = '') =>
    `${i(fx)}/skp/${(fx.skp[key] as { id: string }).id}${rest}`;
  const ikiBody = [{ aspek: 'KUANTITAS', indikator: 'Jumlah laporan', targetNilai: 12, targetSatuan: 'laporan' }];
  const rhkBody = { version: 1, jenis: 'UTAMA', teks: 'Tersusunnya laporan bulanan', sumber: 'JF', iki: ikiBody };
  const PK_WRITERS: Role[] = ['pejabatPenilai', ...SEKSI_WRITERS];
  const OWNER: Role[] = ['pegawai'];
  const PENILAI: Role[] = ['pejabatPenilai'];
  const pkBody = (fx: Fixture) => ({
    unitId: fx.org.units.seksi.id,
    tahun: 2030,
    version: 1,
    sasaran: [
      {
        sasaran: 'Meningkatnya mutu kurikulum',
        indikator: [{ indikator: 'Persentase sekolah', targetNilai: 85, satuan: '%' }],
      },
    ],
  });
  return [
    {
      method: 'GET',
      url: '/api/instansi/:instansiId/periode',
      allow: MEMBERS,
      request: (fx) => ({ url: `${i(fx)}/periode` }),
    },
    {
      method: 'POST',
      url: '/api/instansi/:instansiId/periode',
      allow: ['adminInstansi', 'superAdmin'],
      allowedStatus: [201],
      request: (fx) => ({ url: `${i(fx)}/periode`, body: { tahun: 2040, jenisEvaluasi: 'BULANAN' } }),
    },
    {
      method: 'PATCH',
      url: '/api/instansi/:instansiId/periode/:periodeId',
      allow: ['adminInstansi', 'superAdmin'],
      request: (fx) => ({
        url: `${i(fx)}/periode/${fx.skp.periodeId}`,
        body: { version: 1, batasPenetapanSkp: '2030-01-15' },
      }),
    },
    {
      method: 'GET',
      url: '/api/instansi/:instansiId/perjanjian-kinerja',
      allow: MEMBERS,
      request: (fx) => ({ url: `${i(fx)}/perjanjian-kinerja?tahun=2030&unitId=${fx.org.units.seksi.id}` }),
    },
    {
      method: 'PUT',
      url: '/api/instansi/:instansiId/perjanjian-kinerja',
      allow: PK_WRITERS,
      request: (fx) => ({ url: `${i(fx)}/perjanjian-kinerja`, body: pkBody(fx) }),
    },
    {
      method: 'POST',
      url: '/api/instansi/:instansiId/perjanjian-kinerja/:pkId/tetapkan',
      allow: PK_WRITERS,
      request: (fx) => ({ url: `${i(fx)}/perjanjian-kinerja/${fx.skp.pkTetapkan}/tetapkan`, body: { version: 1 } }),
    },
    {
      method: 'POST',
      url: '/api/instansi/:instansiId/perjanjian-kinerja/impor',
      allow: PK_WRITERS,
      request: (fx) => ({
        url: `${i(fx)}/perjanjian-kinerja/impor?tahun=2032&unitId=${fx.org.units.seksi.id}`,
        body: fx.skp.xlsx.body,
        headers: fx.skp.xlsx.headers,
      }),
    },
    {
      method: 'GET',
      url: '/api/instansi/:instansiId/skp/saya',
      allow: MEMBERS,
      request: (fx) => ({ url: `${i(fx)}/skp/saya` }),
    },
    {
      method: 'GET',
      url: '/api/instansi/:instansiId/skp/bawahan',
      allow: MEMBERS,
      request: (fx) => ({ url: `${i(fx)}/skp/bawahan?tahun=2017` }),
    },
    {
      method: 'POST',
      url: '/api/instansi/:instansiId/skp',
      allow: ['pegawai', ...SEKSI_WRITERS],
      allowedStatus: [201],
      request: (fx) => ({
        url: `${i(fx)}/skp`,
        body: { tahun: 2029, pendekatan: 'KUANTITATIF', pegawaiId: fx.org.pegawai.staf.id },
      }),
    },
    {
      method: 'POST',
      url: '/api/instansi/:instansiId/skp/tetapkan-massal',
      // Pegawai of the tenant (each item is then the appraiser's own check); accounts without a
      // pegawai — admins, the read-only auditor — are refused outright.
      allow: ['pegawai', 'pejabatPenilai'],
      request: (fx) => ({
        url: `${i(fx)}/skp/tetapkan-massal`,
        body: { items: [{ skpId: fx.skp.massal.id, version: 1 }] },
      }),
    },
    {
      method: 'GET',
      url: '/api/instansi/:instansiId/skp/:skpId',
      allow: STAF_READERS,
      request: (fx) => ({ url: skp(fx, 'ditetapkan') }),
    },
    {
      method: 'PATCH',
      url: '/api/instansi/:instansiId/skp/:skpId',
      // The Lampiran: the owner while drafting, the appraiser too (domain/skp/isi-akses.ts).
      allow: [...OWNER, ...PENILAI],
      request: (fx) => ({
        url: skp(fx, 'patch'),
        body: {
          version: 1,
          lampiran: { dukunganSumberDaya: ['Laptop'], skemaPertanggungjawaban: [], konsekuensi: [] },
        },
      }),
    },
    {
      method: 'POST',
      url: '/api/instansi/:instansiId/skp/:skpId/rhk',
      allow: OWNER,
      allowedStatus: [201],
      request: (fx) => ({ url: skp(fx, 'rhkPost', '/rhk'), body: rhkBody }),
    },
    {
      method: 'PUT',
      url: '/api/instansi/:instansiId/skp/:skpId/rhk/:rhkId',
      allow: OWNER,
      request: (fx) => ({ url: skp(fx, 'rhkPut', `/rhk/${fx.skp.rhkPut.rhkId}`), body: rhkBody }),
    },
    {
      method: 'DELETE',
      url: '/api/instansi/:instansiId/skp/:skpId/rhk/:rhkId',
      allow: OWNER,
      request: (fx) => ({ url: skp(fx, 'rhkDel', `/rhk/${fx.skp.rhkDel.rhkId}?version=1`) }),
    },
    {
      method: 'GET',
      url: '/api/instansi/:instansiId/skp/:skpId/rhk-atasan',
      allow: STAF_READERS,
      request: (fx) => ({ url: skp(fx, 'ditetapkan', '/rhk-atasan') }),
    },
    {
      method: 'POST',
      url: '/api/instansi/:instansiId/skp/:skpId/ingatkan-atasan',
      allow: OWNER,
      request: (fx) => ({ url: skp(fx, 'ditetapkan', '/ingatkan-atasan') }),
    },
    {
      method: 'POST',
      url: '/api/instansi/:instansiId/skp/:skpId/ajukan',
      allow: OWNER,
      request: (fx) => ({ url: skp(fx, 'ajukan', '/ajukan'), body: { version: 1 } }),
    },
    {
      method: 'POST',
      url: '/api/instansi/:instansiId/skp/:skpId/kembalikan',
      allow: PENILAI,
      request: (fx) => ({
        url: skp(fx, 'kembalikan', '/kembalikan'),
        body: { version: 1, catatan: 'Perbaiki target' },
      }),
    },
    {
      method: 'POST',
      url: '/api/instansi/:instansiId/skp/:skpId/tetapkan',
      allow: PENILAI,
      request: (fx) => ({ url: skp(fx, 'tetapkan', '/tetapkan'), body: { version: 1 } }),
    },
    {
      method: 'POST',
      url: '/api/instansi/:instansiId/skp/:skpId/ubah',
      allow: [...OWNER, ...PENILAI],
      request: (fx) => ({ url: skp(fx, 'ditetapkan', '/ubah'), body: { version: 1 } }),
    },
    {
      method: 'POST',
      url: '/api/instansi/:instansiId/skp/:skpId/tutup',
      allow: SEKSI_WRITERS,
      request: (fx) => ({ url: skp(fx, 'tutup', '/tutup'), body: { version: 1, selesai: '2019-06-30' } }),
    },
    {
      method: 'GET',
      url: '/api/instansi/:instansiId/skp/:skpId/versi/:revisi',
      allow: STAF_READERS,
      request: (fx) => ({ url: skp(fx, 'ditetapkan', '/versi/1') }),
    },
    {
      method: 'GET',
      url: '/api/instansi/:instansiId/skp/:skpId/diff',
      allow: STAF_READERS,
      request: (fx) => ({ url: skp(fx, 'ditetapkan', '/diff?dari=1') }),
    },
    {
      method: 'GET',
      url: '/api/instansi/:instansiId/skp/:skpId/matriks-peran-hasil',
      allow: ['pejabatPenilai', 'adminUnit', ...TENANT_READERS],
      request: (fx) => ({ url: skp(fx, 'kasi', '/matriks-peran-hasil') }),
    },
    {
      method: 'POST',
      url: '/api/instansi/:instansiId/skp/:skpId/matriks-peran-hasil',
      allow: PENILAI,
      request: (fx) => ({
        url: skp(fx, 'kasi', '/matriks-peran-hasil'),
        body: { items: [{ rhkId: fx.skp.kasi.rhkId, pegawaiId: fx.org.pegawai.staf.id, cascading: 'LANGSUNG' }] },
      }),
    },
    {
      method: 'GET',
      url: '/api/instansi/:instansiId/notifikasi',
      allow: MEMBERS,
      request: (fx) => ({ url: `${i(fx)}/notifikasi` }),
    },
    {
      method: 'POST',
      url: '/api/instansi/:instansiId/notifikasi/:notifikasiId/baca',
      allow: OWNER,
      request: (fx) => ({ url: `${i(fx)}/notifikasi/${fx.skp.notifikasiId}/baca` }),
    },
    // What the caller may do with a unit's PK: every member may ask (the answer follows pk.write).
    {
      method: 'GET',
      url: '/api/instansi/:instansiId/perjanjian-kinerja/hak',
      allow: MEMBERS,
      request: (fx) => ({ url: `${i(fx)}/perjanjian-kinerja/hak?unitId=${fx.org.units.seksi.id}` }),
    },
    // Home: every member reads their own summary (its parts follow their roles; beranda.db.test.ts).
    {
      method: 'GET',
      url: '/api/instansi/:instansiId/beranda',
      allow: MEMBERS,
      request: (fx) => ({ url: `${i(fx)}/beranda` }),
    },
  ];
}
