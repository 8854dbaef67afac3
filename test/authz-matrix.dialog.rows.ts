/** Authorisation-matrix rows of the dialog kinerja API (src/modules/dialog; docs/pelaksanaan-dialog.md). */
import type { Fixture, MatrixRow, Role } from './authz-matrix.rows.ts';

const i = (fx: Fixture) => `/api/instansi/${fx.org.instansi.id}`;
const d = (fx: Fixture, key: keyof Fixture['skp']['dialog'], rest = '') =>
  `${i(fx)}/dialog/${fx.skp.dialog[key]}${rest}`;

/** Every member of the tenant (each sees only their own part: empty lists for admins). */
const MEMBERS: Role[] = [
  'pegawai',
  'pejabatPenilai',
  'adminUnit',
  'adminUnitLain',
  'adminInstansi',
  'auditor',
  'superAdmin',
];
/** Whoever may read the staf's SKP reads its dialogs (the kabid, atasan penilai, too: dialog.db.test.ts). */
const STAF_READERS: Role[] = ['pegawai', 'pejabatPenilai', 'adminUnit', 'adminInstansi', 'auditor', 'superAdmin'];
const PENILAI: Role[] = ['pejabatPenilai'];
const OWNER: Role[] = ['pegawai'];
const skor = Object.fromEntries(
  [
    'DIPERHATIKAN',
    'DIHARGAI',
    'BEBAS_BERPENDAPAT',
    'BERDASAR_FAKTA',
    'PANDANGAN_POSITIF',
    'BERTANYA_BUKAN_MENGGURUI',
    'DIBANTU_SOLUSI',
    'TAHU_LANGKAH_BERIKUT',
    'PAHAM_TUJUAN',
  ].map((k) => [k, 4]),
);

export const dialogRows: MatrixRow[] = [
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/dialog/saya',
    allow: MEMBERS,
    request: (fx) => ({ url: `${i(fx)}/dialog/saya` }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/dialog/bawahan',
    allow: MEMBERS,
    request: (fx) => ({ url: `${i(fx)}/dialog/bawahan?tahun=2022` }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/skp/:skpId/dialog',
    allow: STAF_READERS,
    request: (fx) => ({ url: `${i(fx)}/skp/${fx.skp.dialog.skpId}/dialog` }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/skp/:skpId/dialog',
    // Scheduling is the appraiser's (KELOLA_DIALOG); admins read, never act for them.
    allow: PENILAI,
    allowedStatus: [201],
    request: (fx) => ({
      url: `${i(fx)}/skp/${fx.skp.dialog.skpId}/dialog`,
      body: { periodeKode: 'TW2', jadwal: '2022-06-20T09:00:00+07:00', tempat: 'Ruang rapat' },
    }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/dialog/:dialogId',
    allow: STAF_READERS,
    request: (fx) => ({ url: d(fx, 'baca') }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/dialog/:dialogId/undangan.ics',
    allow: STAF_READERS,
    request: (fx) => ({ url: d(fx, 'baca', '/undangan.ics') }),
  },
  {
    method: 'PATCH',
    url: '/api/instansi/:instansiId/dialog/:dialogId',
    allow: PENILAI,
    request: (fx) => ({ url: d(fx, 'ubah'), body: { version: 1, tempat: 'Daring' } }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/dialog/:dialogId/batal',
    allow: PENILAI,
    request: (fx) => ({ url: d(fx, 'batal', '/batal'), body: { version: 1 } }),
  },
  {
    method: 'PUT',
    url: '/api/instansi/:instansiId/dialog/:dialogId/catatan',
    allow: PENILAI,
    request: (fx) => ({
      url: d(fx, 'rekam', '/catatan'),
      body: { version: 1, catatan: { hasil: 'Sesuai rencana' }, agenda: [], pengembangan: [] },
    }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/dialog/:dialogId/konfirmasi',
    // Both sides confirm (KONFIRMASI_DIALOG): the employee and their appraiser.
    allow: ['pegawai', 'pejabatPenilai'],
    request: (fx) => ({ url: d(fx, 'konfirmasi', '/konfirmasi'), body: { version: 1 } }),
  },
  {
    method: 'PUT',
    url: '/api/instansi/:instansiId/dialog/:dialogId/umpan-balik-coaching',
    allow: OWNER,
    request: (fx) => ({ url: d(fx, 'umpanBalik', '/umpan-balik-coaching'), body: { version: 1, skor } }),
  },
  {
    method: 'PUT',
    url: '/api/instansi/:instansiId/dialog/:dialogId/cek-kompetensi',
    allow: PENILAI,
    request: (fx) => ({
      url: d(fx, 'cek', '/cek-kompetensi'),
      body: { version: 1, items: [{ kompetensi: 'Analisis data', skor: 4, alasan: 'Mampu mandiri' }] },
    }),
  },
];
