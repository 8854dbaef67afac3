/**
 * The only SQL of the dialog module. Reads are single statements with json_agg (a dialog with its
 * agenda, its development items and the items it judges in one round trip); writes take an open
 * transaction.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { dialogAgenda, dialogKinerja, rencanaPengembangan } from '../../db/schema-pelaksanaan.ts';
import { skp } from '../../db/schema-skp.ts';
import type { Executor, Tx } from '../../db/tx.ts';

export type DialogRow = typeof dialogKinerja.$inferSelect;

export interface PengembanganJson {
  id: string;
  dialogId: string;
  kompetensi: string;
  metodeKode: string;
  rhkId: string | null;
  perilakuKode: string | null;
  targetTanggal: string | null;
  status: string;
  penjelasan: string | null;
  dinilaiDialogId: string | null;
  dibawaDariId: string | null;
}

const PENGEMBANGAN_JSON = (alias: string) =>
  sql.raw(`json_build_object('id', ${alias}.id, 'dialogId', ${alias}.dialog_id, 'kompetensi', ${alias}.kompetensi,
    'metodeKode', ${alias}.metode_kode, 'rhkId', ${alias}.rhk_id, 'perilakuKode', ${alias}.perilaku_kode,
    'targetTanggal', ${alias}.target_tanggal, 'status', ${alias}.status, 'penjelasan', ${alias}.penjelasan,
    'dinilaiDialogId', ${alias}.dinilai_dialog_id, 'dibawaDariId', ${alias}.dibawa_dari_id)`);

/** Summary columns of a dialog with both people's names (aliases d, p, pn). */
const RINGKAS = sql.raw(`d.id, d.instansi_id as "instansiId", d.skp_id as "skpId", d.pegawai_id as "pegawaiId",
  d.penilai_pegawai_id as "penilaiPegawaiId", d.periode_kode as "periodeKode", d.jenis, d.jadwal,
  d.durasi_menit as "durasiMenit", d.tempat, d.status,
  d.dikonfirmasi_pegawai_at as "dikonfirmasiPegawaiAt", d.dikonfirmasi_penilai_at as "dikonfirmasiPenilaiAt",
  p.nama as "pegawaiNama", p.nip as "pegawaiNip", pn.nama as "penilaiNama", pn.nip as "penilaiNip"`);
const RINGKAS_FROM = sql.raw(`dialog_kinerja d
  join pegawai p on p.id = d.pegawai_id
  join pegawai pn on pn.id = d.penilai_pegawai_id`);

export interface DialogRingkasRow {
  id: string;
  instansiId: string;
  skpId: string;
  pegawaiId: string;
  penilaiPegawaiId: string;
  periodeKode: string;
  jenis: string;
  jadwal: Date;
  durasiMenit: number;
  tempat: string | null;
  status: string;
  dikonfirmasiPegawaiAt: Date | null;
  dikonfirmasiPenilaiAt: Date | null;
  pegawaiNama: string;
  pegawaiNip: string;
  penilaiNama: string;
  penilaiNip: string;
}

export interface AgendaJson {
  id: string;
  urutan: number;
  topik: string;
  rhkId: string | null;
  perilakuKode: string | null;
  kompetensi: string | null;
  catatan: string | null;
}

export interface CapaianRow {
  rhkId: string;
  rhkTeks: string;
  ikiId: string | null;
  targetNilai: string | null;
  realisasi: Array<{ periodeKode: string; nilai: string | null; teks: string | null }>;
}

const CAPAIAN_JSON = sql`coalesce((
  select json_agg(json_build_object('rhkId', r.id, 'rhkTeks', r.teks, 'ikiId', k.id,
      'targetNilai', k.target_nilai::text,
      'realisasi', coalesce((select json_agg(json_build_object('periodeKode', re.periode_kode,
          'nilai', re.nilai::text, 'teks', re.teks))
        from realisasi re where re.instansi_id = r.instansi_id and re.skp_id = r.skp_id and re.iki_id = k.id),
        '[]'::json))
    order by case when r.jenis = 'UTAMA' then 0 else 1 end, r.urutan, k.urutan)
  from rhk r left join iki k on k.instansi_id = r.instansi_id and k.rhk_id = r.id
  where r.instansi_id = "skp"."instansi_id" and r.skp_id = "skp"."id"), '[]'::json)`;

/**
 * A dialog, its SKP and what authorising the caller needs (the unit's path, the tenant's org version
 * keying the cached hierarchy) in one statement; with `lengkap`, also the agenda, its development
 * items, the earlier open items it judges, the SKP's RHK/IKI with realisasi, the year's periods and
 * the settings overlay — the whole detail read in one round trip.
 */
export async function getDialogFull(ex: Executor, instansiId: string, dialogId: string, lengkap: boolean) {
  const base = {
    d: dialogKinerja,
    s: skp,
    unitPath: sql<
      string | null
    >`(select u.path from unit_organisasi u where u.instansi_id = "skp"."instansi_id" and u.id = "skp"."unit_id")`,
    orgVersion: sql<number>`(select i.version from instansi i where i.id = "skp"."instansi_id")`,
  };
  const extra = {
    pegawaiNama: sql<string>`(select p.nama from pegawai p where p.id = "dialog_kinerja"."pegawai_id")`,
    pegawaiNip: sql<string>`(select p.nip from pegawai p where p.id = "dialog_kinerja"."pegawai_id")`,
    penilaiNama: sql<string>`(select p.nama from pegawai p where p.id = "dialog_kinerja"."penilai_pegawai_id")`,
    penilaiNip: sql<string>`(select p.nip from pegawai p where p.id = "dialog_kinerja"."penilai_pegawai_id")`,
    agenda: sql<AgendaJson[]>`coalesce((select json_agg(json_build_object('id', a.id, 'urutan', a.urutan,
        'topik', a.topik, 'rhkId', a.rhk_id, 'perilakuKode', a.perilaku_kode, 'kompetensi', a.kompetensi,
        'catatan', a.catatan) order by a.urutan)
      from dialog_agenda a where a.instansi_id = "dialog_kinerja"."instansi_id" and a.dialog_id = "dialog_kinerja"."id"),
      '[]'::json)`,
    pengembangan: sql<
      PengembanganJson[]
    >`coalesce((select json_agg(${PENGEMBANGAN_JSON('rp')} order by rp.created_at, rp.id)
      from rencana_pengembangan rp
      where rp.instansi_id = "dialog_kinerja"."instansi_id" and rp.dialog_id = "dialog_kinerja"."id"), '[]'::json)`,
    untukDinilai: sql<
      PengembanganJson[]
    >`coalesce((select json_agg(${PENGEMBANGAN_JSON('rp')} order by d2.jadwal, rp.created_at, rp.id)
      from rencana_pengembangan rp
      join dialog_kinerja d2 on d2.instansi_id = rp.instansi_id and d2.id = rp.dialog_id
      where rp.instansi_id = "dialog_kinerja"."instansi_id" and rp.pegawai_id = "dialog_kinerja"."pegawai_id"
        and rp.dialog_id <> "dialog_kinerja"."id"
        and (rp.dinilai_dialog_id = "dialog_kinerja"."id"
          or (rp.status = 'DIRENCANAKAN' and d2.jadwal < "dialog_kinerja"."jadwal"))), '[]'::json)`,
    capaian: sql<CapaianRow[]>`${CAPAIAN_JSON}`,
    periode: sql<Array<{
      kode: string;
      mulai: string;
      selesai: string;
    }> | null>`(select pk.periode from periode_kinerja pk
      where pk.instansi_id = "skp"."instansi_id" and pk.tahun = "skp"."tahun")`,
    settings: sql<unknown>`(select pi.settings from pengaturan_instansi pi where pi.instansi_id = "skp"."instansi_id")`,
  };
  const where = and(eq(dialogKinerja.instansiId, instansiId), eq(dialogKinerja.id, dialogId));
  const join = and(eq(skp.instansiId, dialogKinerja.instansiId), eq(skp.id, dialogKinerja.skpId));
  if (!lengkap) {
    const [row] = await ex.select(base).from(dialogKinerja).innerJoin(skp, join).where(where);
    return row ? { ...row, detail: null } : undefined;
  }
  const [row] = await ex
    .select({ ...base, ...extra })
    .from(dialogKinerja)
    .innerJoin(skp, join)
    .where(where);
  if (!row) return undefined;
  const { d, s, unitPath, orgVersion, ...detail } = row;
  return { d, s, unitPath, orgVersion, detail };
}

export type DialogDetail = NonNullable<NonNullable<Awaited<ReturnType<typeof getDialogFull>>>['detail']>;

/** Dialogs by a filter, newest first, with names. */
export async function listDialog(
  ex: Executor,
  instansiId: string,
  f: { pegawaiIds?: string[]; skpId?: string; periodeKode?: string; tahun?: number },
) {
  const where = [sql`d.instansi_id = ${instansiId}`];
  if (f.pegawaiIds) where.push(sql`d.pegawai_id = any(${`{${f.pegawaiIds.join(',')}}`}::uuid[])`);
  if (f.skpId) where.push(sql`d.skp_id = ${f.skpId}`);
  if (f.periodeKode) where.push(sql`d.periode_kode = ${f.periodeKode}`);
  if (f.tahun)
    where.push(
      sql`exists (select 1 from skp s where s.instansi_id = d.instansi_id and s.id = d.skp_id and s.tahun = ${f.tahun})`,
    );
  const res = await ex.execute(sql`select ${RINGKAS} from ${RINGKAS_FROM}
    where ${sql.join(where, sql` and `)} order by d.jadwal desc limit 500`);
  return res.rows as unknown as DialogRingkasRow[];
}

/** The SKP's RHK and IKI with every realisasi entered (one statement), for the agenda proposal. */
export async function loadCapaian(ex: Executor, instansiId: string, skpId: string) {
  const res = await ex.execute(sql`
    select r.id as "rhkId", r.teks as "rhkTeks", k.id as "ikiId", k.target_nilai::text as "targetNilai",
      coalesce((select json_agg(json_build_object('periodeKode', re.periode_kode, 'nilai', re.nilai::text,
          'teks', re.teks))
        from realisasi re where re.instansi_id = r.instansi_id and re.skp_id = r.skp_id and re.iki_id = k.id),
        '[]'::json) as realisasi
    from rhk r left join iki k on k.instansi_id = r.instansi_id and k.rhk_id = r.id
    where r.instansi_id = ${instansiId} and r.skp_id = ${skpId}
    order by case when r.jenis = 'UTAMA' then 0 else 1 end, r.urutan, k.urutan`);
  return res.rows as unknown as CapaianRow[];
}

/** BerAKHLAK values the SKP received feedback on (umpan_balik roots on PERILAKU). */
export async function perilakuDenganUmpanBalik(ex: Executor, instansiId: string, skpId: string) {
  const res = await ex.execute(sql`
    select distinct perilaku_kode as kode from umpan_balik
    where instansi_id = ${instansiId} and skp_id = ${skpId} and sasaran = 'PERILAKU' and perilaku_kode is not null`);
  return (res.rows as Array<{ kode: string }>).map((r) => r.kode);
}

/** Open development items of a pegawai (carried into a new dialog's agenda). */
export async function openPengembangan(ex: Executor, instansiId: string, pegawaiId: string) {
  return ex
    .select()
    .from(rencanaPengembangan)
    .where(
      and(
        eq(rencanaPengembangan.instansiId, instansiId),
        eq(rencanaPengembangan.pegawaiId, pegawaiId),
        eq(rencanaPengembangan.status, 'DIRENCANAKAN'),
      ),
    );
}

export async function insertDialog(tx: Tx, values: typeof dialogKinerja.$inferInsert) {
  const [row] = await tx.insert(dialogKinerja).values(values).returning();
  return row;
}

/** Optimistic update: `… WHERE version = $v`; undefined when someone else saved first. */
export async function bumpDialog(
  tx: Tx,
  instansiId: string,
  id: string,
  version: number,
  set: Partial<typeof dialogKinerja.$inferInsert>,
) {
  const [row] = await tx
    .update(dialogKinerja)
    .set({ ...set, version: sql`${dialogKinerja.version} + 1`, updatedAt: new Date() })
    .where(and(eq(dialogKinerja.instansiId, instansiId), eq(dialogKinerja.id, id), eq(dialogKinerja.version, version)))
    .returning();
  return row;
}

export async function replaceAgenda(
  tx: Tx,
  instansiId: string,
  dialogId: string,
  items: Array<Omit<typeof dialogAgenda.$inferInsert, 'instansiId' | 'dialogId' | 'urutan'>>,
) {
  await tx
    .delete(dialogAgenda)
    .where(and(eq(dialogAgenda.instansiId, instansiId), eq(dialogAgenda.dialogId, dialogId)));
  if (items.length)
    await tx.insert(dialogAgenda).values(items.map((a, i) => ({ ...a, instansiId, dialogId, urutan: i + 1 })));
}

export async function pengembanganOfDialog(ex: Executor, instansiId: string, dialogId: string) {
  return ex
    .select()
    .from(rencanaPengembangan)
    .where(and(eq(rencanaPengembangan.instansiId, instansiId), eq(rencanaPengembangan.dialogId, dialogId)));
}

export async function deletePengembangan(tx: Tx, instansiId: string, ids: string[]) {
  if (!ids.length) return;
  await tx
    .delete(rencanaPengembangan)
    .where(and(eq(rencanaPengembangan.instansiId, instansiId), inArray(rencanaPengembangan.id, ids)));
}

export async function insertPengembangan(tx: Tx, rows: Array<typeof rencanaPengembangan.$inferInsert>) {
  if (rows.length) await tx.insert(rencanaPengembangan).values(rows);
}

export async function updatePengembangan(
  tx: Tx,
  instansiId: string,
  id: string,
  set: Partial<typeof rencanaPengembangan.$inferInsert>,
) {
  await tx
    .update(rencanaPengembangan)
    .set({ ...set, version: sql`${rencanaPengembangan.version} + 1`, updatedAt: new Date() })
    .where(and(eq(rencanaPengembangan.instansiId, instansiId), eq(rencanaPengembangan.id, id)));
}

/** The carried copy an earlier judgement in this dialog made of an item (to replace on re-judging). */
export async function deleteCarriedCopy(tx: Tx, instansiId: string, dialogId: string, asalId: string) {
  await tx
    .delete(rencanaPengembangan)
    .where(
      and(
        eq(rencanaPengembangan.instansiId, instansiId),
        eq(rencanaPengembangan.dialogId, dialogId),
        eq(rencanaPengembangan.dibawaDariId, asalId),
      ),
    );
}

/** Items with the given ids that belong to the pegawai (any dialog). */
export async function pengembanganByIds(ex: Executor, instansiId: string, pegawaiId: string, ids: string[]) {
  if (!ids.length) return [];
  return ex
    .select({ p: rencanaPengembangan, jadwal: dialogKinerja.jadwal })
    .from(rencanaPengembangan)
    .innerJoin(
      dialogKinerja,
      and(
        eq(dialogKinerja.instansiId, rencanaPengembangan.instansiId),
        eq(dialogKinerja.id, rencanaPengembangan.dialogId),
      ),
    )
    .where(
      and(
        eq(rencanaPengembangan.instansiId, instansiId),
        eq(rencanaPengembangan.pegawaiId, pegawaiId),
        inArray(rencanaPengembangan.id, ids),
      ),
    );
}

/** Email addresses and names of pegawai (for the invitation). */
export async function orang(ex: Executor, ids: string[]) {
  const res = await ex.execute(
    sql`select id, nama, email from pegawai where id = any(${`{${ids.join(',')}}`}::uuid[])`,
  );
  return new Map((res.rows as Array<{ id: string; nama: string; email: string | null }>).map((r) => [r.id, r]));
}

/** Scheduled dialogs of every tenant starting within the window, for the reminder run. */
export async function dialogDalamJendela(ex: Executor, dari: Date, sampai: Date) {
  const res = await ex.execute(sql`
    select ${RINGKAS}, d.pengingat_h1_at as "pengingatH1At", d.pengingat_h0_at as "pengingatH0At"
    from ${RINGKAS_FROM}
    where d.status = 'DIJADWALKAN' and d.jadwal > ${dari.toISOString()}::timestamptz
      and d.jadwal <= ${sampai.toISOString()}::timestamptz
      and (d.pengingat_h1_at is null or d.pengingat_h0_at is null)
    order by d.jadwal limit 5000`);
  return res.rows as unknown as Array<DialogRingkasRow & { pengingatH1At: Date | null; pengingatH0At: Date | null }>;
}

/**
 * Claims one reminder atomically: only the process whose UPDATE still finds the column empty gets
 * the row back, so two servers (or a server and the cron command) never both send it.
 */
export async function klaimPengingat(tx: Tx, id: string, jenis: 'H1' | 'H0', jadwal: Date) {
  const col = jenis === 'H1' ? dialogKinerja.pengingatH1At : dialogKinerja.pengingatH0At;
  const rows = await tx
    .update(dialogKinerja)
    .set(jenis === 'H1' ? { pengingatH1At: new Date() } : { pengingatH0At: new Date() })
    .where(
      and(
        eq(dialogKinerja.id, id),
        isNull(col),
        eq(dialogKinerja.status, 'DIJADWALKAN'),
        // The schedule read is still the schedule: a reschedule meanwhile is judged at the next run.
        eq(dialogKinerja.jadwal, jadwal),
      ),
    )
    .returning({ id: dialogKinerja.id });
  return rows.length > 0;
}

/** The period list of a year as stored (null when the year has no period row yet). */
export async function periodeTersimpan(ex: Executor, instansiId: string, tahun: number) {
  const res = await ex.execute(
    sql`select periode from periode_kinerja where instansi_id = ${instansiId} and tahun = ${tahun}`,
  );
  const row = res.rows[0] as { periode: Array<{ kode: string; mulai: string; selesai: string }> } | undefined;
  return row?.periode ?? null;
}

/** A dialog summary as JSON (alias d), with both people's names. */
const RINGKAS_JSON = sql.raw(`json_build_object('id', d.id, 'instansiId', d.instansi_id, 'skpId', d.skp_id,
  'pegawaiId', d.pegawai_id, 'penilaiPegawaiId', d.penilai_pegawai_id, 'periodeKode', d.periode_kode,
  'jenis', d.jenis, 'jadwal', d.jadwal, 'durasiMenit', d.durasi_menit, 'tempat', d.tempat, 'status', d.status,
  'dikonfirmasiPegawaiAt', d.dikonfirmasi_pegawai_at, 'dikonfirmasiPenilaiAt', d.dikonfirmasi_penilai_at,
  'pegawaiNama', p.nama, 'pegawaiNip', p.nip, 'penilaiNama', pn.nama, 'penilaiNip', pn.nip)`);

/** "Dialog saya" in one statement: my dialogs, my development items and the settings overlay. */
export async function sayaSekaligus(ex: Executor, instansiId: string, pegawaiId: string) {
  const res = await ex.execute(sql`select
    coalesce((select json_agg(x.j order by x.jadwal desc) from (
      select ${RINGKAS_JSON} as j, d.jadwal from ${RINGKAS_FROM}
      where d.instansi_id = ${instansiId} and d.pegawai_id = ${pegawaiId} order by d.jadwal desc limit 500) x),
      '[]'::json) as dialog,
    coalesce((select json_agg(x.j order by x.jadwal desc, x.created_at) from (
      select ${PENGEMBANGAN_JSON('rp')} as j, d.jadwal, rp.created_at from rencana_pengembangan rp
      join dialog_kinerja d on d.instansi_id = rp.instansi_id and d.id = rp.dialog_id
      where rp.instansi_id = ${instansiId} and rp.pegawai_id = ${pegawaiId} and d.status <> 'DIBATALKAN'
      order by d.jadwal desc, rp.created_at limit 500) x), '[]'::json) as pengembangan,
    (select settings from pengaturan_instansi where instansi_id = ${instansiId}) as settings`);
  return res.rows[0] as { dialog: DialogRingkasRow[]; pengembangan: PengembanganJson[]; settings: unknown };
}

/**
 * The appraiser's list in one statement: the year's stored periods, the settings overlay (for the
 * default periods), each appraisee's open SKP of the year and their dialogs of the year.
 */
export async function bawahanSekaligus(ex: Executor, instansiId: string, pegawaiIds: string[], tahun: number) {
  const ids = `{${pegawaiIds.join(',')}}`;
  const res = await ex.execute(sql`select
    (select periode from periode_kinerja where instansi_id = ${instansiId} and tahun = ${tahun}) as periode,
    (select settings from pengaturan_instansi where instansi_id = ${instansiId}) as settings,
    coalesce((select json_agg(json_build_object('id', x.id, 'pegawaiId', x.pegawai_id)) from (
      select distinct on (pegawai_id) id, pegawai_id from skp
      where instansi_id = ${instansiId} and tahun = ${tahun} and pegawai_id = any(${ids}::uuid[]) and status <> 'DITUTUP'
      order by pegawai_id, case when status = 'DITETAPKAN' then 0 else 1 end, created_at desc) x), '[]'::json) as skp,
    coalesce((select json_agg(${RINGKAS_JSON} order by d.jadwal) from ${RINGKAS_FROM}
      join skp s on s.instansi_id = d.instansi_id and s.id = d.skp_id and s.tahun = ${tahun}
      where d.instansi_id = ${instansiId} and d.pegawai_id = any(${ids}::uuid[]) and d.status <> 'DIBATALKAN'),
      '[]'::json) as dialog`);
  return res.rows[0] as {
    periode: Array<{ kode: string; mulai: string; selesai: string }> | null;
    settings: unknown;
    skp: Array<{ id: string; pegawaiId: string }>;
    dialog: DialogRingkasRow[];
  };
}
