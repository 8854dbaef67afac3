/** Rows of the authorisation matrix for the evidence routes (src/modules/bukti). */

import { samplePdf } from '../src/modules/bukti/bukti.samples.ts';
import type { MatrixRow, Role } from './authz-matrix.rows.ts';
import { buktiForm } from './bukti-form.ts';

/** Pegawai with a library of their own (admin accounts of the matrix have no pegawai: 403). */
const WITH_LIBRARY: Role[] = ['pegawai', 'pejabatPenilai'];
const OWNER: Role[] = ['pegawai'];
/** Who may read the staf member's SKP (and so its evidence). */
const STAF_READERS: Role[] = ['pegawai', 'pejabatPenilai', 'adminUnit', 'adminInstansi', 'auditor', 'superAdmin'];

export const buktiMatrixRows: MatrixRow[] = [
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/bukti',
    allow: WITH_LIBRARY,
    allowedStatus: [201],
    request: (fx) => {
      const form = buktiForm(samplePdf(`matriks ${fx.uid()}`), 'laporan.pdf');
      return { url: `/api/instansi/${fx.org.instansi.id}/bukti`, body: form.body, headers: form.headers };
    },
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/bukti/tautan',
    allow: WITH_LIBRARY,
    allowedStatus: [201],
    request: (fx) => ({
      url: `/api/instansi/${fx.org.instansi.id}/bukti/tautan`,
      body: { url: 'https://example.com/notulen', judul: 'Notulen', tanggal: '2047-10-02' },
    }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/bukti',
    allow: WITH_LIBRARY,
    request: (fx) => ({ url: `/api/instansi/${fx.org.instansi.id}/bukti?cari=lap` }),
  },
  {
    method: 'DELETE',
    url: '/api/instansi/:instansiId/bukti/:buktiId',
    allow: OWNER,
    request: (fx) => ({ url: `/api/instansi/${fx.org.instansi.id}/bukti/${fx.skp.bukti.hapus}` }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/bukti/:buktiId/unduh',
    allow: STAF_READERS,
    request: (fx) => ({ url: `/api/instansi/${fx.org.instansi.id}/bukti/${fx.skp.bukti.unduh}/unduh` }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/skp/:skpId/bukti-iki',
    allow: STAF_READERS,
    request: (fx) => ({ url: `/api/instansi/${fx.org.instansi.id}/skp/${fx.skp.bukti.skpId}/bukti-iki` }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/skp/:skpId/bukti-iki',
    allow: OWNER,
    allowedStatus: [201],
    request: (fx) => ({
      url: `/api/instansi/${fx.org.instansi.id}/skp/${fx.skp.bukti.skpId}/bukti-iki`,
      body: { buktiId: fx.skp.bukti.lampir, ikiId: fx.skp.bukti.ikiId, periodeKode: 'TW4' },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/instansi/:instansiId/skp/:skpId/bukti-iki',
    allow: OWNER,
    request: (fx) => ({
      url: `/api/instansi/${fx.org.instansi.id}/skp/${fx.skp.bukti.skpId}/bukti-iki`,
      body: { buktiId: fx.skp.bukti.lepas, ikiId: fx.skp.bukti.ikiId, periodeKode: 'TW4' },
    }),
  },
];
