/** The only SQL of the evidence module. Every statement filters by the tenant. */
import { and, eq, sql } from 'drizzle-orm';
import { likeContains } from '../../db/like.ts';
import { berkas, bukti, buktiIki } from '../../db/schema-pelaksanaan.ts';
import type { Executor } from '../../db/tx.ts';

export type BuktiRow = typeof bukti.$inferSelect;
export type BerkasRow = typeof berkas.$inferSelect;

/** Files and bytes a pegawai uploaded since the start of today in Indonesia's western time (WIB). */
export async function uploadsToday(exec: Executor, instansiId: string, pegawaiId: string) {
  const r = await exec.execute<{ files: number; bytes: string }>(sql`
    select count(*)::int as files, coalesce(sum(k.ukuran), 0)::text as bytes
      from bukti b join berkas k on k.instansi_id = b.instansi_id and k.id = b.berkas_id
     where b.instansi_id = ${instansiId} and b.pegawai_id = ${pegawaiId}
       and b.created_at >= (date_trunc('day', now() at time zone 'Asia/Jakarta') at time zone 'Asia/Jakarta')`);
  return { files: r.rows[0]?.files ?? 0, bytes: Number(r.rows[0]?.bytes ?? 0) };
}

/** Serialises the create-or-reuse of one content within a tenant (two uploads of the same bytes). */
export async function lockContent(exec: Executor, instansiId: string, sha256: string) {
  await exec.execute(sql`select pg_advisory_xact_lock(hashtext(${`berkas:${instansiId}:${sha256}`}))`);
}

export async function findBerkasBySha(exec: Executor, instansiId: string, sha256: string) {
  const rows = await exec
    .select()
    .from(berkas)
    .where(and(eq(berkas.instansiId, instansiId), eq(berkas.sha256, sha256)));
  return rows[0] ?? null;
}

export async function insertBerkas(exec: Executor, values: typeof berkas.$inferInsert) {
  const [row] = await exec.insert(berkas).values(values).returning();
  return row;
}

export async function insertBukti(exec: Executor, values: typeof bukti.$inferInsert) {
  const [row] = await exec.insert(bukti).values(values).returning();
  return row;
}

/** One bukti with its file's mime, size and key (null for a link). */
export async function getBukti(exec: Executor, instansiId: string, id: string) {
  const rows = await exec
    .select({ b: bukti, mime: berkas.mime, ukuran: berkas.ukuran, kunci: berkas.kunci })
    .from(bukti)
    .leftJoin(berkas, and(eq(berkas.instansiId, bukti.instansiId), eq(berkas.id, bukti.berkasId)))
    .where(and(eq(bukti.instansiId, instansiId), eq(bukti.id, id)));
  const r = rows[0];
  return r ? { ...r.b, mime: r.mime, ukuran: r.ukuran, kunci: r.kunci } : null;
}

/** The SKPs a bukti supports (for "may the caller read one of them"). */
export async function skpIdsOfBukti(exec: Executor, instansiId: string, buktiId: string) {
  const rows = await exec
    .selectDistinct({ skpId: buktiIki.skpId })
    .from(buktiIki)
    .where(and(eq(buktiIki.instansiId, instansiId), eq(buktiIki.buktiId, buktiId)));
  return rows.map((r) => r.skpId);
}

/** Marks the bukti seen by the appraiser on the given SKPs (first opening only). */
export async function markSeen(exec: Executor, instansiId: string, buktiId: string, skpIds: string[]) {
  if (!skpIds.length) return;
  await exec.execute(sql`
    update bukti_iki set dilihat_penilai_at = now()
     where instansi_id = ${instansiId} and bukti_id = ${buktiId} and dilihat_penilai_at is null
       and skp_id in (${sql.join(
         skpIds.map((id) => sql`${id}::uuid`),
         sql`, `,
       )})`);
}

const USAGE = sql`coalesce((
  select json_agg(json_build_object(
           'skpId', bi.skp_id, 'tahun', s.tahun, 'ikiId', bi.iki_id, 'indikator', i.indikator,
           'periodeKode', bi.periode_kode) order by s.tahun desc, bi.periode_kode, i.indikator)
    from bukti_iki bi
    join skp s on s.instansi_id = bi.instansi_id and s.id = bi.skp_id
    join iki i on i.instansi_id = bi.instansi_id and i.id = bi.iki_id
   where bi.instansi_id = b.instansi_id and bi.bukti_id = b.id), '[]'::json)`;

export type LibraryRow = {
  id: string;
  jenis: string;
  judul: string;
  deskripsi: string | null;
  tanggal: string;
  namaBerkas: string | null;
  url: string | null;
  mime: string | null;
  ukuran: number | null;
  createdAt: string;
  dipakai: { skpId: string; tahun: number; ikiId: string; indikator: string; periodeKode: string }[];
  total: number;
};

/** A page of a pegawai's library with where each item is used: one statement. */
export async function listLibrary(
  exec: Executor,
  instansiId: string,
  pegawaiId: string,
  q: { cari?: string; limit: number; offset: number },
) {
  const cari = q.cari?.trim() ? likeContains(q.cari.trim()) : null;
  const r = await exec.execute<LibraryRow>(sql`
    select b.id, b.jenis, b.judul, b.deskripsi, b.tanggal::text as tanggal, b.nama_berkas as "namaBerkas",
           b.url, k.mime, k.ukuran::float8 as ukuran, b.created_at as "createdAt",
           ${USAGE} as dipakai, count(*) over ()::int as total
      from bukti b
      left join berkas k on k.instansi_id = b.instansi_id and k.id = b.berkas_id
     where b.instansi_id = ${instansiId} and b.pegawai_id = ${pegawaiId}
       ${
         cari
           ? sql`and (b.judul ilike ${cari} or b.deskripsi ilike ${cari} or b.nama_berkas ilike ${cari} or b.url ilike ${cari})`
           : sql``
       }
     order by b.tanggal desc, b.created_at desc, b.id
     limit ${q.limit} offset ${q.offset}`);
  return r.rows;
}

/** The evidence of an SKP (optionally one IKI and/or period), with each link's seen mark. */
export async function listOfSkp(
  exec: Executor,
  instansiId: string,
  skpId: string,
  f: { ikiId?: string; periodeKode?: string },
) {
  const r = await exec.execute<{
    id: string;
    buktiId: string;
    ikiId: string;
    periodeKode: string;
    dilihatPenilaiAt: string | null;
    jenis: string;
    judul: string;
    deskripsi: string | null;
    tanggal: string;
    namaBerkas: string | null;
    url: string | null;
    mime: string | null;
    ukuran: number | null;
  }>(sql`
    select bi.id, bi.bukti_id as "buktiId", bi.iki_id as "ikiId", bi.periode_kode as "periodeKode",
           bi.dilihat_penilai_at as "dilihatPenilaiAt", b.jenis, b.judul, b.deskripsi, b.tanggal::text as tanggal,
           b.nama_berkas as "namaBerkas", b.url, k.mime, k.ukuran::float8 as ukuran
      from bukti_iki bi
      join bukti b on b.instansi_id = bi.instansi_id and b.id = bi.bukti_id
      left join berkas k on k.instansi_id = b.instansi_id and k.id = b.berkas_id
     where bi.instansi_id = ${instansiId} and bi.skp_id = ${skpId}
       ${f.ikiId ? sql`and bi.iki_id = ${f.ikiId}` : sql``}
       ${f.periodeKode ? sql`and bi.periode_kode = ${f.periodeKode}` : sql``}
     order by bi.periode_kode, b.tanggal desc, bi.created_at
     limit 1000`);
  return r.rows;
}

/** Whether the IKI belongs to the SKP (through its RHK). */
export async function ikiInSkp(exec: Executor, instansiId: string, skpId: string, ikiId: string) {
  const r = await exec.execute(sql`
    select 1 from iki i join rhk r on r.instansi_id = i.instansi_id and r.id = i.rhk_id
     where i.instansi_id = ${instansiId} and i.id = ${ikiId} and r.skp_id = ${skpId}`);
  return r.rows.length > 0;
}

/** The SKP's period entry (from its performance year) and that period's state. */
export async function periodeState(exec: Executor, instansiId: string, skpId: string, periodeKode: string) {
  const r = await exec.execute<{
    batasPengisian: string | null;
    dibukaSampai: string | null;
    dinilaiAt: string | null;
    found: boolean;
  }>(sql`
    select p.item->>'batasPengisian' as "batasPengisian", sp.dibuka_sampai as "dibukaSampai",
           sp.dinilai_at as "dinilaiAt", p.item is not null as found
      from skp s
      join periode_kinerja pk on pk.instansi_id = s.instansi_id and pk.id = s.periode_id
      left join lateral (
        select e as item from jsonb_array_elements(pk.periode) e where e->>'kode' = ${periodeKode} limit 1
      ) p on true
      left join skp_periode sp on sp.instansi_id = s.instansi_id and sp.skp_id = s.id and sp.periode_kode = ${periodeKode}
     where s.instansi_id = ${instansiId} and s.id = ${skpId}`);
  return r.rows[0] ?? null;
}

export async function attach(exec: Executor, v: typeof buktiIki.$inferInsert) {
  const rows = await exec.insert(buktiIki).values(v).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

export async function findAttachment(
  exec: Executor,
  instansiId: string,
  v: { buktiId: string; ikiId: string; periodeKode: string; skpId: string },
) {
  const rows = await exec
    .select()
    .from(buktiIki)
    .where(
      and(
        eq(buktiIki.instansiId, instansiId),
        eq(buktiIki.buktiId, v.buktiId),
        eq(buktiIki.ikiId, v.ikiId),
        eq(buktiIki.periodeKode, v.periodeKode),
        eq(buktiIki.skpId, v.skpId),
      ),
    );
  return rows[0] ?? null;
}

export async function detach(exec: Executor, instansiId: string, id: string) {
  await exec.delete(buktiIki).where(and(eq(buktiIki.instansiId, instansiId), eq(buktiIki.id, id)));
}

/** The rated periods this bukti supports (deleting it would change a rated record). */
export async function ratedUses(exec: Executor, instansiId: string, buktiId: string) {
  const r = await exec.execute<{ skpId: string; periodeKode: string }>(sql`
    select distinct bi.skp_id as "skpId", bi.periode_kode as "periodeKode"
      from bukti_iki bi
      join skp_periode sp on sp.instansi_id = bi.instansi_id and sp.skp_id = bi.skp_id
                         and sp.periode_kode = bi.periode_kode
     where bi.instansi_id = ${instansiId} and bi.bukti_id = ${buktiId} and sp.dinilai_at is not null`);
  return r.rows;
}

/**
 * Deletes a bukti, its attachments and the daily-progress references to it (the entries stay,
 * without their evidence); then its file row when no other bukti uses that content. Returns the
 * file key to remove from the store after the commit, or null when the content is still in use.
 */
export async function deleteBukti(exec: Executor, instansiId: string, b: BuktiRow): Promise<string | null> {
  await exec.execute(sql`delete from bukti_iki where instansi_id = ${instansiId} and bukti_id = ${b.id}`);
  await exec.execute(
    sql`update progres_harian set bukti_id = null where instansi_id = ${instansiId} and bukti_id = ${b.id}`,
  );
  await exec.delete(bukti).where(and(eq(bukti.instansiId, instansiId), eq(bukti.id, b.id)));
  if (!b.berkasId) return null;
  const r = await exec.execute<{ kunci: string }>(sql`
    delete from berkas k
     where k.instansi_id = ${instansiId} and k.id = ${b.berkasId}
       and not exists (select 1 from bukti o where o.instansi_id = k.instansi_id and o.berkas_id = k.id)
    returning k.kunci`);
  return r.rows[0]?.kunci ?? null;
}

/** Every stored file key of a tenant (the demo reset removes them after deleting its rows). */
export async function fileKeysOf(exec: Executor, instansiId: string) {
  const rows = await exec.select({ kunci: berkas.kunci }).from(berkas).where(eq(berkas.instansiId, instansiId));
  return rows.map((r) => r.kunci);
}
