/**
 * The only SQL of Home (beranda): everything the page shows for one caller in ONE statement — their
 * own SKP of the year and its deadline, the SKPs waiting for them as appraiser, unread
 * notifications and, for administrators, the SKP completion of their scope and their recent jobs.
 * Who counts in the completion figure is the monitoring pengisian's rule (active pegawai with a
 * definitive placement today in the scope; status of their latest open SKP of the year), so the two
 * pages agree. The scope and the latest SKPs are materialised and hash-joined once: inlined, PGlite
 * (no statistics after bulk loads) planned a nested loop that took seconds on the demo.
 */
import { type SQL, sql } from 'drizzle-orm';
import { likePrefix } from '../../db/like.ts';
import type { Executor } from '../../db/tx.ts';

export interface BerandaQuery {
  instansiId: string;
  pegawaiId: string | null;
  akunId: string;
  tahun: number;
  tanggal: string;
  /** Pegawai the caller appraises today (from the cached hierarchy). */
  appraiseeIds: string[];
  /** Admin figures: the whole tenant, some unit subtrees (materialised paths), or none. */
  adminScope: 'ALL' | string[] | null;
}

export interface BerandaRow {
  mine: {
    id: string;
    status: string;
    version: number;
    catatan_penilai: string | null;
    diajukan_at: string | null;
    penilai_nama: string | null;
  } | null;
  batas: string | null;
  menunggu: number;
  daftar: Array<{ id: string; nama: string; diajukan_at: string | null }>;
  notif: number;
  rekap: {
    total: number;
    belum_mulai: number;
    draft: number;
    diajukan: number;
    dikembalikan: number;
    ditetapkan: number;
  } | null;
  jobs: Array<{ id: string; jenis: string; status: string; created_at: string }> | null;
  jobs_gagal: number | null;
}

function adminParts(q: BerandaQuery): { ctes: SQL; cols: SQL } {
  if (!q.adminScope) {
    return { ctes: sql``, cols: sql`, null::json as rekap, null::json as jobs, null::int as jobs_gagal` };
  }
  const scope =
    q.adminScope === 'ALL'
      ? sql`true`
      : q.adminScope.length
        ? sql.join(
            q.adminScope.map((p) => sql`u.path like ${likePrefix(p)}`),
            sql` or `,
          )
        : sql`false`;
  return {
    ctes: sql`,
    members as materialized (
      select distinct pe.pegawai_id from penempatan pe
      join jabatan j on j.id = pe.jabatan_id
      join unit_organisasi u on u.id = j.unit_id
      join pegawai p on p.id = pe.pegawai_id
      where pe.instansi_id = ${q.instansiId} and pe.jenis = 'DEFINITIF'
        and pe.mulai <= ${q.tanggal}::date and (pe.selesai is null or pe.selesai >= ${q.tanggal}::date)
        and p.status = 'AKTIF' and (${scope})
    ),
    latest as materialized (
      select distinct on (s.pegawai_id) s.pegawai_id, s.status
      from skp s
      where s.instansi_id = ${q.instansiId} and s.tahun = ${q.tahun} and s.status <> 'DITUTUP'
      order by s.pegawai_id, s.mulai desc, s.created_at desc
    ),
    rekap as (
      select count(*)::int as total,
        count(*) filter (where l.status is null)::int as belum_mulai,
        count(*) filter (where l.status = 'DRAFT')::int as draft,
        count(*) filter (where l.status = 'DIAJUKAN')::int as diajukan,
        count(*) filter (where l.status = 'DIKEMBALIKAN')::int as dikembalikan,
        count(*) filter (where l.status = 'DITETAPKAN')::int as ditetapkan
      from members m left join latest l on l.pegawai_id = m.pegawai_id
    ),
    own_jobs as (
      select id, jenis, status, created_at from job
      where instansi_id = ${q.instansiId} and akun_id = ${q.akunId}
      order by created_at desc limit 5
    )`,
    cols: sql`,
      (select row_to_json(r) from rekap r) as rekap,
      (select coalesce(json_agg(j order by j.created_at desc), '[]'::json) from own_jobs j) as jobs,
      (select count(*)::int from job where instansi_id = ${q.instansiId} and akun_id = ${q.akunId}
         and status = 'FAILED' and created_at > now() - interval '7 days') as jobs_gagal`,
  };
}

export async function loadBeranda(exec: Executor, q: BerandaQuery): Promise<BerandaRow> {
  const admin = adminParts(q);
  const res = await exec.execute(sql`
    with mine as (
      select s.id, s.status, s.version, s.catatan_penilai, s.diajukan_at,
        s.snapshot -> 'penilai' ->> 'nama' as penilai_nama
      from skp s
      where s.instansi_id = ${q.instansiId} and s.pegawai_id = ${q.pegawaiId}::uuid and s.tahun = ${q.tahun}
        and s.status <> 'DITUTUP'
      order by s.mulai desc, s.created_at desc limit 1
    ),
    waiting as (
      select s.id, s.snapshot -> 'pegawai' ->> 'nama' as nama, s.diajukan_at
      from skp s
      where s.instansi_id = ${q.instansiId} and s.tahun = ${q.tahun} and s.status = 'DIAJUKAN'
        and s.pegawai_id = any(${sql.param(q.appraiseeIds)}::uuid[])
    )${admin.ctes}
    select
      (select row_to_json(m) from mine m) as mine,
      (select batas_penetapan_skp::text from periode_kinerja where instansi_id = ${q.instansiId} and tahun = ${q.tahun}) as batas,
      (select count(*)::int from waiting) as menunggu,
      (select coalesce(json_agg(w), '[]'::json) from (select * from waiting order by diajukan_at desc nulls last, nama limit 5) w) as daftar,
      (select count(*)::int from notifikasi where instansi_id = ${q.instansiId} and pegawai_id = ${q.pegawaiId}::uuid
         and dibaca_at is null) as notif
      ${admin.cols}`);
  return res.rows[0] as unknown as BerandaRow;
}
