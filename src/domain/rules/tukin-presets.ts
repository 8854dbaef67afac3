/**
 * Tukin/TPP policy presets from real agency and regional rules (domain notes §6.4). An instansi
 * picks one (settings.tukinPolicyId) or stores its own policy in the same shape. Presets are
 * validated by the policy schema when this module loads.
 */
import { RuleError } from '../rule-error.ts';
import { parseTukinPolicy, type TukinPolicy, type TukinPolicyInput } from '../tukin.ts';

const KINERJA = { id: 'Komponen kinerja', en: 'Performance component' };

const PRESET_INPUTS: TukinPolicyInput[] = [
  {
    id: 'permen-lhk-6-2024',
    nama: { id: 'Tukin KLHK (Permen LHK 6/2024)', en: 'Forestry & environment ministry tukin (Regulation 6/2024)' },
    periodisitas: 'TAHUNAN',
    komponen: [
      {
        kode: 'KINERJA',
        label: KINERJA,
        bobotPersen: 100,
        dasar: 'PREDIKAT',
        persenDibayar: { SANGAT_BAIK: 100, BAIK: 100, BUTUH_PERBAIKAN: 90, KURANG: 85, SANGAT_KURANG: 80 },
      },
    ],
    sumber: [
      {
        regulation: 'Permen LHK 6/2024',
        article:
          'Tunjangan kinerja tahun berikutnya: Butuh Perbaikan/Cukup 90%, Kurang 85%, Sangat Kurang 80% dari tukin kelas jabatan',
        url: 'https://pasal.id/en/peraturan/permen/permen-lhk-no-6-tahun-2024/koreksi/6562719',
        confidence: 'CONFIRMED',
      },
    ],
    keyakinan: 'CONFIRMED',
    catatan: [
      {
        id: 'Persentase berlaku atas tukin kelas jabatan pada tahun berikutnya apabila capaian bulanan tidak memenuhi target.',
        en: 'The percentage applies to the class allowance of the following year when monthly achievement misses the target.',
      },
    ],
  },
  {
    id: 'permen-klh-bplh-6-2025',
    nama: { id: 'Tukin KLH/BPLH (PermenKLH/BPLH 6/2025)', en: 'Environment ministry tukin (Regulation 6/2025)' },
    periodisitas: 'BULANAN',
    komponen: [
      {
        kode: 'KINERJA',
        label: KINERJA,
        bobotPersen: 100,
        dasar: 'PREDIKAT',
        persenDibayar: { SANGAT_BAIK: 100, BAIK: 100, BUTUH_PERBAIKAN: 90, KURANG: 85, SANGAT_KURANG: 80 },
        potonganTanpaLaporanPersen: 35,
      },
    ],
    sumber: [
      {
        regulation: 'PermenKLH/BPLH 6/2025',
        article:
          'Bulanan: Perlu Perbaikan 90%, Kurang 85%, Sangat Kurang 80% dari bobot kinerja; tanpa laporan kinerja bulanan dipotong 35%',
        url: 'https://pasal.id/en/peraturan/permen/permenklhbph-no-6-tahun-2025',
        confidence: 'CONFIRMED',
      },
    ],
    keyakinan: 'LIKELY',
    catatan: [
      {
        id: 'Dimodelkan sebagai satu komponen kinerja 100%; potongan disiplin diatur terpisah dan tidak dihitung di sini.',
        en: 'Modelled as a single 100% performance component; discipline deductions are separate and not computed here.',
      },
    ],
  },
  {
    id: 'perban-bakamla-1-2023',
    nama: { id: 'Tukin Bakamla (Peraturan Bakamla 1/2023)', en: 'Maritime security agency tukin (Regulation 1/2023)' },
    periodisitas: 'BULANAN',
    komponen: [
      {
        kode: 'KINERJA',
        label: KINERJA,
        bobotPersen: 100,
        dasar: 'PREDIKAT',
        persenDibayar: { SANGAT_BAIK: 100, BAIK: 100, BUTUH_PERBAIKAN: 100, KURANG: 99, SANGAT_KURANG: 98 },
      },
    ],
    sumber: [
      {
        regulation: 'Peraturan Bakamla 1/2023',
        article: 'Potongan bulanan: Sangat Kurang 2%, Kurang 1%; Butuh Perbaikan, Baik dan Sangat Baik tanpa potongan',
        url: 'https://pasal.id/en/peraturan/perban/peraturan-bakamla-no-1-tahun-2023/koreksi/8010446',
        confidence: 'CONFIRMED',
      },
    ],
    keyakinan: 'CONFIRMED',
    catatan: [],
  },
  {
    id: 'tpp-kepmendagri-900-4700-2020',
    nama: {
      id: 'TPP daerah 60/40 (Kepmendagri 900-4700/2020)',
      en: 'Regional TPP 60/40 (Home Affairs Decree 900-4700/2020)',
    },
    periodisitas: 'BULANAN',
    komponen: [
      {
        kode: 'KINERJA',
        label: { id: 'TPP produktivitas kerja', en: 'TPP productivity' },
        bobotPersen: 60,
        dasar: 'PREDIKAT',
        persenDibayar: { SANGAT_BAIK: 100, BAIK: 100, BUTUH_PERBAIKAN: 75, KURANG: 50, SANGAT_KURANG: 25 },
        potonganTanpaLaporanPersen: 100,
      },
      {
        kode: 'DISIPLIN',
        label: { id: 'TPP disiplin kerja', en: 'TPP work discipline' },
        bobotPersen: 40,
        dasar: 'DISIPLIN',
      },
    ],
    sumber: [
      {
        regulation: 'Kepmendagri 900-4700/2020',
        article:
          'Tata cara persetujuan Menteri Dalam Negeri terhadap TPP ASN daerah: 60% produktivitas kerja, 40% disiplin kerja',
        confidence: 'LIKELY',
      },
    ],
    keyakinan: 'UNSURE',
    catatan: [
      {
        id: 'Pembagian 60/40 dari Kepmendagri; persentase per predikat dan potongan tanpa laporan adalah contoh yang wajib disesuaikan dengan Peraturan Kepala Daerah (keputusan 0107).',
        en: 'The 60/40 split is from the decree; the per-predikat percentages and the no-report cut are placeholders to be replaced by the regional head regulation (decision 0107).',
      },
    ],
  },
];

/** The presets, validated. */
export const TUKIN_PRESETS: readonly TukinPolicy[] = PRESET_INPUTS.map(parseTukinPolicy);

/** The preset with this id; throws RULES.UNKNOWN_POLICY. */
export function getTukinPreset(id: string): TukinPolicy {
  const found = TUKIN_PRESETS.find((p) => p.id === id);
  if (!found) {
    throw new RuleError(
      'RULES.UNKNOWN_POLICY',
      { id: `Kebijakan tukin/TPP "${id}" tidak dikenal.`, en: `Unknown tukin/TPP policy "${id}".` },
      { id, known: TUKIN_PRESETS.map((p) => p.id) },
    );
  }
  return found;
}
