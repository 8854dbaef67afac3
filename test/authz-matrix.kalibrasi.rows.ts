/**
 * Authorisation-matrix rows of the calibration board (src/modules/kalibrasi; docs/evaluasi-kalibrasi.md).
 * The board is the Dinas's (unit penilaian of buildOrg); the matrix has no account for its head, so
 * only the tenant's admins write and the auditor reads; the bidang's unit admin, the appraisers and
 * the employee are refused (appraisers see their own subordinates in the appraisal pages instead).
 */
import type { Fixture, MatrixRow, Role } from './authz-matrix.rows.ts';

const board = (fx: Fixture, periode: string) =>
  `/api/instansi/${fx.org.instansi.id}/kalibrasi/${fx.kalibrasi.unitId}/${fx.kalibrasi.tahun}/${periode}`;

const READERS: Role[] = ['adminInstansi', 'auditor', 'superAdmin'];
const WRITERS: Role[] = ['adminInstansi', 'superAdmin'];

export const kalibrasiRows: MatrixRow[] = [
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/kalibrasi/:unitId/:tahun/:periodeKode',
    allow: READERS,
    request: (fx) => ({ url: board(fx, 'TW1') }),
  },
  {
    method: 'PATCH',
    url: '/api/instansi/:instansiId/kalibrasi/:unitId/:tahun/:periodeKode/evaluasi/:evaluasiId',
    allow: WRITERS,
    request: (fx) => ({
      url: `${board(fx, 'TW1')}/evaluasi/${fx.kalibrasi.stafEvaluasiTw1}`,
      body: { ratingHasilKerja: 'SESUAI', ratingPerilaku: 'SESUAI', alasan: 'rapat kalibrasi', version: 1 },
    }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/kalibrasi/:unitId/:tahun/:periodeKode/final',
    allow: WRITERS,
    request: (fx) => ({ url: `${board(fx, 'TW2')}/final`, body: {} }),
  },
  {
    method: 'POST',
    url: '/api/instansi/:instansiId/kalibrasi/:unitId/:tahun/:periodeKode/buka',
    allow: WRITERS,
    request: (fx) => ({ url: `${board(fx, 'TW3')}/buka`, body: { alasan: 'perlu ditinjau ulang' } }),
  },
];
