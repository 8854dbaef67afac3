/**
 * Matrix rows of the evaluation documents (src/modules/dokumen-evaluasi; docs/evaluasi-dokumen.md).
 * The fixture (test/evaluasi-fixture-dokumen.ts): the staf's set TW1 evaluation by the kasi in the
 * unit penilaian Dinas; the atasan (kabid) and the head of the Dinas are covered by the module's tests.
 */
import type { Fixture, MatrixRow, Role } from './authz-matrix.rows.ts';

const i = (fx: Fixture) => `/api/instansi/${fx.org.instansi.id}/dokumen-evaluasi`;
const ev = (fx: Fixture, rest = '') => `${i(fx)}/evaluasi/${fx.skp.dokumenEvaluasi.evaluasiId}${rest}`;

/** The evaluated employee, their appraiser, the admin of the bidang (covers the staf's seksi), tenant admins, the auditor. */
const READERS: Role[] = ['pegawai', 'pejabatPenilai', 'adminUnit', 'adminInstansi', 'auditor', 'superAdmin'];
/** The penetapan of the Dinas: admins whose scope covers the Dinas, the auditor (and the Dinas' head). */
const UNIT_READERS: Role[] = ['adminInstansi', 'auditor', 'superAdmin'];

export const dokumenEvaluasiRows: MatrixRow[] = [
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/dokumen-evaluasi/evaluasi/:evaluasiId',
    allow: READERS,
    request: (fx) => ({ url: ev(fx) }),
  },
  ...(['evaluasi-kinerja.pdf', 'dokumen-evaluasi.pdf'] as const).map(
    (file): MatrixRow => ({
      method: 'GET',
      url: `/api/instansi/:instansiId/dokumen-evaluasi/evaluasi/:evaluasiId/${file}`,
      allow: READERS,
      request: (fx) => ({ url: ev(fx, `/${file}`) }),
    }),
  ),
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/dokumen-evaluasi/predikat-organisasi/:predikatOrganisasiId/penetapan.pdf',
    allow: UNIT_READERS,
    request: (fx) => ({
      url: `${i(fx)}/predikat-organisasi/${fx.skp.dokumenEvaluasi.predikatOrganisasiId}/penetapan.pdf`,
    }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/dokumen-evaluasi/massal',
    // Admins whose scope covers the Dinas (the auditor sees it but is read-only: 403).
    allow: ['adminInstansi', 'superAdmin'],
    allowedStatus: [202],
    // A year without evaluations keeps the job empty.
    request: (fx) => ({
      url: `${i(fx)}/massal`,
      body: { unitPenilaianId: fx.skp.dokumenEvaluasi.unitPenilaianId, tahun: 2001, periodeKode: 'TW1' },
    }),
  },
  ...(['', '/unduh'] as const).map(
    (sub): MatrixRow => ({
      method: 'GET',
      url: `/api/instansi/:instansiId/dokumen-evaluasi/massal/:jobId${sub}`,
      // Nobody sees a job that is not theirs or does not exist (their own: the module's tests).
      allow: [],
      request: (fx) => ({ url: `${i(fx)}/massal/${fx.uid()}${sub}` }),
    }),
  ),
];
