/**
 * Execution through the year (issue 10; domain.md §2.3 and §8 "Penilaian Diri"): action plans,
 * realisation per IKI and period, evidence (bukti dukung) with content-addressed files, daily
 * progress, continuous feedback threads, 360° input and dialog kinerja with development items.
 *
 * A "period" here is one entry of `periode_kinerja.periode` (kode TW1…TW4, B01…B12 or AKHIR) of the
 * SKP's year; rows carry the kode, not a foreign key, because the periods are a JSON list.
 * Tenancy as in schema.ts: every row carries instansi_id and every query filters by it.
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
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './schema.ts';

/**
 * Rencana aksi: what the employee plans to do for an RHK in one period, with its own small target
 * (e-Kinerja "Penilaian Diri → Pengisian Rencana Aksi"; domain.md §2.3). Several per RHK and period.
 */
export const rencanaAksi = pgTable(
  'rencana_aksi',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    rhkId: uuid('rhk_id').notNull(),
    periodeKode: text('periode_kode').notNull(),
    urutan: integer('urutan').notNull(),
    teks: text('teks').notNull(),
    targetNilai: numeric('target_nilai'),
    targetSatuan: text('target_satuan'),
    targetTeks: text('target_teks'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('rencana_aksi_skp_idx').on(t.instansiId, t.skpId, t.periodeKode)],
);

/**
 * The state of one SKP in one period: when entry was reopened by the appraiser after the batas
 * pengisian (with the reason; audited) and when the period was rated (issue 11 sets `dinilaiAt`,
 * which locks realisasi for good). No row = never reopened, not rated.
 */
export const skpPeriode = pgTable(
  'skp_periode',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    periodeKode: text('periode_kode').notNull(),
    /** Entry is open again until this instant (set by the appraiser's reopen). */
    dibukaSampai: timestamp('dibuka_sampai', { withTimezone: true }),
    dibukaAlasan: text('dibuka_alasan'),
    dibukaOleh: uuid('dibuka_oleh'),
    /** Set by the evaluation (issue 11): after it nobody edits the period's realisasi. */
    dinilaiAt: timestamp('dinilai_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('skp_periode_uq').on(t.instansiId, t.skpId, t.periodeKode)],
);

/**
 * Realisasi of one IKI in one period (form column "Realisasi berdasarkan bukti dukung", domain.md
 * §2.3): a number in the IKI's unit for quantitative targets, a narrative for qualitative ones.
 */
export const realisasi = pgTable(
  'realisasi',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    ikiId: uuid('iki_id').notNull(),
    periodeKode: text('periode_kode').notNull(),
    nilai: numeric('nilai'),
    teks: text('teks'),
    catatan: text('catatan'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('realisasi_uq').on(t.instansiId, t.skpId, t.ikiId, t.periodeKode),
    index('realisasi_periode_idx').on(t.instansiId, t.periodeKode),
  ],
);

/**
 * A stored file, once per content within a tenant (sha-256 of the bytes): the same photo attached
 * twice, or by two people, is one object in the file store. `mime` is what the content was sniffed
 * as, never what the client claimed.
 */
export const berkas = pgTable(
  'berkas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    sha256: text('sha256').notNull(),
    ukuran: bigint('ukuran', { mode: 'number' }).notNull(),
    mime: text('mime').notNull(),
    /** Key in the FileStore (a relative path for the directory store, an object key for S3). */
    kunci: text('kunci').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('berkas_sha_uq').on(t.instansiId, t.sha256)],
);

/** An item of a pegawai's evidence library ("Bukti saya"): a file or a link, described and dated. */
export const bukti = pgTable(
  'bukti',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    /** BERKAS | TAUTAN */
    jenis: text('jenis').notNull(),
    judul: text('judul').notNull(),
    deskripsi: text('deskripsi'),
    tanggal: date('tanggal', { mode: 'string' }).notNull(),
    berkasId: uuid('berkas_id'),
    /** The file name as uploaded, cleaned (shown and used in Content-Disposition, never as a path). */
    namaBerkas: text('nama_berkas'),
    url: text('url'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('bukti_pegawai_idx').on(t.instansiId, t.pegawaiId, t.tanggal)],
);

/** Evidence attached to an IKI for a period; one bukti may support many IKI and periods. */
export const buktiIki = pgTable(
  'bukti_iki',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    buktiId: uuid('bukti_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    ikiId: uuid('iki_id').notNull(),
    periodeKode: text('periode_kode').notNull(),
    /** When the appraiser first opened it ("evidence not yet seen" on the Bawahan screen). */
    dilihatPenilaiAt: timestamp('dilihat_penilai_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('bukti_iki_uq').on(t.instansiId, t.buktiId, t.ikiId, t.periodeKode),
    index('bukti_iki_skp_idx').on(t.instansiId, t.skpId, t.periodeKode),
  ],
);

/**
 * Progres harian (daily progress, e-Kinerja from 2026; domain.md §2.3 and §9): what I did today for
 * which RHK, optionally with evidence. `clientId` is generated on the device so a retried save after
 * a dropped connection is recognised and never stored twice.
 */
export const progresHarian = pgTable(
  'progres_harian',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    rhkId: uuid('rhk_id').notNull(),
    tanggal: date('tanggal', { mode: 'string' }).notNull(),
    teks: text('teks').notNull(),
    buktiId: uuid('bukti_id'),
    clientId: uuid('client_id').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('progres_harian_client_uq').on(t.instansiId, t.pegawaiId, t.clientId),
    index('progres_harian_skp_idx').on(t.instansiId, t.skpId, t.tanggal),
  ],
);

/**
 * Umpan balik berkelanjutan (form column "Umpan balik berkelanjutan berdasarkan bukti dukung",
 * domain.md §2.3): a dated entry on an RHK (optionally one IKI's realisasi in a period) or on a
 * BerAKHLAK value. A thread is its root entry and the replies that name it in `indukId`.
 */
export const umpanBalik = pgTable(
  'umpan_balik',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    /** RHK | PERILAKU */
    sasaran: text('sasaran').notNull(),
    rhkId: uuid('rhk_id'),
    ikiId: uuid('iki_id'),
    /** BerAKHLAK value code (as in src/domain, e.g. BERORIENTASI_PELAYANAN). */
    perilakuKode: text('perilaku_kode'),
    periodeKode: text('periode_kode'),
    /** Root entry of the thread; null for a root. */
    indukId: uuid('induk_id'),
    penulisPegawaiId: uuid('penulis_pegawai_id').notNull(),
    /** PENILAI | ATASAN_PENILAI | PEGAWAI at the time of writing. */
    peranPenulis: text('peran_penulis').notNull(),
    teks: text('teks').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('umpan_balik_skp_idx').on(t.instansiId, t.skpId, t.createdAt),
    index('umpan_balik_induk_idx').on(t.instansiId, t.indukId),
  ],
);

/** A request for 360° input on a pegawai's BerAKHLAK behaviour (optional per instansi). */
export const masukan360 = pgTable(
  'masukan_360',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    /** The pegawai whose behaviour is described. */
    pegawaiId: uuid('pegawai_id').notNull(),
    periodeKode: text('periode_kode'),
    dimintaOleh: uuid('diminta_oleh').notNull(),
    /** The anonymity threshold fixed when the request was made (instansi setting, never below 3). */
    minimumJawaban: smallint('minimum_jawaban').notNull(),
    batas: date('batas', { mode: 'string' }),
    /** TERBUKA | DITUTUP */
    status: text('status').notNull().default('TERBUKA'),
    createdAt: createdAt(),
  },
  (t) => [index('masukan_360_skp_idx').on(t.instansiId, t.skpId)],
);

/**
 * Who was asked, and whether they have answered. Deliberately no link to the answer and no time of
 * answering: the answer rows below carry neither a respondent nor a timestamp, so nobody can attribute
 * an answer, whatever they can query.
 */
export const masukan360Responden = pgTable(
  'masukan_360_responden',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    masukanId: uuid('masukan_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    /** PEER | BAWAHAN | LAINNYA */
    hubungan: text('hubungan').notNull(),
    sudahMenjawab: boolean('sudah_menjawab').notNull().default(false),
  },
  (t) => [uniqueIndex('masukan_360_responden_uq').on(t.instansiId, t.masukanId, t.pegawaiId)],
);

/** One anonymous answer: 1–5 per BerAKHLAK value and a comment. No respondent, no timestamp. */
export const masukan360Jawaban = pgTable(
  'masukan_360_jawaban',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    masukanId: uuid('masukan_id').notNull(),
    /** { [perilakuKode]: 1..5 } */
    skor: jsonb('skor').notNull(),
    komentar: text('komentar'),
  },
  (t) => [index('masukan_360_jawaban_idx').on(t.instansiId, t.masukanId)],
);

/**
 * Dialog kinerja (PermenPANRB 6/2022 Pasal 3 orientation; domain.md §2.3): a scheduled, recorded
 * conversation of an appraiser and a pegawai about results, the competency gap, behaviour and career
 * aspirations. `catatan` holds { hasil, kompetensi, perilaku, aspirasiPendek, aspirasiMenengah,
 * umpanBalikPegawai: { skor: {9 statements: 1–5}, komentar, waktu },
 * cekKompetensi: { items: [{ kompetensi, skor 1–5, alasan }], waktu } } — the follow-up formats
 * B.1.8 and B.1.9 of the regulation (docs/pelaksanaan-dialog.md).
 */
export const dialogKinerja = pgTable(
  'dialog_kinerja',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    skpId: uuid('skp_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    penilaiPegawaiId: uuid('penilai_pegawai_id').notNull(),
    periodeKode: text('periode_kode').notNull(),
    /** COACHING | MENTORING | KONSELING | DIALOG */
    jenis: text('jenis').notNull().default('DIALOG'),
    jadwal: timestamp('jadwal', { withTimezone: true }).notNull(),
    /** Planned length, for the calendar invitation's DTEND (issue 10, dialog part). */
    durasiMenit: smallint('durasi_menit').notNull().default(60),
    tempat: text('tempat'),
    /** DIJADWALKAN | SELESAI | DIBATALKAN */
    status: text('status').notNull().default('DIJADWALKAN'),
    catatan: jsonb('catatan').notNull().default({}),
    tindakLanjutTanggal: date('tindak_lanjut_tanggal', { mode: 'string' }),
    dikonfirmasiPegawaiAt: timestamp('dikonfirmasi_pegawai_at', { withTimezone: true }),
    dikonfirmasiPenilaiAt: timestamp('dikonfirmasi_penilai_at', { withTimezone: true }),
    /** Reminders sent (the day before, the day itself): never twice. */
    pengingatH1At: timestamp('pengingat_h1_at', { withTimezone: true }),
    pengingatH0At: timestamp('pengingat_h0_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('dialog_kinerja_pegawai_idx').on(t.instansiId, t.pegawaiId, t.jadwal),
    index('dialog_kinerja_penilai_idx').on(t.instansiId, t.penilaiPegawaiId, t.jadwal),
    // The reminder run claims due dialogs of every tenant by time (dialog part).
    index('dialog_kinerja_jadwal_idx').on(t.jadwal),
  ],
);

/** An agenda item of a dialog, linked to what it is about. */
export const dialogAgenda = pgTable(
  'dialog_agenda',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    dialogId: uuid('dialog_id').notNull(),
    urutan: integer('urutan').notNull(),
    /** HASIL_KERJA | KOMPETENSI | PERILAKU | KARIR */
    topik: text('topik').notNull(),
    rhkId: uuid('rhk_id'),
    perilakuKode: text('perilaku_kode'),
    kompetensi: text('kompetensi'),
    catatan: text('catatan'),
  },
  (t) => [index('dialog_agenda_dialog_idx').on(t.instansiId, t.dialogId)],
);

/**
 * A development item agreed in a dialog: the competency to develop, the method (from the instansi's
 * list: coaching, mentoring, counselling, training, assignment, …) and when; judged achieved or not,
 * with an explanation, at a later dialog. Unachieved items carry over.
 */
export const rencanaPengembangan = pgTable(
  'rencana_pengembangan',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id').notNull(),
    pegawaiId: uuid('pegawai_id').notNull(),
    dialogId: uuid('dialog_id').notNull(),
    kompetensi: text('kompetensi').notNull(),
    metodeKode: text('metode_kode').notNull(),
    rhkId: uuid('rhk_id'),
    perilakuKode: text('perilaku_kode'),
    targetTanggal: date('target_tanggal', { mode: 'string' }),
    /** DIRENCANAKAN | TERCAPAI | TIDAK_TERCAPAI */
    status: text('status').notNull().default('DIRENCANAKAN'),
    penjelasan: text('penjelasan'),
    dinilaiDialogId: uuid('dinilai_dialog_id'),
    /** The unachieved item this one carries over (set when a dialog judges it TIDAK_TERCAPAI). */
    dibawaDariId: uuid('dibawa_dari_id'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('rencana_pengembangan_pegawai_idx').on(t.instansiId, t.pegawaiId, t.status)],
);
