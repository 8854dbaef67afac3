/**
 * The only SQL of the documents module: the content of SKPs for printing (in batches: three
 * set-based queries for any number of SKPs), the list of SKPs of a unit subtree, and the rows of
 * the bulk-document jobs.
 */
import { sql } from 'drizzle-orm';
import { likePrefix } from '../../db/like.ts';
import type { Executor } from '../../db/tx.ts';

export interface SkpDokumenRow {
  id: string;
  pegawaiId: string;
  status: string;
  revisi: number;
  jenisForm: string;
  pendekatan: string;
  tahun: number;
  mulai: string;
  selesai: string;
  snapshot: Record<string, unknown>;
  perilaku: Record<string, string | null> | null;
  lampiran: Record<string, unknown> | null;
  ditandatanganiAt: Date | string | null;
  ditetapkanAt: Date | string | null;
  ditetapkanOlehNama: string | null;
  instansiNama: string;
  jabatanPimpinan: string;
  namaPimpinan: string | null;
  pegawaiGelarDepan: string | null;
  pegawaiGelarBelakang: string | null;
  pegawaiGolongan: string | null;
  penilaiGelarDepan: string | null;
  penilaiGelarBelakang: string | null;
  penilaiGolongan: string | null;
  penilaiUnitNama: string | null;
}

/**
 * SKP rows with what the form needs besides the snapshot: the instansi, the titles (gelar) and
 * golongan of the pegawai and the appraiser, and the appraiser's unit (of the placement in the
 * position named in the snapshot, else their definitive one, on the day the SKP was set or today).
 */
export async function loadSkpDokumenRows(exec: Executor, instansiId: string, ids: string[]): Promise<SkpDokumenRow[]> {
  if (!ids.length) return [];
  const res = await exec.execute(sql`
    select s.id, s.pegawai_id as "pegawaiId", s.status, s.revisi, s.jenis_form as "jenisForm", s.pendekatan, s.tahun,
      s.mulai, s.selesai, s.snapshot, s.perilaku, s.lampiran, s.ditandatangani_at as "ditandatanganiAt",
      s.ditetapkan_at as "ditetapkanAt", s.ditetapkan_oleh_nama as "ditetapkanOlehNama",
      i.nama as "instansiNama", i.jabatan_pimpinan as "jabatanPimpinan", i.nama_pimpinan as "namaPimpinan",
      p.gelar_depan as "pegawaiGelarDepan", p.gelar_belakang as "pegawaiGelarBelakang", p.golongan as "pegawaiGolongan",
      pn.gelar_depan as "penilaiGelarDepan", pn.gelar_belakang as "penilaiGelarBelakang", pn.golongan as "penilaiGolongan",
      pu.nama as "penilaiUnitNama"
    from skp s
    join instansi i on i.id = s.instansi_id
    left join pegawai p on p.id = s.pegawai_id
    left join pegawai pn on pn.instansi_id = s.instansi_id
      and pn.id = coalesce(s.penilai_pegawai_id, (case when (s.snapshot -> 'penilai' ->> 'pegawaiId') ~ '^[0-9a-f-]{36}$'
                                                       then (s.snapshot -> 'penilai' ->> 'pegawaiId')::uuid end))
    left join lateral (
      select u.nama from penempatan pe
      join jabatan j on j.id = pe.jabatan_id
      join unit_organisasi u on u.id = j.unit_id
      where pe.instansi_id = s.instansi_id and pe.pegawai_id = pn.id
        and pe.mulai <= coalesce(s.ditetapkan_at::date, current_date)
        and (pe.selesai is null or pe.selesai >= coalesce(s.ditetapkan_at::date, current_date))
      order by (j.nama = (s.snapshot -> 'penilai' ->> 'jabatanNama')) desc nulls last,
               case pe.jenis when 'DEFINITIF' then 0 when 'PLT' then 1 else 2 end, pe.mulai desc
      limit 1) pu on true
    where s.instansi_id = ${instansiId} and s.id = any(${sql.param(ids)}::uuid[])`);
  return res.rows as unknown as SkpDokumenRow[];
}

export interface RhkDokumenRow {
  id: string;
  skpId: string;
  jenis: string;
  urutan: number;
  teks: string;
  sumber: string;
  perspektif: string | null;
  penugasanDari: string | null;
  parentTeks: string | null;
  parentPemilik: string | null;
  /** The intervened RHK's IKI when the leader's SKP is on the JPT form, else null. */
  parentIki: Array<{
    aspek: string;
    indikator: string;
    targetNilai: string | null;
    targetSatuan: string | null;
    targetTeks: string | null;
  }> | null;
  pkSasaran: string | null;
  pkIndikator: string | null;
  pkTargetNilai: string | null;
  pkSatuan: string | null;
  pkTargetTeks: string | null;
}

/**
 * RHK of many SKPs with the intervened RHK (text and owner; its IKI when the leader's SKP is on the
 * JPT form, which the form prints with it) and the PK indicator they carry out.
 */
export async function loadRhkDokumen(exec: Executor, instansiId: string, skpIds: string[]): Promise<RhkDokumenRow[]> {
  if (!skpIds.length) return [];
  const res = await exec.execute(sql`
    select r.id, r.skp_id as "skpId", r.jenis, r.urutan, r.teks, r.sumber, r.perspektif, r.penugasan_dari as "penugasanDari",
      par.teks as "parentTeks",
      nullif(concat_ws(' ', pp.gelar_depan, pp.nama) || coalesce(', ' || pp.gelar_belakang, ''), '') as "parentPemilik",
      case when ps.jenis_form = 'JPT' then (
        select coalesce(json_agg(json_build_object('aspek', k.aspek, 'indikator', k.indikator,
            'targetNilai', k.target_nilai::text, 'targetSatuan', k.target_satuan, 'targetTeks', k.target_teks)
            order by k.urutan), '[]'::json)
        from iki k where k.instansi_id = r.instansi_id and k.rhk_id = par.id) end as "parentIki",
      sa.sasaran as "pkSasaran", pi.indikator as "pkIndikator", pi.target_nilai::text as "pkTargetNilai", pi.satuan as "pkSatuan",
      pi.target_teks as "pkTargetTeks"
    from rhk r
    left join rhk par on par.instansi_id = r.instansi_id and par.id = r.parent_rhk_id
    left join skp ps on ps.id = par.skp_id
    left join pegawai pp on pp.id = ps.pegawai_id
    left join pk_indikator pi on pi.instansi_id = r.instansi_id and pi.id = r.pk_indikator_id
    left join pk_sasaran sa on sa.id = pi.sasaran_id
    where r.instansi_id = ${instansiId} and r.skp_id = any(${sql.param(skpIds)}::uuid[])`);
  return res.rows as unknown as RhkDokumenRow[];
}

export interface IkiDokumenRow {
  rhkId: string;
  urutan: number;
  aspek: string;
  indikator: string;
  targetNilai: string | null;
  targetSatuan: string | null;
  targetTeks: string | null;
}

export async function loadIkiDokumen(exec: Executor, instansiId: string, skpIds: string[]): Promise<IkiDokumenRow[]> {
  if (!skpIds.length) return [];
  const res = await exec.execute(sql`
    select k.rhk_id as "rhkId", k.urutan, k.aspek, k.indikator, k.target_nilai::text as "targetNilai",
      k.target_satuan as "targetSatuan", k.target_teks as "targetTeks"
    from iki k join rhk r on r.id = k.rhk_id
    where r.instansi_id = ${instansiId} and k.instansi_id = ${instansiId} and r.skp_id = any(${sql.param(skpIds)}::uuid[])
    order by k.rhk_id, k.urutan`);
  return res.rows as unknown as IkiDokumenRow[];
}

export interface SkpDaftarRow {
  id: string;
  nip: string;
  nama: string;
  mulai: string;
  status: string;
}

/** Every SKP of a year whose unit (at creation) lies in the subtree, in unit then name order. */
export async function listSkpOfSubtree(
  exec: Executor,
  instansiId: string,
  path: string,
  tahun: number,
): Promise<SkpDaftarRow[]> {
  const res = await exec.execute(sql`
    select s.id, p.nip, p.nama, s.mulai, s.status
    from skp s
    join unit_organisasi u on u.id = s.unit_id
    join pegawai p on p.id = s.pegawai_id
    where s.instansi_id = ${instansiId} and s.tahun = ${tahun} and u.instansi_id = ${instansiId} and u.path like ${likePrefix(path)}
    order by u.path, p.nama, p.nip, s.mulai`);
  return res.rows as unknown as SkpDaftarRow[];
}

// ---- jobs --------------------------------------------------------------------------------------

export interface JobRow {
  id: string;
  instansiId: string;
  akunId: string | null;
  jenis: string;
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  total: number;
  processed: number;
  phase: string | null;
  result: Record<string, unknown> | null;
  createdAt: string;
  finishedAt: string | null;
}

export async function insertJob(
  exec: Executor,
  job: {
    id: string;
    instansiId: string;
    akunId: string;
    jenis: string;
    total: number;
    result: Record<string, unknown>;
    /** The process that will run it (jobs.liveness.ts). */
    owner: string;
  },
): Promise<void> {
  await exec.execute(sql`
    insert into job (id, instansi_id, akun_id, jenis, status, total, processed, phase, result, owner, heartbeat_at)
    values (${job.id}, ${job.instansiId}, ${job.akunId}, ${job.jenis}, 'QUEUED', ${job.total}, 0, 'antre',
            ${JSON.stringify(job.result)}::jsonb, ${job.owner}, now())`);
}

export async function updateJobProgress(
  exec: Executor,
  id: string,
  p: { processed: number; phase: string },
): Promise<void> {
  await exec.execute(sql`
    update job set status = 'RUNNING', processed = ${p.processed}, phase = ${p.phase}, heartbeat_at = now()
    where id = ${id} and status in ('QUEUED', 'RUNNING')`);
}

export async function finishJob(
  exec: Executor,
  id: string,
  status: 'SUCCEEDED' | 'FAILED',
  processed: number,
  result: Record<string, unknown>,
): Promise<void> {
  await exec.execute(sql`
    update job set status = ${status}, processed = ${processed}, phase = 'selesai', finished_at = now(),
      result = coalesce(result, '{}'::jsonb) || ${JSON.stringify(result)}::jsonb
    where id = ${id}`);
}

export async function getJob(exec: Executor, instansiId: string, id: string, jenis: string): Promise<JobRow | null> {
  const res = await exec.execute(sql`
    select id, instansi_id as "instansiId", akun_id as "akunId", jenis, status, total, processed, phase, result,
      created_at as "createdAt", finished_at as "finishedAt"
    from job where instansi_id = ${instansiId} and id = ${id} and jenis = ${jenis}`);
  const row = res.rows[0] as
    | (Omit<JobRow, 'createdAt' | 'finishedAt'> & { createdAt: unknown; finishedAt: unknown })
    | undefined;
  if (!row) return null;
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v ? String(v) : null);
  return { ...row, createdAt: iso(row.createdAt) as string, finishedAt: iso(row.finishedAt) };
}

/** Finished jobs of a kind older than the cutoff whose file is still stored (for retention). */
export async function listExpiredJobFiles(
  exec: Executor,
  jenis: string,
  before: Date,
): Promise<Array<{ id: string; fileKey: string }>> {
  const res = await exec.execute(sql`
    select id, result ->> 'fileKey' as "fileKey" from job
    where jenis = ${jenis} and finished_at < ${before.toISOString()}::timestamptz
      and result ->> 'fileKey' is not null and coalesce((result ->> 'dihapus')::boolean, false) = false
    limit 500`);
  return res.rows as unknown as Array<{ id: string; fileKey: string }>;
}

export async function markJobFileDeleted(exec: Executor, id: string): Promise<void> {
  await exec.execute(sql`update job set result = result || '{"dihapus": true}'::jsonb where id = ${id}`);
}
