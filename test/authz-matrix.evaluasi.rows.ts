/** Authorisation-matrix rows of the predikat organisasi and the appraisal form (src/modules/evaluasi; docs/evaluasi.md). */
import { hariIniJakarta } from '../src/domain/evaluasi/status.ts';
import type { Fixture, MatrixRow, Role } from './authz-matrix.rows.ts';

const i = (fx: Fixture) => `/api/instansi/${fx.org.instansi.id}`;
const ev = (fx: Fixture, key: 'baca' | 'draf' | 'tetapkan' | 'terima' | 'koreksi', rest = '') =>
  `${i(fx)}/skp/${fx.skp.evaluasiCore[key]}/evaluasi/TW1${rest}`;

/** Every member of the tenant: lists answer each caller their own part (empty for admins). */
const MEMBERS: Role[] = [
  'pegawai',
  'pejabatPenilai',
  'adminUnit',
  'adminUnitLain',
  'adminInstansi',
  'auditor',
  'superAdmin',
];
/** Whoever may read the staf's SKP reads its evaluation form. */
const STAF_READERS: Role[] = ['pegawai', 'pejabatPenilai', 'adminUnit', 'adminInstansi', 'auditor', 'superAdmin'];
/** Only the appraiser rates, sets and corrects; admins never rate on their behalf. */
const PENILAI: Role[] = ['pejabatPenilai'];
const isi = {
  penilaianRhk: {},
  umpanBalikPerilaku: {},
  ratingHasilKerja: 'SESUAI',
  ratingPerilaku: 'SESUAI',
  catatan: null,
};

export const evaluasiCoreRows: MatrixRow[] = [
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/predikat-organisasi',
    allow: MEMBERS,
    request: (fx) => ({ url: `${i(fx)}/predikat-organisasi?tahun=2023&periode=TW2` }),
  },
  {
    method: 'PUT',
    url: '/api/instansi/:instansiId/predikat-organisasi/:unitId/:tahun/:periode',
    // An OPD's predikat is decided by the regional head (outside the tree): the admin instansi records it.
    allow: ['adminInstansi', 'superAdmin'],
    request: (fx) => ({
      url: `${i(fx)}/predikat-organisasi/${fx.org.units.dinas.id}/2023/TW2`,
      body: { predikat: 'BAIK', version: 0, penetapNama: 'Bupati Uji' },
    }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/evaluasi/penilaian',
    allow: MEMBERS,
    request: (fx) => ({ url: `${i(fx)}/evaluasi/penilaian?tahun=2023&periode=TW1` }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/evaluasi/saya',
    allow: MEMBERS,
    request: (fx) => ({ url: `${i(fx)}/evaluasi/saya?tahun=2023` }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/skp/:skpId/evaluasi/:periode',
    allow: STAF_READERS,
    request: (fx) => ({ url: ev(fx, 'baca') }),
  },
  {
    method: 'PUT',
    url: '/api/instansi/:instansiId/skp/:skpId/evaluasi/:periode',
    allow: PENILAI,
    // TW2: the TW1 calibration of the unit is final, which freezes drafts.
    request: (fx) => ({ url: ev(fx, 'draf').replace('/TW1', '/TW2'), body: { version: 0, ...isi } }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/skp/:skpId/evaluasi/:periode/tetapkan',
    allow: PENILAI,
    request: (fx) => ({ url: ev(fx, 'tetapkan', '/tetapkan'), body: { version: 1 } }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/skp/:skpId/evaluasi/:periode/terima',
    // The employee, or an admin of the employee's unit recording a hand delivery.
    allow: ['pegawai', 'adminUnit', 'adminInstansi', 'superAdmin'],
    request: (fx) => ({ url: ev(fx, 'terima', '/terima'), body: { version: 1, tanggal: hariIniJakarta() } }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/skp/:skpId/evaluasi/:periode/koreksi',
    allow: PENILAI,
    request: (fx) => ({
      url: ev(fx, 'koreksi', '/koreksi'),
      body: { version: 1, ...isi, ratingHasilKerja: 'DI_ATAS', alasan: 'Koreksi realisasi yang terlambat.' },
    }),
  },
];
