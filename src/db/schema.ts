/**
 * Kinerja database schema (drizzle). One schema for both engines (PGlite and PostgreSQL 15+).
 * Tenancy: `instansi` is the tenant; every tenant-scoped table carries `instansi_id`, and it leads
 * every index so a query never needs to cross tenants (and the schema can be sharded by tenant).
 * History: placements, acting assignments and appraiser overrides are date ranged; master data
 * changes are kept in `audit_log` (before/after, same transaction).
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Timestamp columns shared by every table definition. */
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** Tenant: a central agency or a regional government. */
export const instansi = pgTable(
  'instansi',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kode: text('kode').notNull(),
    nama: text('nama').notNull(),
    /** PUSAT | PROVINSI | KABUPATEN | KOTA */
    jenis: text('jenis').notNull(),
    /** Title of the (non-ASN) head of the instansi: Bupati, Wali Kota, Gubernur, Menteri, Kepala Badan. */
    jabatanPimpinan: text('jabatan_pimpinan').notNull(),
    namaPimpinan: text('nama_pimpinan'),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('instansi_kode_uq').on(t.kode)],
);

/** Organisational unit tree of any depth (OPD, bidang, seksi, UPT, sekolah …). */
export const unitOrganisasi = pgTable(
  'unit_organisasi',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    parentId: uuid('parent_id'),
    kode: text('kode').notNull(),
    nama: text('nama').notNull(),
    /** PEMDA | SEKRETARIAT_DAERAH | DINAS | BADAN | SEKRETARIAT | BAGIAN | BIDANG | SUBBAGIAN | SEKSI | UPT | SEKOLAH | PUSKESMAS | KECAMATAN | KELURAHAN | LAINNYA */
    jenis: text('jenis').notNull(),
    /** Position that heads this unit (nullable while not set: reported as a hierarchy problem). */
    kepalaJabatanId: uuid('kepala_jabatan_id'),
    /** Materialised path of ids from the root ("/a/b/c/"), kept by the repository for subtree queries. */
    path: text('path').notNull(),
    depth: integer('depth').notNull().default(0),
    aktifMulai: date('aktif_mulai', { mode: 'string' }),
    aktifSampai: date('aktif_sampai', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('unit_kode_uq').on(t.instansiId, t.kode),
    index('unit_parent_idx').on(t.instansiId, t.parentId),
    index('unit_path_idx').on(t.instansiId, t.path),
  ],
);

/** A position (jabatan) inside a unit. */
export const jabatan = pgTable(
  'jabatan',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    unitId: uuid('unit_id').notNull(),
    kode: text('kode').notNull(),
    nama: text('nama').notNull(),
    /** JPT_UTAMA | JPT_MADYA | JPT_PRATAMA | ADMINISTRATOR | PENGAWAS | PELAKSANA | FUNGSIONAL */
    jenis: text('jenis').notNull(),
    /** For FUNGSIONAL: AHLI_PERTAMA … AHLI_UTAMA, PEMULA … PENYELIA. */
    jenjang: text('jenjang'),
    /** Explicit superior position, overriding the one derived from the unit tree. */
    atasanJabatanId: uuid('atasan_jabatan_id'),
    kelas: integer('kelas'),
    aktifMulai: date('aktif_mulai', { mode: 'string' }),
    aktifSampai: date('aktif_sampai', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('jabatan_kode_uq').on(t.instansiId, t.kode),
    index('jabatan_unit_idx').on(t.instansiId, t.unitId),
    // Pegawai search matches the current position's name too (pg_trgm: ILIKE '%…%' by index).
    index('jabatan_nama_trgm_idx').using('gin', t.nama.op('gin_trgm_ops')),
  ],
);

/** A civil servant (PNS or PPPK). */
export const pegawai = pgTable(
  'pegawai',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    nip: text('nip').notNull(),
    nama: text('nama').notNull(),
    gelarDepan: text('gelar_depan'),
    gelarBelakang: text('gelar_belakang'),
    /** PNS | PPPK */
    jenisAsn: text('jenis_asn').notNull(),
    /** e.g. III/a for PNS, IX for PPPK. */
    golongan: text('golongan'),
    tanggalLahir: date('tanggal_lahir', { mode: 'string' }),
    /** L | P */
    jenisKelamin: text('jenis_kelamin'),
    email: text('email'),
    telepon: text('telepon'),
    /** AKTIF | NONAKTIF */
    status: text('status').notNull().default('AKTIF'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('pegawai_nip_uq').on(t.instansiId, t.nip),
    index('pegawai_nama_idx').on(t.instansiId, t.nama),
    // Login by NIP looks across tenants (decision 0206).
    index('pegawai_nip_idx').on(t.nip),
    // Search by any part of a name or NIP (ILIKE '%…%'): trigram indexes (extension pg_trgm,
    // created by hand at the top of the migration that adds these; PGlite loads it in its worker).
    index('pegawai_nama_trgm_idx').using('gin', t.nama.op('gin_trgm_ops')),
    index('pegawai_nip_trgm_idx').using('gin', t.nip.op('gin_trgm_ops')),
  ],
);

/** Placement history: who held which position, from when to when, definitively or as PLT/PLH. */
export const penempatan = pgTable(
  'penempatan',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    pegawaiId: uuid('pegawai_id').notNull(),
    jabatanId: uuid('jabatan_id').notNull(),
    /** DEFINITIF | PLT | PLH */
    jenis: text('jenis').notNull().default('DEFINITIF'),
    mulai: date('mulai', { mode: 'string' }).notNull(),
    /** Inclusive end date; null while current. */
    selesai: date('selesai', { mode: 'string' }),
    nomorSk: text('nomor_sk'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index('penempatan_pegawai_idx').on(t.instansiId, t.pegawaiId, t.mulai),
    index('penempatan_jabatan_idx').on(t.instansiId, t.jabatanId, t.mulai),
  ],
);

/** Explicit appraiser delegation/override for one pegawai over a date range. */
export const penilaiOverride = pgTable(
  'penilai_override',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id')
      .notNull()
      .references(() => instansi.id),
    pegawaiId: uuid('pegawai_id').notNull(),
    penilaiPegawaiId: uuid('penilai_pegawai_id').notNull(),
    mulai: date('mulai', { mode: 'string' }).notNull(),
    selesai: date('selesai', { mode: 'string' }),
    alasan: text('alasan').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('penilai_override_pegawai_idx').on(t.instansiId, t.pegawaiId)],
);

/** Login account. `pegawaiId` links an employee; admins may have no pegawai. */
export const akun = pgTable(
  'akun',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null for a super admin or a cross-tenant auditor. */
    instansiId: uuid('instansi_id'),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    pegawaiId: uuid('pegawai_id'),
    namaTampilan: text('nama_tampilan').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    isDemo: boolean('is_demo').notNull().default(false),
    /**
     * The password was generated by the system (new account, reset, bulk creation) and must be
     * replaced by the owner before anything else; cleared when they set their own.
     */
    wajibGantiSandi: boolean('wajib_ganti_sandi').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    bahasa: text('bahasa').notNull().default('id'),
    createdAt: createdAt(),
  },
  (t) => [
    // Usernames belong to their tenant (decision 0206): unique per instansi, the install-level
    // accounts (super admins, null instansi) forming one more scope. Login looks across scopes.
    uniqueIndex('akun_username_uq').on(
      sql`coalesce(${t.instansiId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      sql`lower(${t.username})`,
    ),
    index('akun_username_login_idx').on(sql`lower(${t.username})`),
    index('akun_pegawai_idx').on(t.pegawaiId),
  ],
);

/** Assigned roles (the pejabat penilai role is derived from the hierarchy, never stored here). */
export const akunPeran = pgTable(
  'akun_peran',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    akunId: uuid('akun_id').notNull(),
    /** SUPER_ADMIN | ADMIN_INSTANSI | ADMIN_UNIT | AUDITOR */
    peran: text('peran').notNull(),
    instansiId: uuid('instansi_id'),
    /** For ADMIN_UNIT: the unit whose subtree they administer. */
    unitId: uuid('unit_id'),
    createdAt: createdAt(),
  },
  (t) => [index('akun_peran_akun_idx').on(t.akunId)],
);

/** Server-side sessions (app nodes stay stateless). The id is a SHA-256 of the cookie token. */
export const sesi = pgTable(
  'sesi',
  {
    id: text('id').primaryKey(),
    akunId: uuid('akun_id').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sesi_akun_idx').on(t.akunId)],
);

/**
 * Login attempts, for the limits across stateless nodes: failures per client address, and per
 * (normalised) username that has no account (src/modules/auth/login-throttle.ts).
 */
export const loginAttempt = pgTable(
  'login_attempt',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ip: text('ip').notNull(),
    username: text('username').notNull(),
    success: boolean('success').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempt_ip_idx').on(t.ip, t.at), index('login_attempt_username_idx').on(t.username, t.at)],
);

/** Audit trail: who changed what, when, before and after — written in the same transaction. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    instansiId: uuid('instansi_id'),
    akunId: uuid('akun_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_instansi_at_idx').on(t.instansiId, t.at),
    index('audit_entity_idx').on(t.instansiId, t.entity, t.entityId),
  ],
);

/** Background jobs with progress (imports, bulk exports), polled by the UI. */
export const job = pgTable(
  'job',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    instansiId: uuid('instansi_id'),
    akunId: uuid('akun_id'),
    jenis: text('jenis').notNull(),
    /** QUEUED | RUNNING | SUCCEEDED | FAILED */
    status: text('status').notNull(),
    total: integer('total').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    phase: text('phase'),
    result: jsonb('result'),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /**
     * The process running the job (`host/pid/boot`), and when it last said it was alive: a job
     * whose process died is failed at start or when read (src/modules/jobs/jobs.liveness.ts).
     */
    owner: text('owner'),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
  },
  (t) => [index('job_instansi_idx').on(t.instansiId, t.createdAt)],
);

/**
 * Rows an import on PGlite has inserted in committed chunks but not completed yet (decision 0204):
 * the import's final transaction deletes its entries; a failed or interrupted import deletes the
 * rows they list, so a failed import changes nothing even though its inserts were committed in
 * short transactions (PGlite has one connection for everyone).
 */
export const importInsert = pgTable(
  'import_insert',
  {
    runId: uuid('run_id').notNull(),
    tabel: text('tabel').notNull(),
    ids: uuid('ids').array().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('import_insert_run_idx').on(t.runId)],
);

/** Per-instansi settings overlaying the national rule sets (validated with zod in src/domain). */
export const pengaturanInstansi = pgTable('pengaturan_instansi', {
  instansiId: uuid('instansi_id')
    .primaryKey()
    .references(() => instansi.id),
  settings: jsonb('settings').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: updatedAt(),
});

/**
 * Credentials of the demo accounts, shown on the login page only in demo mode (decision 0202).
 * Plain text on purpose and only for demo accounts of demo data: the passwords are random per
 * generation and the rows are deleted with the demo instansi. A production install has none.
 */
export const demoCredential = pgTable(
  'demo_credential',
  {
    instansiId: uuid('instansi_id').notNull(),
    username: text('username').notNull(),
    passwordPlain: text('password_plain').notNull(),
    label: text('label').notNull(),
  },
  (t) => [uniqueIndex('demo_credential_uq').on(t.instansiId, t.username)],
);
