/**
 * Content rules of an SKP (PermenPANRB 6/2022 Lampiran forms; domain.md §3): which RHK sources a
 * form accepts, what an IKI needs under each pendekatan, what must be present before the employee
 * submits, who heads a self-standing unit (decision 0401) and the default date range.
 */

export const PENDEKATAN = ['KUANTITATIF', 'KUALITATIF'] as const;
export type Pendekatan = (typeof PENDEKATAN)[number];

export const ASPEK = ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'] as const;
export type Aspek = (typeof ASPEK)[number];

export const JENIS_RHK = ['UTAMA', 'TAMBAHAN'] as const;
export const SUMBER_RHK = ['PK', 'PENUGASAN', 'INTERVENSI', 'JF', 'TIM_KERJA'] as const;
export type SumberRhk = (typeof SUMBER_RHK)[number];
export const CASCADING = ['LANGSUNG', 'TIDAK_LANGSUNG'] as const;
/** Balanced-scorecard perspectives of the JPT form (domain.md §3.2). */
export const PERSPEKTIF = ['PENERIMA_LAYANAN', 'PROSES_BISNIS', 'PENGUATAN_INTERNAL', 'ANGGARAN'] as const;

export type JenisForm = 'JPT' | 'JA_JF';

/** Placeholder text of an RHK stub created by cascading tidak langsung, for the subordinate to write. */
export const RHK_STUB_TEKS = '…';

/** A problem with the content, as `{ field, message }` with bilingual text. */
export interface Masalah {
  field: string;
  id: string;
  en: string;
}

/**
 * Sources each form accepts. JPT: the Perjanjian Kinerja or an assignment ("penugasan dari").
 * JA/JF: the appraiser's RHK (intervensi), an organisational target (form footnote: when the
 * intervened leader is a JPT or head of a self-standing unit the organisational target may be
 * named), the functional position's scope, a work team, or an assignment.
 */
export const SUMBER_PER_FORM: Record<JenisForm, readonly SumberRhk[]> = {
  JPT: ['PK', 'PENUGASAN'],
  JA_JF: ['INTERVENSI', 'PK', 'JF', 'TIM_KERJA', 'PENUGASAN'],
};

export interface RhkInput {
  jenisForm: JenisForm;
  sumber: SumberRhk;
  parentRhkId?: string | null;
  pkIndikatorId?: string | null;
  perspektif?: string | null;
  penugasanDari?: string | null;
}

/** Structural checks of an RHK's source fields for its form (references are checked by the service). */
export function checkRhkSumber(r: RhkInput): Masalah[] {
  const out: Masalah[] = [];
  if (!SUMBER_PER_FORM[r.jenisForm].includes(r.sumber)) {
    out.push({
      field: 'sumber',
      id: `Sumber RHK ${r.sumber} tidak berlaku untuk formulir ${r.jenisForm} (boleh: ${SUMBER_PER_FORM[r.jenisForm].join(', ')}).`,
      en: `RHK source ${r.sumber} is not allowed on the ${r.jenisForm} form (allowed: ${SUMBER_PER_FORM[r.jenisForm].join(', ')}).`,
    });
    return out;
  }
  if (r.sumber === 'PK' && !r.pkIndikatorId) {
    out.push({
      field: 'pkIndikatorId',
      id: 'Pilih indikator Perjanjian Kinerja.',
      en: 'Choose a Perjanjian Kinerja indicator.',
    });
  }
  if (r.sumber === 'PENUGASAN' && !r.penugasanDari?.trim()) {
    out.push({ field: 'penugasanDari', id: 'Isi "penugasan dari".', en: 'Fill in "penugasan dari" (assigned by).' });
  }
  if (r.sumber === 'INTERVENSI' && !r.parentRhkId) {
    out.push({
      field: 'parentRhkId',
      id: 'Pilih RHK pimpinan yang diintervensi.',
      en: "Choose the appraiser's RHK this one intervenes.",
    });
  }
  if (r.jenisForm === 'JPT' && !(PERSPEKTIF as readonly string[]).includes(r.perspektif ?? '')) {
    out.push({
      field: 'perspektif',
      id: 'Perspektif wajib diisi pada SKP JPT.',
      en: 'A perspektif is required on the JPT form.',
    });
  }
  return out;
}

export interface IkiInput {
  aspek: string;
  indikator: string;
  targetNilai?: string | number | null;
  targetSatuan?: string | null;
  targetTeks?: string | null;
}

/** KUANTITATIF: value and unit, separate from the indicator; KUALITATIF: a narrative target. */
export function checkIki(pendekatan: Pendekatan, iki: IkiInput, field: string): Masalah[] {
  const out: Masalah[] = [];
  if (!iki.indikator.trim())
    out.push({ field: `${field}.indikator`, id: 'Indikator wajib diisi.', en: 'The indicator is required.' });
  if (pendekatan === 'KUANTITATIF') {
    const nilai = iki.targetNilai;
    if (nilai === null || nilai === undefined || nilai === '' || !Number.isFinite(Number(nilai))) {
      out.push({
        field: `${field}.targetNilai`,
        id: 'Target (angka) wajib pada pendekatan kuantitatif.',
        en: 'A numeric target is required (quantitative).',
      });
    }
    if (!iki.targetSatuan?.trim()) {
      out.push({
        field: `${field}.targetSatuan`,
        id: 'Satuan target wajib pada pendekatan kuantitatif.',
        en: 'A target unit is required (quantitative).',
      });
    }
  } else if (!iki.targetTeks?.trim()) {
    out.push({
      field: `${field}.targetTeks`,
      id: 'Target naratif wajib pada pendekatan kualitatif.',
      en: 'A narrative target is required (qualitative).',
    });
  }
  return out;
}

export interface KelengkapanRhk {
  jenis: string;
  teks: string;
  sumber: RhkInput['sumber'];
  parentRhkId: string | null;
  pkIndikatorId: string | null;
  perspektif: string | null;
  penugasanDari: string | null;
  iki: readonly IkiInput[];
}

/**
 * What is missing before the employee may submit (ajukan): at least one RHK UTAMA, every RHK with
 * written text and at least one IKI, every IKI complete for the pendekatan, and the sources valid.
 */
export function checkKelengkapan(
  jenisForm: JenisForm,
  pendekatan: Pendekatan,
  rhk: readonly KelengkapanRhk[],
): Masalah[] {
  const out: Masalah[] = [];
  if (!rhk.some((r) => r.jenis === 'UTAMA' && r.iki.length > 0)) {
    out.push({
      field: 'rhk',
      id: 'Belum ada RHK utama dengan sedikitnya satu indikator (IKI).',
      en: 'There is no main RHK (utama) with at least one indicator (IKI).',
    });
  }
  rhk.forEach((r, i) => {
    const f = `rhk[${i}]`;
    if (!r.teks.trim() || r.teks.trim() === RHK_STUB_TEKS) {
      out.push({ field: `${f}.teks`, id: `RHK ${i + 1} belum ditulis.`, en: `RHK ${i + 1} has no text yet.` });
    }
    if (r.iki.length === 0)
      out.push({ field: `${f}.iki`, id: `RHK ${i + 1} belum memiliki IKI.`, en: `RHK ${i + 1} has no IKI.` });
    for (const m of checkRhkSumber({ jenisForm, ...r }))
      out.push({ ...m, field: `${f}.${m.field}`, id: `RHK ${i + 1}: ${m.id}`, en: `RHK ${i + 1}: ${m.en}` });
    r.iki.forEach((k, j) => {
      for (const m of checkIki(pendekatan, k, `${f}.iki[${j}]`))
        out.push({ ...m, id: `RHK ${i + 1}, IKI ${j + 1}: ${m.id}`, en: `RHK ${i + 1}, IKI ${j + 1}: ${m.en}` });
    });
  });
  return out;
}

/** Unit kinds whose head leads a self-standing unit with its own Perjanjian Kinerja (decision 0401). */
export const JENIS_UNIT_MANDIRI = ['UPT', 'PUSKESMAS'] as const;

/**
 * Whether a position heads a self-standing unit (pimpinan unit kerja mandiri, decision 0401): it is
 * the head of its unit, and the unit sits directly under the tenant's root unit (an OPD, a
 * kecamatan …) or is an UPT or a puskesmas. School heads are teachers with an additional task and
 * keep the JA/JF form.
 */
export function isKepalaUnitMandiri(
  jabatanId: string,
  unit: { kepalaJabatanId: string | null; jenis: string; parentId: string | null },
  parent: { parentId: string | null } | null,
): boolean {
  if (unit.kepalaJabatanId !== jabatanId) return false;
  if ((JENIS_UNIT_MANDIRI as readonly string[]).includes(unit.jenis)) return true;
  return !!parent && parent.parentId === null;
}

/**
 * The default date range of an SKP of `tahun`: the whole year, or from the start of the current
 * placement when it began during that year (transfer, promotion or appointment).
 */
export function defaultRentang(tahun: number, penempatanMulai: string | null): { mulai: string; selesai: string } {
  const awal = `${tahun}-01-01`;
  const akhir = `${tahun}-12-31`;
  const mulai = penempatanMulai && penempatanMulai > awal && penempatanMulai <= akhir ? penempatanMulai : awal;
  return { mulai, selesai: akhir };
}

/** Whether two inclusive date ranges overlap. */
export function rentangBertumpuk(
  a: { mulai: string; selesai: string },
  b: { mulai: string; selesai: string },
): boolean {
  return a.mulai <= b.selesai && b.mulai <= a.selesai;
}
