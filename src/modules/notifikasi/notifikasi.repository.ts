/** The only SQL for notifications. Inserts run inside the caller's transaction. */
import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { notifikasi } from '../../db/schema-skp.ts';
import type { Executor } from '../../db/tx.ts';
import type { Lang } from '../../http/errors.ts';

export type NotifikasiRow = typeof notifikasi.$inferSelect;

export interface NotifikasiInsert {
  instansiId: string;
  pegawaiId: string;
  jenis: string;
  /** The parameters the text is rendered from in the reader's language (notifikasi.texts.ts). */
  param: unknown;
  /** The Indonesian rendering, stored for anything reading the table directly. */
  judul: string;
  isi: string;
  tautan: string | null;
  /** Skip it while an unread one of the same kind and link waits for this person. */
  sekali: boolean;
}

/** Where and in which language to mail a recipient (null email: none to mail). */
export interface Recipient {
  email: string | null;
  bahasa: Lang;
}

/**
 * The language of the accounts of the pegawai `p` (an alias of pegawai in the caller's SQL): English
 * when an active account of theirs chose it (several accounts for one pegawai are rare: any that
 * chose English wins over the default), Indonesian otherwise — also without an account.
 */
function bahasaOf(p: string): SQL {
  const a = sql.raw(p);
  return sql`case when exists (select 1 from akun ak where ak.pegawai_id = ${a}.id and ak.instansi_id = ${a}.instansi_id
      and ak.is_active and ak.bahasa = 'en') then 'en' else 'id' end`;
}

/**
 * Inserts notifications in one statement and answers those inserted with where and in which
 * language to mail the recipient: their email (null without one) and their account's language
 * (`bahasaOf`). A `sekali` reminder is left out while the same unread one (jenis + tautan)
 * waits for that person — checked against what was there before this batch, as a check per item
 * before one insert did. One round trip for what took a check per reminder, the insert and an
 * email lookup (issue 9: the writes of the workflow weigh on the API's mixed load).
 */
export async function insertNotifikasi(
  exec: Executor,
  rows: NotifikasiInsert[],
): Promise<Array<NotifikasiInsert & Recipient>> {
  if (!rows.length) return [];
  const res = await exec.execute<{
    instansi_id: string;
    pegawai_id: string;
    jenis: string;
    param: unknown;
    judul: string;
    isi: string;
    tautan: string | null;
    email: string | null;
    bahasa: Lang;
  }>(sql`with x as (
      select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as x("instansiId" uuid, "pegawaiId" uuid, jenis text, param jsonb, judul text, isi text, tautan text, sekali boolean)),
    n as (
      insert into notifikasi (instansi_id, pegawai_id, jenis, param, judul, isi, tautan)
      select x."instansiId", x."pegawaiId", x.jenis, x.param, x.judul, x.isi, x.tautan from x
      where not (x.sekali and exists (
        select 1 from notifikasi o
        where o.instansi_id = x."instansiId" and o.pegawai_id = x."pegawaiId" and o.jenis = x.jenis
          and o.dibaca_at is null and o.tautan is not distinct from x.tautan))
      returning instansi_id, pegawai_id, jenis, param, judul, isi, tautan)
    select n.*, p.email, ${bahasaOf('p')} as bahasa
    from n left join pegawai p on p.instansi_id = n.instansi_id and p.id = n.pegawai_id`);
  return res.rows.map((r) => ({
    instansiId: r.instansi_id,
    pegawaiId: r.pegawai_id,
    jenis: r.jenis,
    param: r.param,
    judul: r.judul,
    isi: r.isi,
    tautan: r.tautan,
    sekali: false,
    email: r.email,
    bahasa: r.bahasa === 'en' ? 'en' : 'id',
  }));
}

/**
/**
 * Notifications as pieces of a caller's one-statement write (skp-write.repository.ts): `rows` is a
 * select of (instansi_id, pegawai_id, jenis, param, judul, isi, tautan), gated by the caller on its
 * own change; the insert returns what `emailsOfInserted` needs.
 */
export function notifikasiInsertFrom(rows: SQL): SQL {
  return sql`insert into notifikasi (instansi_id, pegawai_id, jenis, param, judul, isi, tautan) ${rows}
    returning instansi_id, pegawai_id, jenis, param, judul, isi, tautan`;
}

/**
 * What to mail each recipient with an address, from a CTE named `cte` over `notifikasiInsertFrom`:
 * the notification (kind, parameters, Indonesian text, link) with the recipient's email and
 * language (`bahasaOf`); the caller renders each in that language (notifikasi.service.ts `queueEmails`).
 */
export function emailsOfInserted(cte: string): SQL {
  const n = sql.raw(cte);
  return sql`coalesce((select json_agg(json_build_object('email', p.email, 'bahasa', ${bahasaOf('p')},
      'jenis', ${n}.jenis, 'param', ${n}.param, 'judul', ${n}.judul, 'isi', ${n}.isi, 'tautan', ${n}.tautan))
    from ${n} join pegawai p on p.instansi_id = ${n}.instansi_id and p.id = ${n}.pegawai_id
    where p.email is not null and p.email <> ''), '[]'::json)`;
}

/** `markReadByLink` as a piece of a caller's statement, applied only when `when` holds. */
export function markReadByLinkWhere(instansiId: string, pegawaiId: string, tautan: string, when: SQL): SQL {
  return sql`update notifikasi set dibaca_at = now()
    where instansi_id = ${instansiId} and pegawai_id = ${pegawaiId} and tautan = ${tautan} and dibaca_at is null and ${when}`;
}

export async function listForPegawai(
  exec: Executor,
  instansiId: string,
  pegawaiId: string,
  limit: number,
  belumDibaca: boolean,
) {
  const where = [eq(notifikasi.instansiId, instansiId), eq(notifikasi.pegawaiId, pegawaiId)];
  if (belumDibaca) where.push(isNull(notifikasi.dibacaAt));
  return exec
    .select()
    .from(notifikasi)
    .where(and(...where))
    .orderBy(desc(notifikasi.createdAt))
    .limit(limit);
}

/** Marks one person's unread notifications that open `tautan` as read (acting on it clears them). */
export async function markReadByLink(exec: Executor, instansiId: string, pegawaiId: string, tautan: string) {
  const rows = await exec
    .update(notifikasi)
    .set({ dibacaAt: new Date() })
    .where(
      and(
        eq(notifikasi.instansiId, instansiId),
        eq(notifikasi.pegawaiId, pegawaiId),
        eq(notifikasi.tautan, tautan),
        isNull(notifikasi.dibacaAt),
      ),
    )
    .returning({ id: notifikasi.id });
  return rows.length;
}

export async function markRead(exec: Executor, instansiId: string, pegawaiId: string, id: string) {
  const rows = await exec
    .update(notifikasi)
    .set({ dibacaAt: new Date() })
    .where(and(eq(notifikasi.instansiId, instansiId), eq(notifikasi.pegawaiId, pegawaiId), eq(notifikasi.id, id)))
    .returning();
  return rows[0] ?? null;
}
