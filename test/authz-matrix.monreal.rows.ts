/** Matrix rows of monitoring realisasi (issue 10, item 8): the unit's admins, tenant admins and the auditor only. */
import type { MatrixRow } from './authz-matrix.rows.ts';

export const monrealRows: MatrixRow[] = (['', '/pegawai', '/ekspor'] as const).map(
  (sub): MatrixRow => ({
    method: 'GET',
    url: `/api/instansi/:instansiId/monitoring-pengisian/realisasi${sub}`,
    // Unlike monitoring pengisian, the seksi's head (pejabatPenilai) is not a reader.
    allow: ['adminUnit', 'adminInstansi', 'auditor', 'superAdmin'],
    // The execution fixture (test/skp-fixture-pelaksanaan.ts) sets its periods in 2029.
    request: (fx) => ({
      url: `/api/instansi/${fx.org.instansi.id}/monitoring-pengisian/realisasi${sub}?unitId=${fx.org.units.seksi.id}&tahun=2029&periode=TW2`,
    }),
  }),
);
