/**
 * The only SQL of the planning module: periods, Perjanjian Kinerja, SKP, RHK, IKI and versions.
 * Reads of an SKP are set-based (one query for the RHK of any number of SKPs with their parent and
 * PK indicator, one for all their IKI). Writes run inside the caller's transaction; every content
 * change of an SKP goes through `bumpSkp`, an `UPDATE … WHERE version = $v` that refuses stale writes.
 */
import { and, asc, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { jabatan, pegawai, penempatan, unitOrganisasi } from '../../db/schema.ts';
import { buktiIki, realisasi, rencanaAksi } from '../../db/schema-pelaksanaan.ts';
import { iki, pkIndikator, pkSasaran, rhk, skp, skpVersi } from '../../db/schema-skp.ts';
import type { Executor } from '../../db/tx.ts';
import { cocokkanIki } from '../../domain/pelaksanaan/iki-cocok.ts';

export * from './pk.repository.ts';

export type SkpRow = typeof skp.$inferSelect;
export type RhkRow = typeof rhk.$inferSelect;
export type IkiRow = typeof iki.$inferSelect;
export type SkpSummary = Awaited<ReturnType<typeof listSkpSummaries>>[number];

// ── Organisation reads used by planning ────────────────────────────────────────────────────────
export async function getPegawaiBasics(exec: Executor, instansiId: string, ids: string[]) {
  if (!ids.length) return [];
  return exec
    .select({ id: pegawai.id, nama: pegawai.nama, nip: pegawai.nip, golongan: pegawai.golongan })
    .from(pegawai)
    .where(and(eq(pegawai.instansiId, instansiId), inArray(pegawai.id, ids)));
}

/** Start of the pegawai's placement in a position that is active on `tanggal`. */
export async function placementStart(
  exec: Executor,
  instansiId: string,
  pegawaiId: string,
  jabatanId: string,
  tanggal: string,
) {
  const rows = await exec
    .select({ mulai: penempatan.mulai })
    .from(penempatan)
    .where(
      and(
        eq(penempatan.instansiId, instansiId),
        eq(penempatan.pegawaiId, pegawaiId),
        eq(penempatan.jabatanId, jabatanId),
        sql`${penempatan.mulai} <= ${tanggal}::date and (${penempatan.selesai} is null or ${penempatan.selesai} >= ${tanggal}::date)`,
      ),
    )
    .orderBy(desc(penempatan.mulai))
    .limit(1);
  return rows[0]?.mulai ?? null;
}

export async function getUnitRow(exec: Executor, instansiId: string, id: string) {
  const rows = await exec
    .select({
      id: unitOrganisasi.id,
      path: unitOrganisasi.path,
      nama: unitOrganisasi.nama,
      kepalaJabatanId: unitOrganisasi.kepalaJabatanId,
    })
    .from(unitOrganisasi)
    .where(and(eq(unitOrganisasi.instansiId, instansiId), eq(unitOrganisasi.id, id)));
  return rows[0] ?? null;
}

/** The pegawai holding a position definitively (or as PLT/PLH) on a date. */
export async function holdersOf(exec: Executor, instansiId: string, jabatanId: string, tanggal: string) {
  return exec
    .select({
      pegawaiId: penempatan.pegawaiId,
      jenis: penempatan.jenis,
      nama: pegawai.nama,
      nip: pegawai.nip,
      jabatanNama: jabatan.nama,
    })
    .from(penempatan)
    .innerJoin(pegawai, eq(pegawai.id, penempatan.pegawaiId))
    .innerJoin(jabatan, eq(jabatan.id, penempatan.jabatanId))
    .where(
      and(
        eq(penempatan.instansiId, instansiId),
        eq(penempatan.jabatanId, jabatanId),
        sql`${penempatan.mulai} <= ${tanggal}::date and (${penempatan.selesai} is null or ${penempatan.selesai} >= ${tanggal}::date)`,
      ),
    );
}

// ── SKP ────────────────────────────────────────────────────────────────────────────────────────
export async function getSkp(exec: Executor, instansiId: string, id: string): Promise<SkpRow | null> {
  const rows = await exec
    .select()
    .from(skp)
    .where(and(eq(skp.instansiId, instansiId), eq(skp.id, id)));
  return rows[0] ?? null;
}

/** Serialises SKP creation per pegawai (overlap check and insert) inside a transaction. */
export async function lockPegawaiSkp(exec: Executor, pegawaiId: string) {
  await exec.execute(sql`select pg_advisory_xact_lock(hashtext(${`skp:${pegawaiId}`}))`);
}

/** Open (not closed) SKPs of pegawai for a year, newest start first. */
export async function findOpenSkp(exec: Executor, instansiId: string, pegawaiIds: string[], tahun: number) {
  if (!pegawaiIds.length) return [];
  return exec
    .select()
    .from(skp)
    .where(
      and(
        eq(skp.instansiId, instansiId),
        inArray(skp.pegawaiId, pegawaiIds),
        eq(skp.tahun, tahun),
        ne(skp.status, 'DITUTUP'),
      ),
    )
    .orderBy(desc(skp.mulai));
}

export async function insertSkp(exec: Executor, row: typeof skp.$inferInsert): Promise<SkpRow> {
  const [created] = await exec.insert(skp).values(row).returning();
  return created;
}

/** Applies a change only if nobody changed the SKP since `version`; null means a stale version. */
export async function bumpSkp(
  exec: Executor,
  instansiId: string,
  id: string,
  version: number,
  patch: Partial<SkpRow> = {},
): Promise<SkpRow | null> {
  const rows = await exec
    .update(skp)
    .set({ ...patch, version: sql`${skp.version} + 1`, updatedAt: new Date() })
    .where(and(eq(skp.instansiId, instansiId), eq(skp.id, id), eq(skp.version, version)))
    .returning();
  return rows[0] ?? null;
}

/** Summaries of SKPs with their RHK count, for lists. */
export async function listSkpSummaries(
  exec: Executor,
  instansiId: string,
  f: { pegawaiIds: string[]; tahun?: number; status?: string },
) {
  if (!f.pegawaiIds.length) return [];
  // One array parameter, not one per pegawai: a head's list has hundreds, and each parameter
  // cost drizzle's query building and PostgreSQL's parse on every request.
  const where: SQL[] = [
    eq(skp.instansiId, instansiId),
    sql`${skp.pegawaiId} = any(${sql.param(f.pegawaiIds)}::uuid[])`,
  ];
  if (f.tahun) where.push(eq(skp.tahun, f.tahun));
  if (f.status) where.push(eq(skp.status, f.status));
  // The columns a summary shows (not perilaku, lampiran or the whole snapshot: an appraiser's
  // list of 40 SKPs read about three times as many bytes before).
  return exec
    .select({
      row: {
        id: skp.id,
        pegawaiId: skp.pegawaiId,
        tahun: skp.tahun,
        mulai: skp.mulai,
        selesai: skp.selesai,
        status: skp.status,
        revisi: skp.revisi,
        version: skp.version,
        jenisForm: skp.jenisForm,
        pendekatan: skp.pendekatan,
        perluTinjau: skp.perluTinjau,
        snapshot: sql<unknown>`jsonb_build_object('jabatan', jsonb_build_object('nama', "skp"."snapshot"->'jabatan'->'nama'),
          'unit', jsonb_build_object('nama', "skp"."snapshot"->'unit'->'nama'),
          'penilai', case when jsonb_typeof("skp"."snapshot"->'penilai') = 'object'
            then jsonb_build_object('nama', "skp"."snapshot"->'penilai'->'nama') end)`,
      },
      jumlahRhk:
        // Outer columns spelled out: drizzle renders them unqualified here, which would bind them to rhk.
        sql<number>`(select count(*)::int from rhk r where r.instansi_id = "skp"."instansi_id" and r.skp_id = "skp"."id")`.mapWith(
          Number,
        ),
    })
    .from(skp)
    .where(and(...where))
    .orderBy(desc(skp.tahun), desc(skp.mulai));
}

const parentRhk = alias(rhk, 'parent_rhk');
const parentSkp = alias(skp, 'parent_skp');
const parentPegawai = alias(pegawai, 'parent_pegawai');

/** RHK of the given SKPs with their parent RHK (and its SKP and owner) and PK indicator; one query. */
export async function loadRhk(exec: Executor, instansiId: string, skpIds: string[]) {
  if (!skpIds.length) return [];
  return exec
    .select({
      rhk,
      parent: {
        id: parentRhk.id,
        teks: parentRhk.teks,
        skpId: parentRhk.skpId,
        skpStatus: parentSkp.status,
        pegawaiNama: parentPegawai.nama,
      },
      pk: {
        id: pkIndikator.id,
        indikator: pkIndikator.indikator,
        sasaran: pkSasaran.sasaran,
        targetNilai: pkIndikator.targetNilai,
        satuan: pkIndikator.satuan,
        targetTeks: pkIndikator.targetTeks,
      },
    })
    .from(rhk)
    .leftJoin(parentRhk, and(eq(parentRhk.instansiId, rhk.instansiId), eq(parentRhk.id, rhk.parentRhkId)))
    .leftJoin(parentSkp, and(eq(parentSkp.instansiId, rhk.instansiId), eq(parentSkp.id, parentRhk.skpId)))
    .leftJoin(parentPegawai, eq(parentPegawai.id, parentSkp.pegawaiId))
    .leftJoin(pkIndikator, and(eq(pkIndikator.instansiId, rhk.instansiId), eq(pkIndikator.id, rhk.pkIndikatorId)))
    .leftJoin(pkSasaran, eq(pkSasaran.id, pkIndikator.sasaranId))
    .where(and(eq(rhk.instansiId, instansiId), inArray(rhk.skpId, skpIds)))
    .orderBy(asc(rhk.skpId), sql`case when ${rhk.jenis} = 'UTAMA' then 0 else 1 end`, asc(rhk.urutan));
}

/** IKI of any number of SKPs in one query. */
export async function loadIkiOfSkps(exec: Executor, instansiId: string, skpIds: string[]) {
  if (!skpIds.length) return [];
  return exec
    .select({ iki })
    .from(iki)
    .innerJoin(rhk, and(eq(rhk.instansiId, iki.instansiId), eq(rhk.id, iki.rhkId)))
    .where(and(eq(iki.instansiId, instansiId), inArray(rhk.skpId, skpIds)))
    .orderBy(asc(iki.rhkId), asc(iki.urutan))
    .then((rows) => rows.map((r) => r.iki));
}

/** One RHK with the status, owner and year of its SKP. */
export async function getRhkWithSkp(exec: Executor, instansiId: string, rhkId: string) {
  const rows = await exec
    .select({ rhk, skpPegawaiId: skp.pegawaiId, skpTahun: skp.tahun, skpStatus: skp.status })
    .from(rhk)
    .innerJoin(skp, and(eq(skp.instansiId, rhk.instansiId), eq(skp.id, rhk.skpId)))
    .where(and(eq(rhk.instansiId, instansiId), eq(rhk.id, rhkId)));
  return rows[0] ?? null;
}

export async function nextRhkUrutan(exec: Executor, instansiId: string, skpId: string): Promise<number> {
  const [row] = await exec
    .select({ n: sql<number>`coalesce(max(${rhk.urutan}), 0)::int + 1`.mapWith(Number) })
    .from(rhk)
    .where(and(eq(rhk.instansiId, instansiId), eq(rhk.skpId, skpId)));
  return row.n;
}

export async function insertRhk(exec: Executor, row: typeof rhk.$inferInsert): Promise<RhkRow> {
  const [created] = await exec.insert(rhk).values(row).returning();
  return created;
}

export async function updateRhk(exec: Executor, instansiId: string, id: string, patch: Partial<RhkRow>) {
  await exec
    .update(rhk)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(rhk.instansiId, instansiId), eq(rhk.id, id)));
}

export async function deleteRhk(exec: Executor, instansiId: string, id: string) {
  const gone = await exec
    .delete(iki)
    .where(and(eq(iki.instansiId, instansiId), eq(iki.rhkId, id)))
    .returning({ id: iki.id });
  await dropExecutionOf(
    exec,
    instansiId,
    gone.map((g) => g.id),
  );
  // The RHK's action plans go with it; its daily entries stay (the employee's diary of what was done).
  await exec.delete(rencanaAksi).where(and(eq(rencanaAksi.instansiId, instansiId), eq(rencanaAksi.rhkId, id)));
  await exec.delete(rhk).where(and(eq(rhk.instansiId, instansiId), eq(rhk.id, id)));
}

export interface IkiWrite {
  aspek: string;
  indikator: string;
  targetNilai: string | null;
  targetSatuan: string | null;
  targetTeks: string | null;
}

/**
 * The realisasi and evidence links of removed IKI go with them (nothing is left pointing at an IKI
 * that no longer exists); the evidence itself stays in its owner's library.
 */
async function dropExecutionOf(exec: Executor, instansiId: string, ikiIds: string[]) {
  if (!ikiIds.length) return;
  await exec.delete(realisasi).where(and(eq(realisasi.instansiId, instansiId), inArray(realisasi.ikiId, ikiIds)));
  await exec.delete(buktiIki).where(and(eq(buktiIki.instansiId, instansiId), inArray(buktiIki.ikiId, ikiIds)));
}

/**
 * Replaces the IKI list of an RHK, keeping the id of every IKI the new list continues (same text, or
 * an edited text of the same aspect: domain/pelaksanaan/iki-cocok.ts) so its realisasi and evidence
 * stay attached through a perubahan SKP; removed IKI take their realisasi with them.
 */
export async function replaceIki(exec: Executor, instansiId: string, rhkId: string, list: IkiWrite[]) {
  const old = await exec
    .select({ id: iki.id, aspek: iki.aspek, indikator: iki.indikator })
    .from(iki)
    .where(and(eq(iki.instansiId, instansiId), eq(iki.rhkId, rhkId)))
    .orderBy(asc(iki.urutan));
  const keep = cocokkanIki(old, list);
  const kept = new Set(keep);
  const removed = old.filter((o) => !kept.has(o.id)).map((o) => o.id);
  if (removed.length) {
    await dropExecutionOf(exec, instansiId, removed);
    await exec.delete(iki).where(and(eq(iki.instansiId, instansiId), inArray(iki.id, removed)));
  }
  for (const [i, k] of list.entries()) {
    const id = keep[i];
    if (id)
      await exec
        .update(iki)
        .set({ urutan: i + 1, ...k })
        .where(and(eq(iki.instansiId, instansiId), eq(iki.id, id)));
  }
  const fresh = list.flatMap((k, i) => (keep[i] ? [] : [{ instansiId, rhkId, urutan: i + 1, ...k }]));
  if (fresh.length) await exec.insert(iki).values(fresh);
}

/**
 * Flags every child of the given parent RHK for review (and their SKPs), optionally detaching them
 * (the parent was deleted). Returns the children with their SKP and owner. Child SKP versions are
 * not bumped: the flag is a system marker, not an edit, so the owner's open form stays valid.
 */
export async function flagChildren(exec: Executor, instansiId: string, parentIds: string[], detach: boolean) {
  if (!parentIds.length) return [];
  const children = await exec
    .update(rhk)
    .set({ perluTinjau: true, ...(detach ? { parentRhkId: null } : {}), updatedAt: new Date() })
    .where(and(eq(rhk.instansiId, instansiId), inArray(rhk.parentRhkId, parentIds)))
    .returning({ id: rhk.id, skpId: rhk.skpId, teks: rhk.teks });
  if (!children.length) return [];
  const skpIds = [...new Set(children.map((c) => c.skpId))];
  const owners = await exec
    .update(skp)
    .set({ perluTinjau: true })
    .where(and(eq(skp.instansiId, instansiId), inArray(skp.id, skpIds)))
    .returning({ id: skp.id, pegawaiId: skp.pegawaiId });
  const ownerOf = new Map(owners.map((o) => [o.id, o.pegawaiId]));
  return children.map((c) => ({ ...c, pegawaiId: ownerOf.get(c.skpId) as string }));
}

/** Flags RHK that pointed at removed PK indicators (and detaches them). */
export async function flagRhkOfPkIndikator(exec: Executor, instansiId: string, indikatorIds: string[]) {
  if (!indikatorIds.length) return [];
  const rows = await exec
    .update(rhk)
    .set({ perluTinjau: true, pkIndikatorId: null, updatedAt: new Date() })
    .where(and(eq(rhk.instansiId, instansiId), inArray(rhk.pkIndikatorId, indikatorIds)))
    .returning({ skpId: rhk.skpId });
  const skpIds = [...new Set(rows.map((r) => r.skpId))];
  if (!skpIds.length) return [];
  return exec
    .update(skp)
    .set({ perluTinjau: true })
    .where(and(eq(skp.instansiId, instansiId), inArray(skp.id, skpIds)))
    .returning({ id: skp.id, pegawaiId: skp.pegawaiId });
}

/** Recomputes the SKP's review flag from its RHK. */
export async function refreshSkpPerluTinjau(exec: Executor, instansiId: string, skpId: string) {
  await exec.execute(
    sql`update ${skp} set perlu_tinjau = exists (select 1 from ${rhk} where ${rhk.instansiId} = ${instansiId} and ${rhk.skpId} = ${skpId} and ${rhk.perluTinjau})
        where ${skp.instansiId} = ${instansiId} and ${skp.id} = ${skpId}`,
  );
}

/**
 * Replaces the appraiser's per-item notes of an SKP in one statement (the last note wins when an
 * RHK is named twice, as when they were written one by one).
 */
export async function setRhkCatatan(
  exec: Executor,
  instansiId: string,
  skpId: string,
  items: Array<{ rhkId: string; catatan: string }>,
) {
  await exec.execute(
    sql`update ${rhk} set catatan = (
          select x.e->>'catatan' from jsonb_array_elements(${JSON.stringify(items)}::jsonb) with ordinality as x(e, n)
          where x.e->>'rhkId' = ${rhk.id}::text order by x.n desc limit 1)
        where ${rhk.instansiId} = ${instansiId} and ${rhk.skpId} = ${skpId}`,
  );
}

/** Children (in any SKP) of the given parent RHK, with the child SKP's owner. */
export async function childrenOf(exec: Executor, instansiId: string, parentIds: string[]) {
  if (!parentIds.length) return [];
  return exec
    .select({
      id: rhk.id,
      parentRhkId: rhk.parentRhkId,
      cascading: rhk.cascading,
      skpId: rhk.skpId,
      pegawaiId: skp.pegawaiId,
    })
    .from(rhk)
    .innerJoin(skp, and(eq(skp.instansiId, rhk.instansiId), eq(skp.id, rhk.skpId)))
    .where(and(eq(rhk.instansiId, instansiId), inArray(rhk.parentRhkId, parentIds)));
}

// ── Versions ───────────────────────────────────────────────────────────────────────────────────
export async function insertVersi(exec: Executor, row: typeof skpVersi.$inferInsert) {
  await exec.insert(skpVersi).values(row);
}

export async function listVersi(exec: Executor, instansiId: string, skpId: string) {
  return exec
    .select({ revisi: skpVersi.revisi, ditetapkanAt: skpVersi.ditetapkanAt })
    .from(skpVersi)
    .where(and(eq(skpVersi.instansiId, instansiId), eq(skpVersi.skpId, skpId)))
    .orderBy(asc(skpVersi.revisi));
}

export async function getVersi(exec: Executor, instansiId: string, skpId: string, revisi: number) {
  const rows = await exec
    .select()
    .from(skpVersi)
    .where(and(eq(skpVersi.instansiId, instansiId), eq(skpVersi.skpId, skpId), eq(skpVersi.revisi, revisi)));
  return rows[0] ?? null;
}
