/**
 * The only SQL of 360° input. Answers carry neither a respondent nor a time (schema), and every answer
 * rewrites the request's answers in a random order with fresh random ids, so not even the table's
 * physical order or row ids follow the order of answering.
 */
import { sql } from 'drizzle-orm';
import { likeContains, likePrefix } from '../../db/like.ts';
import { masukan360, masukan360Responden } from '../../db/schema-pelaksanaan.ts';
import type { Executor } from '../../db/tx.ts';

type Row = Record<string, unknown>;

/** Pegawai of the tenant by name or NIP, with their definitive position today (the picker). */
export async function findCalon(exec: Executor, instansiId: string, q: string, hariIni: string) {
  const res = await exec.execute(sql`
    select p.id, p.nama, p.nip, j.nama as jabatan_nama, u.nama as unit_nama
    from pegawai p
    left join lateral (
      select pe.jabatan_id from penempatan pe
      where pe.instansi_id = p.instansi_id and pe.pegawai_id = p.id and pe.jenis = 'DEFINITIF'
        and pe.mulai <= ${hariIni}::date and (pe.selesai is null or pe.selesai >= ${hariIni}::date)
      order by pe.mulai desc limit 1) pl on true
    left join jabatan j on j.id = pl.jabatan_id
    left join unit_organisasi u on u.id = j.unit_id
    where p.instansi_id = ${instansiId} and p.status = 'AKTIF'
      and (p.nama ilike ${likeContains(q)} or p.nip like ${likePrefix(q)})
    order by p.nama, p.id limit 20`);
  return (res.rows as Row[]).map((r) => ({
    id: r.id as string,
    nama: r.nama as string,
    nip: r.nip as string,
    jabatanNama: (r.jabatan_nama as string | null) ?? null,
    unitNama: (r.unit_nama as string | null) ?? null,
  }));
}

/** How many of the given ids are active pegawai of the tenant. */
export async function countPegawai(exec: Executor, instansiId: string, ids: string[]): Promise<number> {
  const res = await exec.execute(sql`
    select count(*)::int as n from pegawai
    where instansi_id = ${instansiId} and status = 'AKTIF' and id = any(${`{${ids.join(',')}}`}::uuid[])`);
  return Number((res.rows[0] as Row).n);
}

export async function existsForPeriode(exec: Executor, instansiId: string, skpId: string, periodeKode: string | null) {
  const res = await exec.execute(sql`
    select 1 from masukan_360 where instansi_id = ${instansiId} and skp_id = ${skpId}
      and periode_kode is not distinct from ${periodeKode}::text limit 1`);
  return res.rows.length > 0;
}

export async function insertPermintaan(
  exec: Executor,
  values: typeof masukan360.$inferInsert,
  responden: Array<{ pegawaiId: string; hubungan: string }>,
) {
  const [row] = await exec.insert(masukan360).values(values).returning();
  await exec
    .insert(masukan360Responden)
    .values(responden.map((r) => ({ instansiId: values.instansiId, masukanId: row.id, ...r })));
  return row;
}

/**
 * The requests of an SKP with who was asked (names only) and the counts, plus the answers' scores and
 * comments in one statement. The answers leave the repository only to be aggregated by the service.
 */
export async function findPermintaan(exec: Executor, instansiId: string, skpId: string) {
  const res = await exec.execute(sql`
    select m.id, m.periode_kode, m.batas::text as batas, m.status, m.minimum_jawaban, m.created_at, m.skp_id, m.pegawai_id,
           coalesce(d.nama, '') as diminta_oleh_nama,
           coalesce((select json_agg(json_build_object('nama', p.nama, 'hubungan', r.hubungan) order by p.nama, r.id)
                     from masukan_360_responden r join pegawai p on p.id = r.pegawai_id
                     where r.instansi_id = m.instansi_id and r.masukan_id = m.id), '[]'::json) as responden,
           coalesce((select json_agg(json_build_object('skor', j.skor, 'komentar', j.komentar))
                     from masukan_360_jawaban j where j.instansi_id = m.instansi_id and j.masukan_id = m.id), '[]'::json)
             as jawaban
    from masukan_360 m left join pegawai d on d.id = m.diminta_oleh
    where m.instansi_id = ${instansiId} and m.skp_id = ${skpId}
    order by m.created_at desc, m.id`);
  return (res.rows as Row[]).map((r) => ({
    id: r.id as string,
    periodeKode: (r.periode_kode as string | null) ?? null,
    batas: (r.batas as string | null) ?? null,
    status: r.status as string,
    minimumJawaban: Number(r.minimum_jawaban),
    createdAt: new Date(r.created_at as string).toISOString(),
    dimintaOlehNama: r.diminta_oleh_nama as string,
    responden: r.responden as Array<{ nama: string; hubungan: 'PEER' | 'BAWAHAN' | 'LAINNYA' }>,
    jawaban: r.jawaban as Array<{ skor: Record<string, number>; komentar: string | null }>,
  }));
}

export async function getPermintaan(exec: Executor, instansiId: string, id: string) {
  const res = await exec.execute(sql`
    select m.id, m.skp_id, m.pegawai_id, m.diminta_oleh, m.status, m.batas::text as batas, m.minimum_jawaban
    from masukan_360 m where m.instansi_id = ${instansiId} and m.id = ${id}`);
  const r = res.rows[0] as Row | undefined;
  return r
    ? {
        id: r.id as string,
        skpId: r.skp_id as string,
        pegawaiId: r.pegawai_id as string,
        dimintaOleh: r.diminta_oleh as string,
        status: r.status as string,
        batas: (r.batas as string | null) ?? null,
        minimumJawaban: Number(r.minimum_jawaban),
      }
    : null;
}

export async function tutup(exec: Executor, instansiId: string, id: string) {
  await exec.execute(sql`update masukan_360 set status = 'DITUTUP' where instansi_id = ${instansiId} and id = ${id}`);
}

/** Open requests the pegawai was asked and has not answered yet. */
export async function findTugas(exec: Executor, instansiId: string, pegawaiId: string, hariIni: string) {
  const res = await exec.execute(sql`
    select m.id, s.nama as pegawai_nama, m.periode_kode, m.batas::text as batas, r.hubungan,
           (select j.nama from penempatan pe join jabatan j on j.id = pe.jabatan_id
             where pe.instansi_id = m.instansi_id and pe.pegawai_id = m.pegawai_id and pe.jenis = 'DEFINITIF'
               and pe.mulai <= ${hariIni}::date and (pe.selesai is null or pe.selesai >= ${hariIni}::date)
             order by pe.mulai desc limit 1) as jabatan_nama
    from masukan_360_responden r
    join masukan_360 m on m.instansi_id = r.instansi_id and m.id = r.masukan_id
    join pegawai s on s.id = m.pegawai_id
    where r.instansi_id = ${instansiId} and r.pegawai_id = ${pegawaiId} and not r.sudah_menjawab
      and m.status = 'TERBUKA' and (m.batas is null or m.batas >= ${hariIni}::date)
    order by m.batas nulls last, m.created_at`);
  return (res.rows as Row[]).map((r) => ({
    id: r.id as string,
    pegawaiNama: r.pegawai_nama as string,
    jabatanNama: (r.jabatan_nama as string | null) ?? null,
    periodeKode: (r.periode_kode as string | null) ?? null,
    batas: (r.batas as string | null) ?? null,
    hubungan: r.hubungan as 'PEER' | 'BAWAHAN' | 'LAINNYA',
  }));
}

/**
 * Marks the respondent as having answered, only if they had not (so a double submit, even two at
 * once, stores one answer). Returns whether this call did it, or null when they were not asked.
 */
export async function tandaiMenjawab(exec: Executor, instansiId: string, masukanId: string, pegawaiId: string) {
  const res = await exec.execute(sql`
    with asked as (
      select id, sudah_menjawab from masukan_360_responden
      where instansi_id = ${instansiId} and masukan_id = ${masukanId} and pegawai_id = ${pegawaiId} for update),
    upd as (
      update masukan_360_responden r set sudah_menjawab = true from asked
      where r.id = asked.id and not asked.sudah_menjawab returning r.id)
    select (select count(*) from asked)::int as asked, (select count(*) from upd)::int as updated`);
  const r = res.rows[0] as Row;
  if (!Number(r.asked)) return null;
  return Number(r.updated) > 0;
}

/**
 * Adds one answer and rewrites all the request's answers in a random order with new random ids: the
 * newest is then indistinguishable from the others by id, position or transaction.
 */
export async function simpanJawaban(
  exec: Executor,
  instansiId: string,
  masukanId: string,
  skor: Record<string, number>,
  komentar: string | null,
) {
  await exec.execute(sql`
    with baru as (
      select ${instansiId}::uuid as instansi_id, ${masukanId}::uuid as masukan_id,
             ${JSON.stringify(skor)}::jsonb as skor, ${komentar}::text as komentar
    ), lama as (
      delete from masukan_360_jawaban where instansi_id = ${instansiId} and masukan_id = ${masukanId}
      returning instansi_id, masukan_id, skor, komentar
    )
    insert into masukan_360_jawaban (instansi_id, masukan_id, skor, komentar)
    select instansi_id, masukan_id, skor, komentar from (
      select * from lama union all select * from baru) semua
    order by random()`);
}
