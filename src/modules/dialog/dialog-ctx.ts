/** Context, loading with authorisation, and the write helper of the dialog module. */
import type { Database } from '../../db/client.ts';
import type { Executor, Tx } from '../../db/tx.ts';
import { type AksiPelaksanaan, bolehPelaksanaan } from '../../domain/pelaksanaan/akses.ts';
import type { RuleSettings } from '../../domain/settings.ts';
import { defaultPeriodeItems, jenisEvaluasiOf } from '../../domain/skp/periode-defaults.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, actorLabel, authorize, isMemberOf, requireActor } from '../access/index.ts';
import { writeAudit } from '../audit/index.ts';
import { createOutbox, deliver, type NotifikasiBaru, notify } from '../notifikasi/index.ts';
import { loadSettingsWith } from '../pengaturan/index.ts';
import { skpAccess } from '../skp/index.ts';
import * as repo from './dialog.repository.ts';

export interface DialogCtx {
  database: Database;
  actor: Actor | null;
  requestId?: string;
  /** Resolve the hierarchy on this date instead of today; tests only. */
  tanggal?: string;
  /** "Now" for rules that depend on it (reminders, closing a dialog); tests only. */
  sekarang?: Date;
}

/**
 * The instansi's local zone for calendar days. The code base counts local dates in WIB
 * (src/modules/exchange "today in Asia/Jakarta"); there is no per-instansi zone yet, so WITA/WIT
 * agencies get WIB days until one exists — the domain rule already takes the zone (docs/pelaksanaan-dialog.md).
 */
export const ZONA_INSTANSI = 'Asia/Jakarta';

export interface WriteKit {
  tx: Tx;
  audit(a: { action: string; entity: string; entityId: string; before?: unknown; after?: unknown }): Promise<void>;
  notify(items: NotifikasiBaru[]): Promise<number>;
}

/** One transaction with audit and notifications; emails leave only after the commit. */
export async function mutate<T>(
  ctx: DialogCtx & { actor: Actor },
  instansiId: string,
  fn: (kit: WriteKit) => Promise<T>,
): Promise<T> {
  const outbox = createOutbox();
  const result = await ctx.database.db.transaction(async (tx) =>
    fn({
      tx,
      audit: (a) =>
        writeAudit(tx, {
          instansiId,
          akunId: ctx.actor.akunId,
          actorLabel: actorLabel(ctx.actor),
          requestId: ctx.requestId,
          ...a,
        }),
      notify: (items) => notify(tx, items, outbox),
    }),
  );
  await deliver(outbox);
  return result;
}

/**
 * A dialog the caller may read (whoever may read its SKP), with the caller's roles; 404 otherwise.
 * One statement reads the dialog, its SKP and what the authorisation needs (and, with `lengkap`,
 * the whole detail); the hierarchy comes from the cache keyed by the org version read with it.
 */
export async function loadDialog(ctx: DialogCtx, instansiId: string, dialogId: string, lengkap = false) {
  requireActor(ctx.actor);
  if (!isMemberOf(ctx.actor, instansiId)) throw new AppError('ACCESS.DENIED');
  const row = await repo.getDialogFull(ctx.database.db, instansiId, dialogId, lengkap);
  if (!row) throw new AppError('ACCESS.DENIED');
  const access = await skpAccess(ctx, row.s, { unitPath: row.unitPath, orgVersion: row.orgVersion });
  authorize(ctx.actor, 'skp.read', access.target);
  return { d: row.d, s: row.s, detail: row.detail, peran: access.peranSaya as string[], actor: ctx.actor as Actor };
}

/** 403 when the caller may read but the rule table does not let their role take the action. */
export function requireAksi(aksi: AksiPelaksanaan, peran: readonly string[]) {
  if (!bolehPelaksanaan(aksi, peran)) throw new AppError('ACCESS.FORBIDDEN', { aksi });
}

export function staleDialog(currentVersion: number): AppError {
  return new AppError(
    'CONFLICT.VERSION',
    { currentVersion },
    {
      id: 'Dialog ini telah diubah oleh orang lain sejak Anda membukanya. Muat ulang, lalu ulangi perubahan Anda.',
      en: 'Someone else changed this dialogue since you opened it. Reload it and apply your change again.',
    },
  );
}

/** The periods of a year: the stored list, else the instansi's default rhythm (not stored by a read). */
export async function periodeTahun(ex: Executor, instansiId: string, tahun: number) {
  const stored = await repo.periodeTersimpan(ex, instansiId, tahun);
  if (stored) return stored;
  return periodeDariPengaturan(tahun, await loadSettingsWith(ex, instansiId));
}

/** The default periods of a year from resolved settings. */
export function periodeDariPengaturan(tahun: number, settings: RuleSettings) {
  return defaultPeriodeItems(tahun, jenisEvaluasiOf(settings), settings);
}

export function isTerkunci(d: { dikonfirmasiPegawaiAt: Date | null; dikonfirmasiPenilaiAt: Date | null }) {
  return !!d.dikonfirmasiPegawaiAt && !!d.dikonfirmasiPenilaiAt;
}
