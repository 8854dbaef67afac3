/**
 * The SQL of the execution module's writes and small reads (the screen's read is
 * pelaksanaan-read.repository.ts). Writes run in the caller's transaction; every mutable row is
 * guarded by `version` (`UPDATE … WHERE version = $v`): a stale edit is refused, never overwritten.
 */
import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import { bukti, progresHarian, rencanaAksi, skpPeriode } from '../../db/schema-pelaksanaan.ts';
import { periodeKinerja, rhk, skp } from '../../db/schema-skp.ts';
import type { Executor } from '../../db/tx.ts';

export type RencanaRow = typeof rencanaAksi.$inferSelect;
export type ProgresRow = typeof progresHarian.$inferSelect;
export type SkpPeriodeRow = typeof skpPeriode.$inferSelect;

/** The year's periods of an SKP and their per-SKP state, for the write checks. */
export async function periodeOf(exec: Executor, instansiId: string, periodeId: string, skpId: string) {
  const [pk, state] = await Promise.all([
    exec
      .select({ periode: periodeKinerja.periode })
      .from(periodeKinerja)
      .where(and(eq(periodeKinerja.instansiId, instansiId), eq(periodeKinerja.id, periodeId))),
    exec
      .select()
      .from(skpPeriode)
      .where(and(eq(skpPeriode.instansiId, instansiId), eq(skpPeriode.skpId, skpId))),
  ]);
  return {
    periode: (pk[0]?.periode ?? []) as Array<{ kode: string; mulai: string; selesai: string; batasPengisian: string }>,
    state,
  };
}

export async function rhkOfSkp(exec: Executor, instansiId: string, skpId: string, rhkId: string) {
  const rows = await exec
    .select({ id: rhk.id, teks: rhk.teks })
    .from(rhk)
    .where(and(eq(rhk.instansiId, instansiId), eq(rhk.id, rhkId), eq(rhk.skpId, skpId)));
  return rows[0] ?? null;
}

// ── Rencana aksi ───────────────────────────────────────────────────────────────────────────────
export async function getRencana(exec: Executor, instansiId: string, skpId: string, id: string) {
  const rows = await exec
    .select()
    .from(rencanaAksi)
    .where(and(eq(rencanaAksi.instansiId, instansiId), eq(rencanaAksi.skpId, skpId), eq(rencanaAksi.id, id)));
  return rows[0] ?? null;
}

export async function insertRencana(exec: Executor, v: typeof rencanaAksi.$inferInsert & { urutan?: number }) {
  const [row] = await exec
    .insert(rencanaAksi)
    .values({
      ...v,
      urutan: sql`(select coalesce(max(urutan), 0) + 1 from rencana_aksi where instansi_id = ${v.instansiId}
        and skp_id = ${v.skpId} and rhk_id = ${v.rhkId} and periode_kode = ${v.periodeKode})`,
    })
    .returning();
  return row;
}

export async function updateRencana(
  exec: Executor,
  instansiId: string,
  id: string,
  version: number,
  v: Partial<typeof rencanaAksi.$inferInsert>,
) {
  const rows = await exec
    .update(rencanaAksi)
    .set({ ...v, version: sql`${rencanaAksi.version} + 1`, updatedAt: new Date() })
    .where(and(eq(rencanaAksi.instansiId, instansiId), eq(rencanaAksi.id, id), eq(rencanaAksi.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteRencana(exec: Executor, instansiId: string, id: string, version: number) {
  const rows = await exec
    .delete(rencanaAksi)
    .where(and(eq(rencanaAksi.instansiId, instansiId), eq(rencanaAksi.id, id), eq(rencanaAksi.version, version)))
    .returning({ id: rencanaAksi.id });
  return rows.length > 0;
}

// ── Reopening ──────────────────────────────────────────────────────────────────────────────────
/** Sets (or extends) a reopening; the row is created on first use. Never touches `dinilai_at`. */
export async function bukaPeriode(
  exec: Executor,
  v: { instansiId: string; skpId: string; periodeKode: string; sampai: Date; alasan: string; oleh: string | null },
) {
  const [row] = await exec
    .insert(skpPeriode)
    .values({
      instansiId: v.instansiId,
      skpId: v.skpId,
      periodeKode: v.periodeKode,
      dibukaSampai: v.sampai,
      dibukaAlasan: v.alasan,
      dibukaOleh: v.oleh,
    })
    .onConflictDoUpdate({
      target: [skpPeriode.instansiId, skpPeriode.skpId, skpPeriode.periodeKode],
      set: {
        dibukaSampai: v.sampai,
        dibukaAlasan: v.alasan,
        dibukaOleh: v.oleh,
        version: sql`${skpPeriode.version} + 1`,
        updatedAt: new Date(),
      },
    })
    .returning();
  return row;
}

// ── Progres harian ─────────────────────────────────────────────────────────────────────────────
export async function getProgresByClient(exec: Executor, instansiId: string, pegawaiId: string, clientId: string) {
  const rows = await exec
    .select()
    .from(progresHarian)
    .where(
      and(
        eq(progresHarian.instansiId, instansiId),
        eq(progresHarian.pegawaiId, pegawaiId),
        eq(progresHarian.clientId, clientId),
      ),
    );
  return rows[0] ?? null;
}

/** Null when the device's clientId is already stored (a retry): the caller reads that row. */
export async function insertProgres(exec: Executor, v: typeof progresHarian.$inferInsert) {
  const rows = await exec.insert(progresHarian).values(v).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

export async function getProgres(exec: Executor, instansiId: string, skpId: string, id: string) {
  const rows = await exec
    .select()
    .from(progresHarian)
    .where(and(eq(progresHarian.instansiId, instansiId), eq(progresHarian.skpId, skpId), eq(progresHarian.id, id)));
  return rows[0] ?? null;
}

export async function updateProgres(
  exec: Executor,
  instansiId: string,
  id: string,
  version: number,
  v: Partial<typeof progresHarian.$inferInsert>,
) {
  const rows = await exec
    .update(progresHarian)
    .set({ ...v, version: sql`${progresHarian.version} + 1`, updatedAt: new Date() })
    .where(and(eq(progresHarian.instansiId, instansiId), eq(progresHarian.id, id), eq(progresHarian.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteProgres(exec: Executor, instansiId: string, id: string, version: number) {
  const rows = await exec
    .delete(progresHarian)
    .where(and(eq(progresHarian.instansiId, instansiId), eq(progresHarian.id, id), eq(progresHarian.version, version)))
    .returning({ id: progresHarian.id });
  return rows.length > 0;
}

export async function listProgres(exec: Executor, instansiId: string, skpId: string, dari?: string, sampai?: string) {
  return exec
    .select()
    .from(progresHarian)
    .where(
      and(
        eq(progresHarian.instansiId, instansiId),
        eq(progresHarian.skpId, skpId),
        dari ? gte(progresHarian.tanggal, dari) : undefined,
        sampai ? lte(progresHarian.tanggal, sampai) : undefined,
      ),
    )
    .orderBy(desc(progresHarian.tanggal), desc(progresHarian.createdAt))
    .limit(1000);
}

/** Whether a bukti exists and belongs to the pegawai. */
export async function buktiMilik(exec: Executor, instansiId: string, buktiId: string, pegawaiId: string) {
  const rows = await exec
    .select({ id: bukti.id })
    .from(bukti)
    .where(and(eq(bukti.instansiId, instansiId), eq(bukti.id, buktiId), eq(bukti.pegawaiId, pegawaiId)));
  return rows.length > 0;
}

// ── My SKPs for the screen's picker and what is due ────────────────────────────────────────────
/** The pegawai's SKPs of a year with their periods, period states, RHK and IKI/realisasi counts. */
export async function skpSaya(exec: Executor, instansiId: string, pegawaiId: string, tahun: number) {
  const rows = await exec
    .select({
      id: skp.id,
      tahun: skp.tahun,
      status: skp.status,
      revisi: skp.revisi,
      mulai: skp.mulai,
      selesai: skp.selesai,
      jabatan: sql<string | null>`${skp.snapshot}->'jabatan'->>'nama'`,
      periode: periodeKinerja.periode,
      state: sql<Array<{ kode: string; dibukaSampai: string | null; dinilaiAt: string | null }>>`coalesce((
        select json_agg(json_build_object('kode', sp.periode_kode,
          'dibukaSampai', to_char(sp.dibuka_sampai at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'dinilaiAt', to_char(sp.dinilai_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
        from skp_periode sp where sp.instansi_id = ${skp.instansiId} and sp.skp_id = ${skp.id}), '[]'::json)`,
      rhk: sql<
        Array<{ id: string; teks: string }>
      >`coalesce((select json_agg(json_build_object('id', r.id, 'teks', r.teks)
          order by case when r.jenis = 'UTAMA' then 0 else 1 end, r.urutan)
        from rhk r where r.instansi_id = ${skp.instansiId} and r.skp_id = ${skp.id}), '[]'::json)`,
      ikiTotal: sql<number>`(select count(*)::int from iki k join rhk r on r.instansi_id = k.instansi_id
        and r.id = k.rhk_id where r.instansi_id = ${skp.instansiId} and r.skp_id = ${skp.id})`,
      terisi: sql<Record<string, number>>`coalesce((select json_object_agg(x.kode, x.n) from (
          select re.periode_kode as kode, count(*)::int as n from realisasi re
          join iki k on k.instansi_id = re.instansi_id and k.id = re.iki_id
          where re.instansi_id = ${skp.instansiId} and re.skp_id = ${skp.id} group by re.periode_kode) x), '{}'::json)`,
    })
    .from(skp)
    .leftJoin(periodeKinerja, and(eq(periodeKinerja.instansiId, skp.instansiId), eq(periodeKinerja.id, skp.periodeId)))
    .where(and(eq(skp.instansiId, instansiId), eq(skp.pegawaiId, pegawaiId), eq(skp.tahun, tahun)))
    .orderBy(asc(skp.mulai));
  return rows;
}
