/**
 * The SKP detail in one round trip (issue 9): the SKP row, what its authorisation needs (its
 * unit's path and the tenant's org version, which keys the cached hierarchy) and its content (RHK
 * with parent, PK indicator and IKI, ordered like `loadRhkTree`; the list of frozen versions).
 * Before, the same answer took six queries in three sequential steps, each holding a pool
 * connection; under load the pool, not PostgreSQL, was the limit.
 *
 * It is a prepared statement (drizzle `.prepare()` → a named node-postgres statement): built once
 * per database, parsed and planned once per connection, so a read costs neither drizzle's query
 * building nor PostgreSQL's parse. The content is read before the caller is authorised, in the same
 * query; a refused caller gets nothing of it (the service answers 404 first).
 *
 * SKP Bawahan (`getSkpBawahanRows`) is one prepared statement too: the summaries the page shows
 * and the org version that says whether the cached list of appraisees still holds.
 */
import { and, eq, sql } from 'drizzle-orm';
import { instansi } from '../../db/schema.ts';
import { skp } from '../../db/schema-skp.ts';
import type { Executor } from '../../db/tx.ts';
import type { SkpRow } from './skp.repository.ts';
import type { TSkpIsi } from './skp.schema.ts';

export interface SkpDetailRow {
  s: SkpRow;
  /** Path of the SKP's unit (null when it has none), for unit-admin scopes. */
  unitPath: string | null;
  /** The tenant's org version read in the same statement (see hierarchy.service.ts). */
  orgVersion: number;
  rhk: TSkpIsi['rhk'];
  versi: Array<{ revisi: number; ditetapkanAt: string }>;
}

// numeric columns as text (`::text`), like drizzle's numeric mapping; parent and PK only when
// they exist, with the same fallbacks as loadRhkTree.
const RHK_JSON = sql`coalesce((
  select json_agg(json_build_object(
    'id', r.id, 'jenis', r.jenis, 'urutan', r.urutan, 'teks', r.teks, 'sumber', r.sumber,
    'parentRhkId', r.parent_rhk_id,
    'parent', case when pr.id is not null and pr.skp_id is not null then json_build_object(
      'id', pr.id, 'teks', pr.teks, 'skpId', pr.skp_id,
      'pegawaiNama', coalesce(pp.nama, ''), 'skpStatus', coalesce(ps.status, '')) end,
    'pkIndikatorId', r.pk_indikator_id,
    'pkIndikator', case when pki.id is not null then json_build_object(
      'id', pki.id, 'indikator', pki.indikator, 'sasaran', coalesce(pks.sasaran, ''),
      'targetNilai', pki.target_nilai::text, 'satuan', pki.satuan, 'targetTeks', pki.target_teks) end,
    'cascading', r.cascading, 'perspektif', r.perspektif, 'penugasanDari', r.penugasan_dari,
    'perluTinjau', r.perlu_tinjau, 'catatan', r.catatan,
    'iki', coalesce((
      select json_agg(json_build_object(
        'id', k.id, 'urutan', k.urutan, 'aspek', k.aspek, 'indikator', k.indikator,
        'targetNilai', k.target_nilai::text, 'targetSatuan', k.target_satuan, 'targetTeks', k.target_teks)
        order by k.urutan)
      from iki k where k.instansi_id = r.instansi_id and k.rhk_id = r.id), '[]'::json)
  ) order by case when r.jenis = 'UTAMA' then 0 else 1 end, r.urutan)
  from rhk r
  left join rhk pr on pr.instansi_id = r.instansi_id and pr.id = r.parent_rhk_id
  left join skp ps on ps.instansi_id = r.instansi_id and ps.id = pr.skp_id
  left join pegawai pp on pp.id = ps.pegawai_id
  left join pk_indikator pki on pki.instansi_id = r.instansi_id and pki.id = r.pk_indikator_id
  left join pk_sasaran pks on pks.id = pki.sasaran_id
  where r.instansi_id = "skp"."instansi_id" and r.skp_id = "skp"."id"), '[]'::json)`;

const VERSI_JSON = sql`coalesce((
  select json_agg(json_build_object('revisi', v.revisi,
    'ditetapkanAt', to_char(v.ditetapkan_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) order by v.revisi)
  from skp_versi v where v.instansi_id = "skp"."instansi_id" and v.skp_id = "skp"."id"), '[]'::json)`;

function build(exec: Executor) {
  return exec
    .select({
      s: skp,
      unitPath: sql<
        string | null
      >`(select u.path from unit_organisasi u where u.instansi_id = "skp"."instansi_id" and u.id = "skp"."unit_id")`,
      orgVersion: sql<number>`(select i.version from instansi i where i.id = "skp"."instansi_id")`,
      rhk: sql<TSkpIsi['rhk']>`${RHK_JSON}`,
      versi: sql<SkpDetailRow['versi']>`${VERSI_JSON}`,
    })
    .from(skp)
    .where(and(eq(skp.instansiId, sql.placeholder('instansiId')), eq(skp.id, sql.placeholder('skpId'))))
    .prepare('kinerja_skp_detail');
}

const prepared = new WeakMap<object, ReturnType<typeof build>>();

/** One SKP with everything its detail needs, or null. */
export async function getSkpDetailRow(exec: Executor, instansiId: string, skpId: string): Promise<SkpDetailRow | null> {
  let q = prepared.get(exec);
  if (!q) {
    q = build(exec);
    prepared.set(exec, q);
  }
  const rows = await q.execute({ instansiId, skpId });
  return (rows[0] as SkpDetailRow | undefined) ?? null;
}

/** One SKP of SKP Bawahan: what the page shows and what "Tetapkan terpilih" sends back. */
export interface SkpBawahanRow {
  id: string;
  pegawaiId: string;
  status: string;
  version: number;
  jabatanNama: string;
  jumlahRhk: number;
}

function buildBawahan(exec: Executor) {
  return exec
    .select({
      orgVersion: instansi.version,
      rows: sql<SkpBawahanRow[]>`coalesce((
        select json_agg(json_build_object(
          'id', s.id, 'pegawaiId', s.pegawai_id, 'status', s.status, 'version', s.version,
          'jabatanNama', coalesce(s.snapshot->'jabatan'->>'nama', ''),
          'jumlahRhk', (select count(*) from rhk r where r.instansi_id = s.instansi_id and r.skp_id = s.id))
          order by s.mulai desc)
        from skp s
        where s.instansi_id = "instansi"."id" and s.pegawai_id = any(${sql.placeholder('ids')}::uuid[])
          and s.tahun = ${sql.placeholder('tahun')}
          and (${sql.placeholder('status')}::text is null or s.status = ${sql.placeholder('status')}::text)), '[]'::json)`,
    })
    .from(instansi)
    .where(eq(instansi.id, sql.placeholder('instansiId')))
    .prepare('kinerja_skp_bawahan');
}

const preparedBawahan = new WeakMap<object, ReturnType<typeof buildBawahan>>();

/**
 * SKP Bawahan in one round trip (issue 9): the SKPs of the given pegawai for a year, and the
 * tenant's org version read in the same statement, so the caller can check that the appraisees it
 * took from the cached hierarchy were those of this version. Null when the tenant does not exist.
 */
export async function getSkpBawahanRows(
  exec: Executor,
  instansiId: string,
  f: { pegawaiIds: string[]; tahun: number; status?: string },
): Promise<{ orgVersion: number; rows: SkpBawahanRow[] } | null> {
  let q = preparedBawahan.get(exec);
  if (!q) {
    q = buildBawahan(exec);
    preparedBawahan.set(exec, q);
  }
  const found = await q.execute({ instansiId, ids: f.pegawaiIds, tahun: f.tahun, status: f.status ?? null });
  return found[0] ?? null;
}
