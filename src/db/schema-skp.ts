/**
 * Performance planning tables (issue 4): performance years and periods, the unit's Perjanjian
 * Kinerja, SKP with RHK and IKI, versions of set SKPs (perubahan SKP) and in-app notifications.
 * Model follows the PermenPANRB 6/2022 forms (domain.md §3.5). Tenancy as in schema.ts.
 */
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, instansi, updatedAt } from './schema.ts';

/** A performance year of an instansi with its evaluation rhythm and deadlines (Manajemen Periode). */
export const periodeKinerja = pgTable(
  'periode_kinerja',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    tahun: integer('tahun').notNull(),
    /** BULANAN | TRIWULANAN (PermenPANRB 6/2022 Pasal 1: bulanan atau triwulanan). */
    jenisEvaluasi: text('jenis_evaluasi').notNull(),
    /** SKP setting deadline; default 31 January (PermenPANRB 8/2021 Lampiran, carried into 6/2022). */
    batasPenetapanSkp: date('batas_penetapan_skp', { mode: 'string' }).notNull(),
    /** Periodic entry deadlines: [{ kode: 'TW1'|'B01'…|'AKHIR', mulai, selesai, batasPengisian }]. */
    periode: jsonb('periode').notNull(),
    /** AKTIF | DITUTUP */
    status: text('status').notNull().default('AKTIF'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('periode_kinerja_tahun_uq').on(t.instansiId, t.tahun)],
);

/** The unit's Perjanjian Kinerja for a year (P1 in domain.md §2.2). */
export const perjanjianKinerja = pgTable(
  'perjanjian_kinerja',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    unitId: uuid('unit_id').notNull(),
    tahun: integer('tahun').notNull(),
    /** Snapshot of the head (pihak pertama) and the superior (pihak kedua) at signing. */
    pihak: jsonb('pihak'),
    /** DRAFT | DITETAPKAN */
    status: text('status').notNull().default('DRAFT'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('pk_unit_tahun_uq').on(t.instansiId, t.unitId, t.tahun)],
);

/** A strategic target (sasaran strategis) of a Perjanjian Kinerja. */
export const pkSasaran = pgTable(
  'pk_sasaran',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    pkId: uuid('pk_id').notNull(),
    urutan: integer('urutan').notNull(),
    sasaran: text('sasaran').notNull(),
  },
  (t) => [index('pk_sasaran_pk_idx').on(t.instansiId, t.pkId)],
);

/** An indicator with its target for a sasaran of the Perjanjian Kinerja. */
export const pkIndikator = pgTable(
  'pk_indikator',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    sasaranId: uuid('sasaran_id').notNull(),
    urutan: integer('urutan').notNull(),
    indikator: text('indikator').notNull(),
    targetNilai: numeric('target_nilai'),
    satuan: text('satuan'),
    targetTeks: text('target_teks'),
  },
  (t) => [index('pk_indikator_sasaran_idx').on(t.instansiId, t.sasaranId)],
);

/**
 * An SKP of one pegawai for a date range within a performance year. A transfer or promotion
 * closes one SKP and opens another; each keeps a snapshot of position, unit and appraiser.
 */
export const skp = pgTable(
  'skp',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    periodeId: uuid('periode_id').notNull(),
    tahun: integer('tahun').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    jabatanId: uuid('jabatan_id'),
    unitId: uuid('unit_id'),
    /** Appraiser at creation/setting time (null when the appraiser is the regional head). */
    penilaiPegawaiId: uuid('penilai_pegawai_id'),
    mulai: date('mulai', { mode: 'string' }).notNull(),
    selesai: date('selesai', { mode: 'string' }).notNull(),
    /** KUANTITATIF | KUALITATIF */
    pendekatan: text('pendekatan').notNull(),
    /** JPT (JPT and heads of self-standing units) | JA_JF (administrasi and fungsional). */
    jenisForm: text('jenis_form').notNull(),
    /** DRAFT | DIAJUKAN | DIKEMBALIKAN | DITETAPKAN | DITUTUP */
    status: text('status').notNull().default('DRAFT'),
    /** 0 until first set; each perubahan SKP that is set again increments it. */
    revisi: integer('revisi').notNull().default(0),
    /** { pegawai, jabatan, unit, penilai, atasanPenilai } as they were. */
    snapshot: jsonb('snapshot').notNull(),
    /** { [nilaiKode]: ekspektasi khusus pimpinan } for the BerAKHLAK values. */
    perilaku: jsonb('perilaku').notNull().default({}),
    /** { dukunganSumberDaya: string[], skemaPertanggungjawaban: string[], konsekuensi: string[] } */
    lampiran: jsonb('lampiran')
      .notNull()
      .default({ dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] }),
    /** The appraiser's general note when returning (per-item notes sit on rhk.catatan). */
    catatanPenilai: text('catatan_penilai'),
    /**
     * The content as it was returned (kembalikan), so the appraiser sees what changed when it comes
     * back (GET …/diff?dari=dikembalikan); cleared when the SKP is set.
     */
    isiDikembalikan: jsonb('isi_dikembalikan'),
    /** Set when the parent RHK this SKP intervenes changed after linking. */
    perluTinjau: boolean('perlu_tinjau').notNull().default(false),
    diajukanAt: timestamp('diajukan_at', { withTimezone: true }),
    /** The employee's signature: recorded when they submit. */
    ditandatanganiAt: timestamp('ditandatangani_at', { withTimezone: true }),
    ditetapkanAt: timestamp('ditetapkan_at', { withTimezone: true }),
    ditetapkanOleh: uuid('ditetapkan_oleh'),
    ditetapkanOlehNama: text('ditetapkan_oleh_nama'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('skp_pegawai_idx').on(t.instansiId, t.pegawaiId, t.tahun),
    index('skp_penilai_idx').on(t.instansiId, t.penilaiPegawaiId, t.status),
    index('skp_unit_idx').on(t.instansiId, t.unitId, t.tahun),
  ],
);

/** Rencana Hasil Kerja: a result of an SKP (utama or tambahan). */
export const rhk = pgTable(
  'rhk',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    /** UTAMA | TAMBAHAN */
    jenis: text('jenis').notNull(),
    urutan: integer('urutan').notNull(),
    teks: text('teks').notNull(),
    /** PK (JPT, from the Perjanjian Kinerja) | PENUGASAN | INTERVENSI (from the appraiser's RHK) | JF (functional scope) | TIM_KERJA */
    sumber: text('sumber').notNull(),
    /** JPT: the PK indicator this RHK carries out. */
    pkIndikatorId: uuid('pk_indikator_id'),
    /** Non-JPT: the appraiser's RHK this one intervenes (may be in a draft SKP — never a deadlock). */
    parentRhkId: uuid('parent_rhk_id'),
    /** LANGSUNG | TIDAK_LANGSUNG */
    cascading: text('cascading'),
    /** JPT only: PENERIMA_LAYANAN | PROSES_BISNIS | PENGUATAN_INTERNAL | ANGGARAN */
    perspektif: text('perspektif'),
    penugasanDari: text('penugasan_dari'),
    /** The parent changed after linking: the child should review it. */
    perluTinjau: boolean('perlu_tinjau').notNull().default(false),
    /** The appraiser's note on this item when returning the SKP. */
    catatan: text('catatan'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('rhk_skp_idx').on(t.instansiId, t.skpId),
    index('rhk_parent_idx').on(t.instansiId, t.parentRhkId),
    index('rhk_pk_idx').on(t.instansiId, t.pkIndikatorId),
  ],
);

/** Indikator Kinerja Individu with its target, one aspect each. */
export const iki = pgTable(
  'iki',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    rhkId: uuid('rhk_id').notNull(),
    urutan: integer('urutan').notNull(),
    /** KUANTITAS | KUALITAS | WAKTU | BIAYA */
    aspek: text('aspek').notNull(),
    indikator: text('indikator').notNull(),
    targetNilai: numeric('target_nilai'),
    targetSatuan: text('target_satuan'),
    /** Narrative target (pendekatan kualitatif). */
    targetTeks: text('target_teks'),
  },
  (t) => [index('iki_rhk_idx').on(t.instansiId, t.rhkId)],
);

/** A frozen copy of an SKP each time it is set, so perubahan SKP keeps the old version with a diff. */
export const skpVersi = pgTable(
  'skp_versi',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    revisi: integer('revisi').notNull(),
    isi: jsonb('isi').notNull(),
    ditetapkanAt: timestamp('ditetapkan_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('skp_versi_uq').on(t.instansiId, t.skpId, t.revisi)],
);

/**
 * Per tenant, a number that every committed SKP change which can move a monitoring pengisian figure
 * raises (an insert, a delete, a change of status, year, start, pegawai or tenant). A statement-level
 * trigger on `skp` raises it inside the writing transaction (migration 0006), so every writer —
 * the SKP service, imports, the demo generator, raw SQL — is covered, and a reader that sees number
 * N in its snapshot also sees every SKP change behind it: the monitoring cache keys on it
 * (src/modules/monitoring/pengisian-cache.ts). Unlike `max(updated_at)`, a transaction that started
 * earlier but commits later cannot slip under it: the row lock orders the increments by commit.
 */
export const skpUbah = pgTable('skp_ubah', {
  instansiId: uuid('instansi_id')
    .primaryKey()
    .references(() => instansi.id, { onDelete: 'cascade' }),
  nomor: bigint('nomor', { mode: 'number' }).notNull().default(0),
});

/**
 * Which pegawai's SKPs each raise of skp_ubah.nomor touched (the same trigger writes both), so a
 * cached monitoring snapshot at number C catches up to N by re-reading only those pegawai. A
 * statement touching more than 1,000 pegawai (an import, the demo) logs one row without a pegawai:
 * rebuild. The last 10,000 numbers per tenant are kept; an older snapshot rebuilds.
 */
export const skpUbahLog = pgTable(
  'skp_ubah_log',
  {
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id, { onDelete: 'cascade' }),
    nomor: bigint('nomor', { mode: 'number' }).notNull(),
    pegawaiId: uuid('pegawai_id'),
  },
  (t) => [index('skp_ubah_log_idx').on(t.instansiId, t.nomor)],
);

/** In-app notification for the next actor (also emailed when SMTP is configured). */
export const notifikasi = pgTable(
  'notifikasi',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    jenis: text('jenis').notNull(),
    judul: text('judul').notNull(),
    isi: text('isi').notNull(),
    /**
     * The parameters of `jenis` (names, year, counts): the text is rendered from them when read, in
     * the reader's language. Null on rows from before that; `judul`/`isi` (Indonesian) are shown then.
     */
    param: jsonb('param'),
    tautan: text('tautan'),
    dibacaAt: timestamp('dibaca_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('notifikasi_pegawai_idx').on(t.instansiId, t.pegawaiId, t.createdAt)],
);
