/** The only SQL for per-instansi rule settings. */
import { and, eq, sql } from 'drizzle-orm';
import { pengaturanInstansi } from '../../db/schema.ts';
import type { Executor } from '../../db/tx.ts';

export async function getSettingsRow(exec: Executor, instansiId: string) {
  const rows = await exec
    .select()
    .from(pengaturanInstansi)
    .where(eq(pengaturanInstansi.instansiId, instansiId))
    .limit(1);
  return rows[0] ?? null;
}

/** Inserts the first overlay (version 1) or updates when `version` matches; null on a conflict. */
export async function saveSettings(exec: Executor, instansiId: string, version: number, settings: object) {
  if (version === 0) {
    const rows = await exec
      .insert(pengaturanInstansi)
      .values({ instansiId, settings, version: 1 })
      .onConflictDoNothing()
      .returning();
    return rows[0] ?? null;
  }
  const rows = await exec
    .update(pengaturanInstansi)
    .set({ settings, version: sql`${pengaturanInstansi.version} + 1`, updatedAt: new Date() })
    .where(and(eq(pengaturanInstansi.instansiId, instansiId), eq(pengaturanInstansi.version, version)))
    .returning();
  return rows[0] ?? null;
}
