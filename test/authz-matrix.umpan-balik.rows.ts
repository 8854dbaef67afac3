/** Matrix rows of continuous feedback, the Bawahan read and 360° input (issue 10; test/skp-fixture.ts). */
import type { Fixture, MatrixRow, Role } from './authz-matrix.rows.ts';

const MEMBERS: Role[] = [
  'pegawai',
  'pejabatPenilai',
  'adminUnit',
  'adminUnitLain',
  'adminInstansi',
  'auditor',
  'superAdmin',
];
/** Whoever may read the staf's SKP. */
const STAF_READERS: Role[] = ['pegawai', 'pejabatPenilai', 'adminUnit', 'adminInstansi', 'auditor', 'superAdmin'];

const i = (fx: Fixture) => `/api/instansi/${fx.org.instansi.id}`;
const ub = (fx: Fixture) => fx.skp.umpanBalik;

export const umpanBalikMatrixRows: MatrixRow[] = [
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/skp/:skpId/umpan-balik',
    allow: STAF_READERS,
    request: (fx) => ({ url: `${i(fx)}/skp/${ub(fx).stafSkp.id}/umpan-balik` }),
  },
  // Only the appraiser (and the atasan penilai, not a matrix role) starts a thread; admins never write it.
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/skp/:skpId/umpan-balik',
    allow: ['pejabatPenilai'],
    request: (fx) => ({
      url: `${i(fx)}/skp/${ub(fx).stafSkp.id}/umpan-balik`,
      body: { sasaran: 'PERILAKU', perilakuKode: 'KOLABORATIF', teks: 'Kerja tim bagus 🙌' },
    }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/skp/:skpId/umpan-balik/:utasId/balas',
    allow: ['pegawai', 'pejabatPenilai'],
    request: (fx) => ({
      url: `${i(fx)}/skp/${ub(fx).stafSkp.id}/umpan-balik/${ub(fx).utasId}/balas`,
      body: { teks: 'Terima kasih, Pak.' },
    }),
  },
  // Every member may ask; the list holds only the people they appraise today.
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/bawahan/pelaksanaan',
    allow: MEMBERS,
    request: (fx) => ({ url: `${i(fx)}/bawahan/pelaksanaan` }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/masukan360/calon',
    allow: MEMBERS,
    request: (fx) => ({ url: `${i(fx)}/masukan360/calon?q=Dewi` }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/masukan360/saya',
    allow: MEMBERS,
    request: (fx) => ({ url: `${i(fx)}/masukan360/saya` }),
  },
  // The subject, the appraiser and admins see the aggregate; the auditor is not in the rule table.
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/skp/:skpId/masukan360',
    allow: ['pegawai', 'pejabatPenilai', 'adminUnit', 'adminInstansi', 'superAdmin'],
    request: (fx) => ({ url: `${i(fx)}/skp/${ub(fx).stafSkp.id}/masukan360` }),
  },
  // 360° input is off in the fixture: whoever may ask gets 409 MASUKAN360.NONAKTIF, others 403/404.
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/skp/:skpId/masukan360',
    allow: ['pegawai', 'pejabatPenilai'],
    allowedStatus: [409],
    request: (fx) => ({
      url: `${i(fx)}/skp/${ub(fx).stafSkp.id}/masukan360`,
      body: {
        responden: (['kadis', 'kepsek', 'guru'] as const).map((k) => ({
          pegawaiId: fx.org.pegawai[k].id,
          hubungan: 'LAINNYA',
        })),
      },
    }),
  },
  // Only someone asked (the staf) reaches the setting check.
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/masukan360/:masukanId/jawab',
    allow: ['pegawai'],
    allowedStatus: [409],
    request: (fx) => ({
      url: `${i(fx)}/masukan360/${ub(fx).masukanId}/jawab`,
      body: {
        skor: {
          BERORIENTASI_PELAYANAN: 4,
          AKUNTABEL: 4,
          KOMPETEN: 4,
          HARMONIS: 4,
          LOYAL: 4,
          ADAPTIF: 4,
          KOLABORATIF: 4,
        },
      },
    }),
  },
  // The request is on the kasi's SKP: the kasi (pejabatPenilai role here) owns it.
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/masukan360/:masukanId/tutup',
    allow: ['pejabatPenilai'],
    request: (fx) => ({ url: `${i(fx)}/masukan360/${ub(fx).masukanId}/tutup` }),
  },
];
