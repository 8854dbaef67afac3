/** The only SQL for notifications. Inserts run inside the caller's transaction. */
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { akun, pegawai } from '../../db/schema.ts';
import { notifikasi } from '../../db/schema-skp.ts';
import type { Executor } from '../../db/tx.ts';
import type { Lang } from '../../http/errors.ts';

export type NotifikasiRow = typeof notifikasi.$inferSelect;

export async function insertNotifikasi(exec: Executor, rows: Array<typeof notifikasi.$inferInsert>) {
  if (!rows.length) return [];
  return exec.insert(notifikasi).values(rows).returning();
}

/** Unread notifications of one kind with one link, for reminders that must not pile up. */
export async function findUnreadSame(
  exec: Executor,
  instansiId: string,
  pegawaiId: string,
  jenis: string,
  tautan: string | null,
) {
  const rows = await exec
    .select({ id: notifikasi.id, tautan: notifikasi.tautan })
    .from(notifikasi)
    .where(
      and(
        eq(notifikasi.instansiId, instansiId),
        eq(notifikasi.pegawaiId, pegawaiId),
        eq(notifikasi.jenis, jenis),
        isNull(notifikasi.dibacaAt),
      ),
    );
  return rows.filter((r) => r.tautan === tautan);
}

/**
 * Where and in which language to mail each pegawai: their email address and the language of their
 * account (Indonesian when they have none or it is not one we write in).
 */
export async function recipientsOf(exec: Executor, instansiId: string, pegawaiIds: string[]) {
  const out = new Map<string, { email: string; bahasa: Lang }>();
  if (!pegawaiIds.length) return out;
  const rows = await exec
    .select({ id: pegawai.id, email: pegawai.email, bahasa: akun.bahasa })
    .from(pegawai)
    .leftJoin(
      akun,
      and(eq(akun.pegawaiId, pegawai.id), eq(akun.instansiId, pegawai.instansiId), eq(akun.isActive, true)),
    )
    .where(and(eq(pegawai.instansiId, instansiId), inArray(pegawai.id, pegawaiIds)));
  for (const r of rows) {
    if (!r.email) continue;
    const bahasa: Lang = r.bahasa === 'en' ? 'en' : 'id';
    // Several accounts for one pegawai (rare): any that chose English wins over the default.
    if (!out.has(r.id) || bahasa === 'en') out.set(r.id, { email: r.email, bahasa });
  }
  return out;
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
