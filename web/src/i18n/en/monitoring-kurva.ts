/** Distribution monitoring and the evaluation export (issue 11 items 8–9). */

import type { Shape } from '../id/index.ts';
import type { monitoringKurva as id } from '../id/monitoring-kurva.ts';

export const monitoringKurva: Shape<typeof id> = {
  monitoringKurva: {
    nav: 'Distribution monitoring',
    title: 'Predikat distribution monitoring',
    subtitle:
      'The rated employees’ predikat in each unit penilaian against the distribution pattern of its organisational predikat.',
    periode: 'Period',
    grupTriwulan: 'Quarterly',
    grupTahunan: 'Annual',
    grupBulanan: 'Monthly',
    tahunan: 'Annual (year end)',
    saring: 'Show',
    saringan: {
      SEMUA: 'All units',
      MELANGGAR: 'Violating the pattern',
      SESUAI: 'Within the pattern',
      BELUM_LENGKAP: 'Not everyone rated',
      TANPA_PREDIKAT: 'No organisational predikat',
    },
    cari: 'Search units',
    unit: 'Unit penilaian',
    predikatOrganisasi: 'Organisational predikat',
    belumDitetapkan: 'Not set',
    dinilai: 'Rated',
    dinilaiDari: '{{dinilai}} of {{n}}',
    kurva: 'Curve',
    kurvaUnit: 'Predikat distribution curve of {{unit}}: allowed ranges and realised counts',
    pola: 'Pattern',
    sesuai: 'Compliant',
    melanggar: 'Violates',
    belumAdaNilai: 'No ratings yet',
    kalibrasiLabel: 'Calibration',
    kalibrasiBelum: 'Not opened',
    kalibrasi: { TERBUKA: 'Open', FINAL: 'Final' },
    override: 'Override',
    unduhExcel: 'Download Excel',
    eksporCsv: 'Export evaluation results (CSV)',
    eksporXlsx: 'Export evaluation results (Excel)',
    ringkasan:
      '{{unit}} units penilaian · {{dinilai}} of {{n}} employees rated · {{melanggar}} units violate the pattern · {{override}} overrides · entry deadline {{batas}}.',
    batasLewat: 'The entry deadline has passed.',
    kosong: 'No unit penilaian matches.',
    diizinkan: 'allowed {{min}}–{{max}}',
    pelanggaran: 'Pattern violations',
    aturan: 'Pattern rules for {{n}} employees',
    min: 'at least',
    maks: 'at most',
    tanpaPredikatOrganisasi:
      'This unit’s organisational predikat has not been set for the period, so its distribution pattern is not known yet.',
    org: {
      ISTIMEWA: 'Outstanding',
      BAIK: 'Good',
      BUTUH_PERBAIKAN: 'Needs improvement',
      KURANG: 'Poor',
      SANGAT_KURANG: 'Very poor',
    },
  },
};
