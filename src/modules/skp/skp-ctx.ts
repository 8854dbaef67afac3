/** The context every planning use case takes, and the transaction helper for writes. */
import type { Database } from '../../db/client.ts';
import type { Executor, Tx } from '../../db/tx.ts';
import { AppError } from '../../http/errors.ts';
import { type Actor, actorLabel } from '../access/index.ts';
import { type AuditEntry, writeAudit } from '../audit/index.ts';
import { clearByLink, createOutbox, deliver, type NotifikasiBaru, notify, queueEmails } from '../notifikasi/index.ts';

export interface SkpCtx {
  database: Database;
  actor: Actor | null;
  requestId?: string;
  /** Resolve the hierarchy (who appraises whom) on this date instead of today; tests only. */
  tanggal?: string;
}

type AuditInput = { action: string; entity: string; entityId: string; before?: unknown; after?: unknown };

export interface WriteKit {
  tx: Tx;
  audit(a: AuditInput): Promise<void>;
  /** The entry `audit` would write, for a statement that writes it itself (skp-write.repository.ts). */
  auditEntry(a: AuditInput): AuditEntry;
  notify(items: NotifikasiBaru[]): Promise<number>;
  /** Marks the actor's own unread notifications that open `tautan` read (they acted on it). */
  clearNotifications(tautan: string): Promise<number>;
  /** Queues email copies a statement answered (skp-write.repository.ts); sent after the commit. */
  mail(list: MailCopy[]): void;
}

type MailCopy = Parameters<typeof queueEmails>[1][number];

/** What a write that is one statement needs: where to run it, its audit entry, its emails. */
export interface OnceKit {
  exec: Executor;
  auditEntry(a: AuditInput): AuditEntry;
  mail(list: MailCopy[]): void;
}

/** One transaction with audit and notifications; emails leave only after the commit. */
export async function mutate<T>(
  ctx: SkpCtx & { actor: Actor },
  instansiId: string,
  fn: (kit: WriteKit) => Promise<T>,
): Promise<T> {
  const outbox = createOutbox();
  const auditEntry = (a: AuditInput) => entryOf(ctx, instansiId, a);
  const result = await ctx.database.db.transaction(async (tx) =>
    fn({
      tx,
      audit: (a) => writeAudit(tx, auditEntry(a)),
      auditEntry,
      notify: (items) => notify(tx, items, outbox),
      clearNotifications: (tautan) => clearByLink(tx, instansiId, ctx.actor.pegawaiId, tautan),
      mail: (list) => queueEmails(outbox, list),
    }),
  );
  await deliver(outbox);
  return result;
}

/**
 * A write made of one statement (skp-write.repository.ts folds the change, its audit and its
 * notices into one): a statement is atomic by itself, so it runs without BEGIN/COMMIT — two round
 * trips fewer, which count twice on PGlite's single backend. Emails leave after it, as after a commit.
 */
export async function mutateOnce<T>(
  ctx: SkpCtx & { actor: Actor },
  instansiId: string,
  fn: (kit: OnceKit) => Promise<T>,
): Promise<T> {
  const outbox = createOutbox();
  const result = await fn({
    exec: ctx.database.db,
    auditEntry: (a) => entryOf(ctx, instansiId, a),
    mail: (list) => queueEmails(outbox, list),
  });
  await deliver(outbox);
  return result;
}

function entryOf(ctx: SkpCtx & { actor: Actor }, instansiId: string, a: AuditInput): AuditEntry {
  return {
    instansiId,
    akunId: ctx.actor.akunId,
    actorLabel: actorLabel(ctx.actor),
    requestId: ctx.requestId,
    ...a,
  };
}

/** The 409 for a stale SKP version, with a message that says what happened. */
export function staleSkp(currentVersion?: number): AppError {
  return new AppError(
    'CONFLICT.VERSION',
    { currentVersion: currentVersion ?? null },
    {
      id: 'SKP ini telah diubah oleh orang lain sejak Anda membukanya. Muat ulang, lalu ulangi perubahan Anda.',
      en: 'Someone else changed this SKP since you opened it. Reload it and apply your change again.',
    },
  );
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
