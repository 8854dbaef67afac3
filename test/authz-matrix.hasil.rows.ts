/**
 * Matrix rows of results out (issue 11, items 8–9; src/domain/evaluasi/hasil-akses.ts). The export
 * is for the tenant's admins, the auditor and unit admins (their subtree's rows; an empty file is
 * still a 200 for them). The Monitoring Kurva of the seksi: its unit admins, tenant admins, the
 * auditor and the seksi's head (pejabatPenilai heads the seksi) — the unit is treated as a unit
 * penilaian for the request (no evaluations are needed for the figures to answer).
 */
import type { MatrixRow } from './authz-matrix.rows.ts';

const i = (fx: { org: { instansi: { id: string } } }) => `/api/instansi/${fx.org.instansi.id}`;

export const hasilRows: MatrixRow[] = [
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/evaluasi/ekspor',
    allow: ['adminUnit', 'adminUnitLain', 'adminInstansi', 'auditor', 'superAdmin'],
    request: (fx) => ({ url: `${i(fx)}/evaluasi/ekspor?tahun=2029` }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/evaluasi/monitoring-kurva',
    allow: ['pejabatPenilai', 'adminUnit', 'adminUnitLain', 'adminInstansi', 'auditor', 'superAdmin'],
    request: (fx) => ({ url: `${i(fx)}/evaluasi/monitoring-kurva?tahun=2029&periode=TW2` }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/evaluasi/monitoring-kurva/ekspor',
    allow: ['pejabatPenilai', 'adminUnit', 'adminUnitLain', 'adminInstansi', 'auditor', 'superAdmin'],
    request: (fx) => ({ url: `${i(fx)}/evaluasi/monitoring-kurva/ekspor?tahun=2029&periode=TW2` }),
  },
  {
    method: 'GET',
    url: '/api/instansi/:instansiId/evaluasi/monitoring-kurva/unit/:unitId',
    allow: ['pejabatPenilai', 'adminUnit', 'adminInstansi', 'auditor', 'superAdmin'],
    request: (fx) => ({
      url: `${i(fx)}/evaluasi/monitoring-kurva/unit/${fx.org.units.seksi.id}?tahun=2029&periode=TW2`,
    }),
  },
];
