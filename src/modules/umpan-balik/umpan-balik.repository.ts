/** The only SQL of continuous feedback. */
import { sql } from 'drizzle-orm';
import { umpanBalik } from '../../db/schema-pelaksanaan.ts';
import type { Executor } from '../../db/tx.ts';
import type { TEntri, TUmpanBalikQuery, TUtas } from './umpan-balik.schema.ts';

type Row = Record<string, unknown>;

const iso = (v: unknown) => new Date(v as string).toISOString();

function entri(r: Row): TEntri {
  return {
    id: r.id as string,
    createdAt: iso(r.createdAt ?? r.created_at),
    penulisPegawaiId: (r.penulisPegawaiId ?? r.penulis_pegawai_id) as string,
    penulisNama: ((r.penulisNama ?? r.penulis_nama) as string | null) ?? '',
    peranPenulis: (r.peranPenulis ?? r.peran_penulis) as TEntri['peranPenulis'],
    teks: r.teks as string,
  };
}

/**
 * The threads of an SKP (newest first) with their replies (oldest first), in one statement. Filters
 * narrow to one RHK, IKI, value or period; `dari`/`sampai` (dates) keep, for the evaluation form,
 * threads of the period or without one written inside it.
 */
export async function findUtas(
  exec: Executor,
  instansiId: string,
  skpId: string,
  f: TUmpanBalikQuery & { dari?: string; sampai?: string },
): Promise<TUtas[]> {
  const conds = [sql`r.instansi_id = ${instansiId}`, sql`r.skp_id = ${skpId}`, sql`r.induk_id is null`];
  if (f.sasaran) conds.push(sql`r.sasaran = ${f.sasaran}`);
  if (f.rhkId) conds.push(sql`r.rhk_id = ${f.rhkId}`);
  if (f.ikiId) conds.push(sql`r.iki_id = ${f.ikiId}`);
  if (f.perilakuKode) conds.push(sql`r.perilaku_kode = ${f.perilakuKode}`);
  if (f.periodeKode && f.dari && f.sampai)
    conds.push(
      sql`(r.periode_kode = ${f.periodeKode} or (r.periode_kode is null and r.created_at::date between ${f.dari}::date and ${f.sampai}::date))`,
    );
  else if (f.periodeKode) conds.push(sql`r.periode_kode = ${f.periodeKode}`);
  const res = await exec.execute(sql`
    select r.id, r.created_at, r.penulis_pegawai_id, p.nama as penulis_nama, r.peran_penulis, r.teks,
           r.sasaran, r.rhk_id, r.iki_id, r.perilaku_kode, r.periode_kode,
           coalesce((
             select json_agg(json_build_object(
                      'id', b.id, 'createdAt', b.created_at, 'penulisPegawaiId', b.penulis_pegawai_id,
                      'penulisNama', pb.nama, 'peranPenulis', b.peran_penulis, 'teks', b.teks)
                    order by b.created_at, b.id)
             from umpan_balik b left join pegawai pb on pb.id = b.penulis_pegawai_id
             where b.instansi_id = r.instansi_id and b.induk_id = r.id), '[]'::json) as balasan
    from umpan_balik r left join pegawai p on p.id = r.penulis_pegawai_id
    where ${sql.join(conds, sql` and `)}
    order by r.created_at desc, r.id`);
  return (res.rows as Row[]).map((r) => {
    const balasan = (r.balasan as Row[]).map(entri);
    const last = balasan.at(-1)?.peranPenulis ?? (r.peran_penulis as TEntri['peranPenulis']);
    return {
      ...entri(r),
      sasaran: r.sasaran as TUtas['sasaran'],
      rhkId: (r.rhk_id as string | null) ?? null,
      ikiId: (r.iki_id as string | null) ?? null,
      perilakuKode: (r.perilaku_kode as string | null) ?? null,
      periodeKode: (r.periode_kode as string | null) ?? null,
      balasan,
      menungguPenilai: last === 'PEGAWAI',
    };
  });
}

/** The RHK of the SKP (and the IKI of that RHK when given): its text, or null when it is not there. */
export async function findRhkLabel(
  exec: Executor,
  instansiId: string,
  skpId: string,
  rhkId: string,
  ikiId: string | null,
): Promise<{ teks: string; ikiOk: boolean } | null> {
  const res = await exec.execute(sql`
    select r.teks,
           (${ikiId}::uuid is null or exists (
              select 1 from iki i where i.instansi_id = r.instansi_id and i.rhk_id = r.id and i.id = ${ikiId}::uuid)) as iki_ok
    from rhk r where r.instansi_id = ${instansiId} and r.skp_id = ${skpId} and r.id = ${rhkId}`);
  const row = res.rows[0] as Row | undefined;
  return row ? { teks: row.teks as string, ikiOk: row.iki_ok as boolean } : null;
}

/** A root entry of the SKP, with the distinct writers of its thread. */
export async function findRoot(exec: Executor, instansiId: string, skpId: string, id: string) {
  const res = await exec.execute(sql`
    select r.id, r.sasaran, r.rhk_id, r.iki_id, r.perilaku_kode, r.periode_kode, rh.teks as rhk_teks,
           array(select distinct x.penulis_pegawai_id::text from umpan_balik x
                 where x.instansi_id = r.instansi_id and (x.id = r.id or x.induk_id = r.id)) as penulis
    from umpan_balik r left join rhk rh on rh.instansi_id = r.instansi_id and rh.id = r.rhk_id
    where r.instansi_id = ${instansiId} and r.skp_id = ${skpId} and r.id = ${id} and r.induk_id is null`);
  const r = res.rows[0] as Row | undefined;
  if (!r) return null;
  return {
    id: r.id as string,
    sasaran: r.sasaran as 'RHK' | 'PERILAKU',
    rhkId: (r.rhk_id as string | null) ?? null,
    ikiId: (r.iki_id as string | null) ?? null,
    perilakuKode: (r.perilaku_kode as string | null) ?? null,
    periodeKode: (r.periode_kode as string | null) ?? null,
    rhkTeks: (r.rhk_teks as string | null) ?? null,
    penulis: r.penulis as string[],
  };
}

export async function insertEntri(exec: Executor, values: typeof umpanBalik.$inferInsert) {
  const [row] = await exec.insert(umpanBalik).values(values).returning();
  return row;
}

export async function namaPegawai(exec: Executor, instansiId: string, pegawaiId: string): Promise<string> {
  const res = await exec.execute(sql`select nama from pegawai where instansi_id = ${instansiId} and id = ${pegawaiId}`);
  return ((res.rows[0] as Row | undefined)?.nama as string) ?? '';
}
