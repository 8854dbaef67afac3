/**
 * The realisasi save in two statements besides the session (issue 10: p95 < 50 ms at 20 clients;
 * it took ten): one prepared read of everything the checks need, and one write that is its own
 * transaction.
 *
 * - `bacaKonteksIsi` (prepared `kinerja_realisasi_konteks`): the SKP row with what its
 *   authorisation needs (unit path, org version: as skp-read.repository.ts), the year's periods,
 *   the SKP's state in the period (skp_periode), the instansi's settings, the IKI when it is one of
 *   this SKP's (with the number of its RHK's rencana aksi in the period) and the stored realisasi.
 *   Read before the caller is authorised; a refused caller gets nothing of it (404/403 first).
 * - `tulisRealisasi` (prepared `kinerja_realisasi_isi` / `kinerja_realisasi_ubah`): the
 *   version-guarded insert or update of the realisasi as a data-modifying CTE
 *   and the audit row as a CTE over what it wrote, so a stale version or a period rated meanwhile
 *   writes and audits nothing. Being one statement it is atomic without BEGIN/COMMIT. The same
 *   statement answers why nothing was written: the period rated (`dinilai_at`, re-checked here, not
 *   only in the read) or the version the row has now (the 409's `currentVersion`).
 */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { skp } from '../../db/schema-skp.ts';
import type { Executor } from '../../db/tx.ts';
import { type AuditEntry, auditInsertFrom } from '../audit/index.ts';
import type { SkpRow } from '../skp/index.ts';

const iso = (col: string) => sql.raw(`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
const I = sql.placeholder('instansiId');
const S = sql.placeholder('skpId');
const KODE = sql.placeholder('kode');
const IKI = sql`${sql.placeholder('ikiId')}::uuid`;

/** A stored realisasi as the API shows it (numbers as numbers, instants as ISO strings). */
export interface RealisasiDto {
  id: string;
  ikiId: string;
  periode: string;
  nilai: number | null;
  teks: string | null;
  catatan: string | null;
  version: number;
  updatedAt: string;
}

/** The same object, built in SQL from a realisasi row `r` (the read's and the write's answer). */
const dtoOf = (r: string) =>
  sql.raw(`jsonb_build_object('id', ${r}.id, 'ikiId', ${r}.iki_id, 'periode', ${r}.periode_kode,
    'nilai', ${r}.nilai::float8, 'teks', ${r}.teks, 'catatan', ${r}.catatan, 'version', ${r}.version,
    'updatedAt', to_char(${r}.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`);

export interface KonteksIsiRow {
  s: SkpRow;
  unitPath: string | null;
  orgVersion: number;
  periode: Array<{ kode: string; mulai: string; selesai: string; batasPengisian: string }> | null;
  state: { dibukaSampai: string | null; dinilaiAt: string | null } | null;
  settings: unknown;
  /** The IKI when it is one of this SKP's, with the number of rencana aksi of its RHK in the period. */
  iki: { id: string; rhkId: string; targetNilai: number | null; rencana: number } | null;
  /** The IKI's stored realisasi in the period (null without an IKI or before the first save). */
  realisasi: RealisasiDto | null;
}

function build(exec: Executor) {
  return exec
    .select({
      s: skp,
      unitPath: sql<string | null>`(select u.path from unit_organisasi u
        where u.instansi_id = "skp"."instansi_id" and u.id = "skp"."unit_id")`,
      orgVersion: sql<number>`(select i.version from instansi i where i.id = "skp"."instansi_id")`,
      periode: sql<KonteksIsiRow['periode']>`(select pk.periode from periode_kinerja pk
        where pk.instansi_id = "skp"."instansi_id" and pk.id = "skp"."periode_id")`,
      state: sql<KonteksIsiRow['state']>`(select json_build_object('dibukaSampai', ${iso('sp.dibuka_sampai')},
          'dinilaiAt', ${iso('sp.dinilai_at')})
        from skp_periode sp where sp.instansi_id = "skp"."instansi_id" and sp.skp_id = "skp"."id"
          and sp.periode_kode = ${KODE})`,
      settings: sql<unknown>`(select pi.settings from pengaturan_instansi pi where pi.instansi_id = "skp"."instansi_id")`,
      iki: sql<KonteksIsiRow['iki']>`(select json_build_object('id', k.id, 'rhkId', k.rhk_id,
          'targetNilai', k.target_nilai::float8,
          'rencana', (select count(*) from rencana_aksi ra where ra.instansi_id = k.instansi_id
            and ra.skp_id = "skp"."id" and ra.rhk_id = k.rhk_id and ra.periode_kode = ${KODE}))
        from iki k join rhk r on r.instansi_id = k.instansi_id and r.id = k.rhk_id
        where k.instansi_id = "skp"."instansi_id" and k.id = ${IKI} and r.skp_id = "skp"."id")`,
      realisasi: sql<KonteksIsiRow['realisasi']>`(select ${dtoOf('re')} from realisasi re
        where re.instansi_id = "skp"."instansi_id" and re.skp_id = "skp"."id" and re.iki_id = ${IKI}
          and re.periode_kode = ${KODE})`,
    })
    .from(skp)
    .where(and(eq(skp.instansiId, I), eq(skp.id, S)))
    .prepare('kinerja_realisasi_konteks');
}

const prepared = new WeakMap<object, ReturnType<typeof build>>();

/** Everything an entry write of the SKP × period checks (the IKI's part only with `ikiId`), or null. */
export async function bacaKonteksIsi(
  exec: Executor,
  p: { instansiId: string; skpId: string; kode: string; ikiId: string | null },
): Promise<KonteksIsiRow | null> {
  let q = prepared.get(exec);
  if (!q) {
    q = build(exec);
    prepared.set(exec, q);
  }
  const rows = await q.execute(p);
  return (rows[0] as KonteksIsiRow | undefined) ?? null;
}

export interface RealisasiWrite {
  instansiId: string;
  skpId: string;
  ikiId: string;
  kode: string;
  /** 0: the first save (insert; `id` is the new row's); otherwise the version read (update). */
  version: number;
  id: string;
  values: { nilai: string | null; teks: string | null; catatan: string | null };
  /** The audit entry (its `after` is the row written, with the SKP's id). */
  audit: AuditEntry;
}

export type RealisasiWritten =
  | { ok: true; row: RealisasiDto }
  | { ok: false; dinilai: boolean; currentVersion: number | null };

const dialect = new PgDialect();

/**
 * The save and its audit as one statement; `ok: false` when nothing was written, and why. It runs
 * as a named prepared statement on the pool (one per shape: first save, later save): every value
 * is a parameter, so the text is the same each time, and PostgreSQL parses and plans it once per
 * connection instead of on every save.
 */
export async function tulisRealisasi(pool: Pick<pg.Pool, 'query'>, w: RealisasiWrite): Promise<RealisasiWritten> {
  const { instansiId, skpId, ikiId, kode } = w;
  const v = w.values;
  // The period is rated once the evaluation sets `dinilai_at` (issue 11): from then on, nothing.
  const belumDinilai = sql`not exists (select 1 from skp_periode sp where sp.instansi_id = ${instansiId}
    and sp.skp_id = ${skpId} and sp.periode_kode = ${kode} and sp.dinilai_at is not null)`;
  const write: SQL =
    w.version === 0
      ? // The IKI must still be this SKP's (it may have been removed by a perubahan since the read).
        sql`insert into realisasi (id, instansi_id, skp_id, iki_id, periode_kode, nilai, teks, catatan)
          select ${w.id}::uuid, ${instansiId}::uuid, ${skpId}::uuid, ${ikiId}::uuid, ${kode}::text,
            ${v.nilai}::numeric, ${v.teks}::text, ${v.catatan}::text
          where ${belumDinilai} and exists (select 1 from iki k join rhk r on r.instansi_id = k.instansi_id
            and r.id = k.rhk_id where k.instansi_id = ${instansiId} and k.id = ${ikiId} and r.skp_id = ${skpId})
          on conflict (instansi_id, skp_id, iki_id, periode_kode) do nothing
          returning *`
      : sql`update realisasi set nilai = ${v.nilai}::numeric, teks = ${v.teks}::text, catatan = ${v.catatan}::text,
            version = version + 1, updated_at = now()
          where instansi_id = ${instansiId} and skp_id = ${skpId} and iki_id = ${ikiId} and periode_kode = ${kode}
            and version = ${w.version} and ${belumDinilai}
          returning *`;
  const audit = auditInsertFrom(w.audit, {
    after: sql`d.dto || jsonb_build_object('skpId', ${skpId}::text)`,
    from: sql`d`,
  });
  // Every part sees the snapshot from before the write: `current` is the version a refused save
  // met, `dinilai` whether the period was rated (the reason it was refused).
  const q = dialect.sqlToQuery(sql`with w as (${write}),
      d as (select ${dtoOf('w')} as dto from w),
      a as (${audit})
    select (select dto from d) as row, not ${belumDinilai} as dinilai,
      (select version from realisasi where instansi_id = ${instansiId} and skp_id = ${skpId}
        and iki_id = ${ikiId} and periode_kode = ${kode}) as current`);
  const res = await pool.query<{ row: RealisasiDto | null; dinilai: boolean; current: number | null }>({
    name: w.version === 0 ? 'kinerja_realisasi_isi' : 'kinerja_realisasi_ubah',
    text: q.sql,
    values: q.params as unknown[],
  });
  const r = res.rows[0];
  if (r?.row) return { ok: true, row: r.row };
  return { ok: false, dinilai: !!r?.dinilai, currentVersion: r?.current ?? null };
}
