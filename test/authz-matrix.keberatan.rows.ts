/**
 * Authorisation-matrix rows of the keberatan API (src/modules/keberatan; docs/evaluasi-keberatan.md).
 * The matrix's pegawai is the staf and its pejabatPenilai the kasi; the staf's atasan pejabat
 * penilai (the kabid) is no matrix role, so the atasan's own path is in keberatan.db.test.ts, and
 * the decision row uses a case addressed to the regional head, which the tenant admin records.
 */
import type { Fixture, MatrixRow, Role } from './authz-matrix.rows.ts';

const i = (fx: Fixture) => `/api/instansi/${fx.org.instansi.id}`;
const k = (fx: Fixture, key: 'baca' | 'penjelasanPenilai' | 'penjelasanPegawai' | 'putuskanPimpinan', rest = '') =>
  `${i(fx)}/keberatan/${fx.keberatan[key]}${rest}`;

const MEMBERS: Role[] = [
  'pegawai',
  'pejabatPenilai',
  'adminUnit',
  'adminUnitLain',
  'adminInstansi',
  'auditor',
  'superAdmin',
];
/** The employee, the appraiser, admins covering the staf's unit, the auditor. */
const PARTIES_AND_READERS: Role[] = [
  'pegawai',
  'pejabatPenilai',
  'adminUnit',
  'adminInstansi',
  'auditor',
  'superAdmin',
];
const ADMINS_AND_AUDITOR: Role[] = ['adminUnit', 'adminUnitLain', 'adminInstansi', 'auditor', 'superAdmin'];

export const keberatanRows: MatrixRow[] = [
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/evaluasi/:evaluasiId/keberatan',
    allow: PARTIES_AND_READERS,
    request: (fx) => ({ url: `${i(fx)}/evaluasi/${fx.keberatan.evaluasiId}/keberatan` }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/evaluasi/:evaluasiId/keberatan',
    // Only the employee files (PP 30/2019 Pasal 59); nobody files on their behalf.
    allow: ['pegawai'],
    allowedStatus: [201],
    request: (fx) => ({
      url: `${i(fx)}/evaluasi/${fx.keberatan.evaluasiId}/keberatan`,
      body: {
        kepada: fx.keberatan.kabidId,
        alasan: 'Realisasi melampaui target pada semua RHK utama.',
        evaluasiVersion: fx.keberatan.evaluasiVersion,
      },
    }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/keberatan/saya',
    allow: MEMBERS,
    request: (fx) => ({ url: `${i(fx)}/keberatan/saya` }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/keberatan/masuk',
    allow: MEMBERS,
    request: (fx) => ({ url: `${i(fx)}/keberatan/masuk` }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/keberatan',
    allow: ADMINS_AND_AUDITOR,
    request: (fx) => ({ url: `${i(fx)}/keberatan` }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/keberatan/:keberatanId',
    allow: PARTIES_AND_READERS,
    request: (fx) => ({ url: k(fx, 'baca') }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/keberatan/:keberatanId/penjelasan-penilai',
    // The appraiser themself (or the atasan, not a matrix role); admins read only.
    allow: ['pejabatPenilai'],
    request: (fx) => ({
      url: k(fx, 'penjelasanPenilai', '/penjelasan-penilai'),
      body: { version: 1, isi: 'Target tercapai tetapi terlambat dua minggu.' },
    }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/keberatan/:keberatanId/penjelasan-pegawai',
    allow: ['pegawai'],
    request: (fx) => ({
      url: k(fx, 'penjelasanPegawai', '/penjelasan-pegawai'),
      body: { version: 1, isi: 'Keterlambatan karena surat tugas luar kota.' },
    }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/keberatan/:keberatanId/keputusan',
    // Addressed to the regional head: the tenant's admin records the decision on the head's behalf.
    allow: ['adminInstansi', 'superAdmin'],
    request: (fx) => ({
      url: k(fx, 'putuskanPimpinan', '/keputusan'),
      body: { version: 1, keputusan: 'TETAP', alasan: 'Penilaian sesuai capaian.' },
    }),
  },
];
