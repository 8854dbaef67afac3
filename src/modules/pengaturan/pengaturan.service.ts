/**
 * Per-instansi settings overlaying the national rule sets (issue 3): read by everyone in the
 * tenant (the rules that judge them are public to them), changed by admin instansi, validated with
 * the domain's zod schema, versioned against lost updates, audited with before/after.
 */

import type { Executor } from '../../db/tx.ts';
import { DEFAULT_SETTINGS, type RuleSettings, resolveSettings, ZRuleSettings } from '../../domain/settings.ts';
import { AppError } from '../../http/errors.ts';
import { actorLabel, authorize } from '../access/index.ts';
import { writeAudit } from '../audit/index.ts';
import { type Ctx, getInstansi } from '../org/index.ts';
import * as repo from './pengaturan.repository.ts';

export interface SettingsView {
  settings: RuleSettings;
  /** 0 while the instansi uses the national defaults only. */
  version: number;
  defaults: RuleSettings;
}

/** The resolved settings of an instansi, for other modules (no authorisation: call after your own). */
export async function loadSettings(ctx: Pick<Ctx, 'database'>, instansiId: string): Promise<RuleSettings> {
  return loadSettingsWith(ctx.database.db, instansiId);
}

/** The same, read on a given executor (inside another module's transaction). */
export async function loadSettingsWith(exec: Executor, instansiId: string): Promise<RuleSettings> {
  const row = await repo.getSettingsRow(exec, instansiId);
  return resolveSettings(row?.settings ?? {});
}

export async function getSettings(ctx: Ctx, instansiId: string): Promise<SettingsView> {
  authorize(ctx.actor, 'settings.read', { instansiId });
  if (!(await getInstansi(ctx.database.db, instansiId))) throw new AppError('ACCESS.DENIED');
  const row = await repo.getSettingsRow(ctx.database.db, instansiId);
  return { settings: resolveSettings(row?.settings ?? {}), version: row?.version ?? 0, defaults: DEFAULT_SETTINGS };
}

export async function updateSettings(
  ctx: Ctx,
  instansiId: string,
  input: { version: number; settings: unknown },
): Promise<SettingsView> {
  authorize(ctx.actor, 'settings.write', { instansiId });
  const parsed = ZRuleSettings.safeParse(input.settings);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION.FAILED',
      parsed.error.issues.map((i) => ({ field: `body.settings.${i.path.join('.')}`, message: i.message })),
    );
  }
  const actor = ctx.actor;
  return ctx.database.db.transaction(async (tx) => {
    const before = await repo.getSettingsRow(tx, instansiId);
    const saved = await repo.saveSettings(tx, instansiId, input.version, parsed.data);
    if (!saved) throw new AppError('CONFLICT.VERSION', { currentVersion: before?.version ?? 0 });
    await writeAudit(tx, {
      instansiId,
      akunId: actor.akunId,
      actorLabel: actorLabel(actor),
      action: 'update',
      entity: 'pengaturan_instansi',
      entityId: instansiId,
      before: before?.settings ?? null,
      after: parsed.data,
      requestId: ctx.requestId,
    });
    return { settings: parsed.data, version: saved.version, defaults: DEFAULT_SETTINGS };
  });
}
