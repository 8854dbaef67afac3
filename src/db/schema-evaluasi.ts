/**
 * Evaluation (issue 11; domain.md §2.4–2.6, §4): the organisational predikat per unit penilaian and
 * period, each pegawai's periodic and annual evaluation, the calibration session that holds the
 * unit's proposals against the pola distribusi (SE MenPANRB 3/2023), and keberatan (PP 30/2019
 * Pasal 59).
 *
 * Periods are the kode of `periode_kinerja.periode` (TW1…TW4, B01…B12; the annual evaluation is
 * AKHIR), as in schema-pelaksanaan.ts. Tenancy as in schema.ts: every row carries instansi_id and
 * every query filters by it. Status values are the ones of src/domain/evaluasi (state machines).
 */
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './schema.ts';

/**
 * Predikat kinerja organisasi of a unit penilaian for one period (SE MenPANRB 3/2023): set by the
 * leader one level up, or recorded by an admin on their behalf (then `dicatatOlehAkunId` is the
 * admin and `penetapPegawaiId` still names who decided). Fixes the unit's allowed distribution.
 */
export const predikatOrganisasi = pgTable(
  'predikat_organisasi',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    tahun: integer('tahun').notNull(),
    periodeKode: text('periode_kode').notNull(),
    /** ISTIMEWA | BAIK | BUTUH_PERBAIKAN | KURANG | SANGAT_KURANG */
    predikat: text('predikat').notNull(),
    /**
     * The basis shown when deciding, as it was: periodic — rencana aksi progress against the PK;
     * annual — PK achievement and the unit's expectation ({ ringkasan, angka, ekspektasi }).
     */
    dasar: jsonb('dasar').notNull().default({}),
    catatan: text('catatan'),
    /** Who decided (the leader one level up); null only when the decider is outside the tree (regional head). */
    penetapPegawaiId: uuid('penetap_pegawai_id'),
    penetapNama: text('penetap_nama').notNull(),
    penetapJabatan: text('penetap_jabatan'),
    /** The account that recorded it (the leader themself, or an admin acting on their behalf). */
    dicatatOlehAkunId: uuid('dicatat_oleh_akun_id').notNull(),
    ditetapkanAt: timestamp('ditetapkan_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('predikat_organisasi_uq').on(t.instansiId, t.unitId, t.tahun, t.periodeKode)],
);

/**
 * One evaluation of one SKP for one period (periodic TW/B, or AKHIR for the annual one). Holds the
 * current content; every set content is also kept in `evaluasi_versi` (a correction after setting
 * is a new version, like perubahan SKP).
 */
export const evaluasi = pgTable(
  'evaluasi',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    tahun: integer('tahun').notNull(),
    periodeKode: text('periode_kode').notNull(),
    /** The unit whose employees form one distribution (setting `evaluasi.unitPenilaian`), fixed at creation. */
    unitPenilaianId: uuid('unit_penilaian_id').notNull(),
    penilaiPegawaiId: uuid('penilai_pegawai_id'),
    atasanPenilaiPegawaiId: uuid('atasan_penilai_pegawai_id'),
    /** DRAFT | DITETAPKAN | DITERIMA | KEBERATAN | FINAL (src/domain/evaluasi/status.ts). */
    status: text('status').notNull().default('DRAFT'),
    /** Per RHK: { [rhkId]: { penilaian: 'DI_ATAS'|'SESUAI'|'DI_BAWAH' | null, umpanBalik: string } }. */
    penilaianRhk: jsonb('penilaian_rhk').notNull().default({}),
    /** Per BerAKHLAK value: { [nilaiKode]: { umpanBalik: string } }. */
    umpanBalikPerilaku: jsonb('umpan_balik_perilaku').notNull().default({}),
    /** DI_ATAS | SESUAI | DI_BAWAH — the appraiser's choice (or the unit head's org-predikat mapping). */
    ratingHasilKerja: text('rating_hasil_kerja'),
    /** PENILAI | PREDIKAT_ORGANISASI (unit head: SE MenPANRB 3/2023). */
    ratingHasilKerjaSumber: text('rating_hasil_kerja_sumber'),
    ratingPerilaku: text('rating_perilaku'),
    /** From the quadrant (SANGAT_BAIK | BAIK | BUTUH_PERBAIKAN | KURANG | SANGAT_KURANG). */
    predikat: text('predikat'),
    /** The predikat the appraiser first proposed, before calibration changed it. */
    predikatUsulan: text('predikat_usulan'),
    catatan: text('catatan'),
    /** 1 for the first set content; a correction after setting makes 2, 3 … */
    versi: integer('versi').notNull().default(1),
    ditetapkanAt: timestamp('ditetapkan_at', { withTimezone: true }),
    ditetapkanOleh: uuid('ditetapkan_oleh'),
    ditetapkanOlehNama: text('ditetapkan_oleh_nama'),
    /** The employee's receipt (starts the keberatan window); `diterimaDicatatOleh` when an admin recorded it. */
    diterimaAt: timestamp('diterima_at', { withTimezone: true }),
    diterimaDicatatOleh: uuid('diterima_dicatat_oleh'),
    /** Last day on which a keberatan may be filed (from receipt and the instansi's window setting). */
    batasKeberatan: date('batas_keberatan', { mode: 'string' }),
    finalAt: timestamp('final_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('evaluasi_uq').on(t.instansiId, t.skpId, t.periodeKode),
    index('evaluasi_unit_idx').on(t.instansiId, t.unitPenilaianId, t.tahun, t.periodeKode),
    index('evaluasi_penilai_idx').on(t.instansiId, t.penilaiPegawaiId, t.tahun, t.periodeKode),
    index('evaluasi_pegawai_idx').on(t.instansiId, t.pegawaiId, t.tahun),
  ],
);

/** Every set (and corrected) content of an evaluation, as it was; the audit log names who and why. */
export const evaluasiVersi = pgTable(
  'evaluasi_versi',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    evaluasiId: uuid('evaluasi_id').notNull(),
    versi: integer('versi').notNull(),
    /** The evaluation's content (ratings, predikat, per-RHK marks, feedback, catatan) at that version. */
    isi: jsonb('isi').notNull(),
    /** Why a correction was made (null for version 1). */
    alasan: text('alasan'),
    olehAkunId: uuid('oleh_akun_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('evaluasi_versi_uq').on(t.instansiId, t.evaluasiId, t.versi)],
);

/**
 * Calibration of one unit penilaian for one period: the proposals against the allowed distribution.
 * Finalising while the pattern is violated needs `override` with a written justification.
 */
export const kalibrasi = pgTable(
  'kalibrasi',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    unitPenilaianId: uuid('unit_penilaian_id').notNull(),
    tahun: integer('tahun').notNull(),
    periodeKode: text('periode_kode').notNull(),
    /** TERBUKA | FINAL */
    status: text('status').notNull().default('TERBUKA'),
    /** The distribution check at finalisation (counts, violations, the predikat organisasi used). */
    hasil: jsonb('hasil'),
    override: boolean('override').notNull().default(false),
    overrideAlasan: text('override_alasan'),
    finalAt: timestamp('final_at', { withTimezone: true }),
    finalOlehAkunId: uuid('final_oleh_akun_id'),
    finalOlehNama: text('final_oleh_nama'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('kalibrasi_uq').on(t.instansiId, t.unitPenilaianId, t.tahun, t.periodeKode)],
);

/** A change made in place on the calibration board, with its reason. */
export const kalibrasiPerubahan = pgTable(
  'kalibrasi_perubahan',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    kalibrasiId: uuid('kalibrasi_id').notNull(),
    evaluasiId: uuid('evaluasi_id').notNull(),
    /** { ratingHasilKerja, ratingPerilaku, predikat } before and after. */
    dari: jsonb('dari').notNull(),
    ke: jsonb('ke').notNull(),
    alasan: text('alasan').notNull(),
    olehAkunId: uuid('oleh_akun_id').notNull(),
    olehNama: text('oleh_nama').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('kalibrasi_perubahan_idx').on(t.instansiId, t.kalibrasiId, t.createdAt)],
);

/**
 * Keberatan (PP 30/2019 Pasal 59): filed by the employee within the window after receipt, to the
 * atasan pejabat penilai; both sides' explanations are recorded (dated) and the atasan decides.
 * One per evaluation (a second filing is refused); the decision is final.
 */
export const keberatan = pgTable(
  'keberatan',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    evaluasiId: uuid('evaluasi_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    /** The atasan pejabat penilai it is addressed to (resolved through the hierarchy at filing). */
    atasanPegawaiId: uuid('atasan_pegawai_id'),
    /** DIAJUKAN | DIPERIKSA | DIPUTUSKAN (src/domain/evaluasi/keberatan.ts). */
    status: text('status').notNull().default('DIAJUKAN'),
    alasan: text('alasan').notNull(),
    /** What the employee asks for, optional: { ratingHasilKerja?, ratingPerilaku? }. */
    permintaan: jsonb('permintaan'),
    diajukanAt: timestamp('diajukan_at', { withTimezone: true }).notNull().defaultNow(),
    penjelasanPenilai: text('penjelasan_penilai'),
    penjelasanPenilaiAt: timestamp('penjelasan_penilai_at', { withTimezone: true }),
    penjelasanPegawai: text('penjelasan_pegawai'),
    penjelasanPegawaiAt: timestamp('penjelasan_pegawai_at', { withTimezone: true }),
    /** TETAP | UBAH */
    keputusan: text('keputusan'),
    keputusanAlasan: text('keputusan_alasan'),
    /** The ratings before and after the decision ({ ratingHasilKerja, ratingPerilaku, predikat }). */
    hasilSebelum: jsonb('hasil_sebelum'),
    hasilSesudah: jsonb('hasil_sesudah'),
    diputuskanAt: timestamp('diputuskan_at', { withTimezone: true }),
    diputuskanOleh: uuid('diputuskan_oleh'),
    diputuskanOlehNama: text('diputuskan_oleh_nama'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('keberatan_evaluasi_uq').on(t.instansiId, t.evaluasiId),
    index('keberatan_atasan_idx').on(t.instansiId, t.atasanPegawaiId, t.status),
  ],
);
