/**
 * The only SQL of Home (beranda): everything the page shows for one caller in ONE statement — their
 * own SKP of the year and its deadline, the SKPs waiting for them as appraiser, unread
 * notifications and, for administrators, their recent jobs. The administrators' completion figure
 * is not here: it comes from the monitoring pengisian snapshot (monitoring/pengisian-cache.ts), so
 * Home and the monitoring page show the same numbers without a tenant-wide aggregate per visit.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/tx.ts';

export interface BerandaQuery {
  instansiId: string;
  pegawaiId: string | null;
  akunId: string;
  tahun: number;
  tanggal: string;
  /** Pegawai the caller appraises today (from the cached hierarchy). */
  appraiseeIds: string[];
  /** Admin figures (their jobs): the whole tenant, some unit subtrees (materialised paths), or none. */
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
  jobs: Array<{ id: string; jenis: string; status: string; created_at: string }> | null;
  jobs_gagal: number | null;
}

function adminParts(q: BerandaQuery): { ctes: SQL; cols: SQL } {
  if (!q.adminScope) return { ctes: sql``, cols: sql`, null::json as jobs, null::int as jobs_gagal` };
  return {
    ctes: sql`,
    own_jobs as (
      select id, jenis, status, created_at from job
      where instansi_id = ${q.instansiId} and akun_id = ${q.akunId}
      order by created_at desc limit 5
    )`,
    cols: sql`,
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
