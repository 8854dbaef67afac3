/** Matrix rows of the execution routes for realisasi, rencana aksi, progres harian and Kinerja Saya (issue 10). */
import type { Fixture, MatrixRow, Role } from './authz-matrix.rows.ts';

/** Who may read the staf's SKP: self, their appraiser, the unit's admin, tenant admins, the auditor. */
const STAF_READERS: Role[] = ['pegawai', 'pejabatPenilai', 'adminUnit', 'adminInstansi', 'auditor', 'superAdmin'];
const MEMBERS: Role[] = [
  'pegawai',
  'pejabatPenilai',
  'adminUnit',
  'adminUnitLain',
  'adminInstansi',
  'auditor',
  'superAdmin',
];
const OWNER: Role[] = ['pegawai'];

const base = (fx: Fixture) => `/api/instansi/${fx.org.instansi.id}/skp/${fx.skp.pelaksanaan.skpId}`;
const S = '/api/instansi/:instansiId/skp/:skpId';

export const realisasiRows: MatrixRow[] = [
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/pelaksanaan/saya',
    allow: MEMBERS,
    request: (fx) => ({ url: `/api/instansi/${fx.org.instansi.id}/pelaksanaan/saya` }),
  },
  {
    method: 'GET',
    url: `${S}/pelaksanaan`,
    allow: STAF_READERS,
    request: (fx) => ({ url: `${base(fx)}/pelaksanaan?periode=TW2` }),
  },
  {
    method: 'PUT',
    url: `${S}/pelaksanaan/:periode/realisasi/:ikiId`,
    allow: OWNER,
    request: (fx) => ({
      url: `${base(fx)}/pelaksanaan/TW2/realisasi/${fx.skp.pelaksanaan.ikiId}`,
      body: { version: 0, nilai: 3, catatan: 'Tiga laporan' },
    }),
  },
  {
    method: 'POST',
    url: `${S}/pelaksanaan/:periode/buka`,
    allow: ['pejabatPenilai'],
    request: (fx) => ({
      url: `${base(fx)}/pelaksanaan/TW1/buka`,
      body: { alasan: 'Bukti terlambat', sampai: new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10) },
    }),
  },
  {
    method: 'POST',
    url: `${S}/rencana-aksi`,
    allow: OWNER,
    request: (fx) => ({
      url: `${base(fx)}/rencana-aksi`,
      body: { rhkId: fx.skp.pelaksanaan.rhkId, periode: 'TW2', teks: 'Menyusun laporan' },
    }),
  },
  {
    method: 'PUT',
    url: `${S}/rencana-aksi/:rencanaId`,
    allow: OWNER,
    request: (fx) => ({
      url: `${base(fx)}/rencana-aksi/${fx.skp.pelaksanaan.rencanaPut}`,
      body: { version: 1, teks: 'Menyusun dua laporan' },
    }),
  },
  {
    method: 'DELETE',
    url: `${S}/rencana-aksi/:rencanaId`,
    allow: OWNER,
    allowedStatus: [204],
    request: (fx) => ({ url: `${base(fx)}/rencana-aksi/${fx.skp.pelaksanaan.rencanaDel}?version=1` }),
  },
  {
    method: 'GET',
    url: `${S}/progres-harian`,
    allow: STAF_READERS,
    request: (fx) => ({ url: `${base(fx)}/progres-harian` }),
  },
  {
    method: 'POST',
    url: `${S}/progres-harian`,
    allow: OWNER,
    request: (fx) => ({
      url: `${base(fx)}/progres-harian`,
      body: {
        clientId: fx.uid(),
        rhkId: fx.skp.pelaksanaan.rhkId,
        tanggal: new Date().toISOString().slice(0, 10),
        teks: 'Menyusun laporan bulanan',
      },
    }),
  },
  {
    method: 'PATCH',
    url: `${S}/progres-harian/:progresId`,
    allow: OWNER,
    request: (fx) => ({
      url: `${base(fx)}/progres-harian/${fx.skp.pelaksanaan.progresPatch}`,
      body: { version: 1, teks: 'Entri diperbaiki' },
    }),
  },
  {
    method: 'DELETE',
    url: `${S}/progres-harian/:progresId`,
    allow: OWNER,
    allowedStatus: [204],
    request: (fx) => ({ url: `${base(fx)}/progres-harian/${fx.skp.pelaksanaan.progresDel}?version=1` }),
  },
];
