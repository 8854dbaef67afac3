/**
 * In-app notifications for the next actor, and their email copies. `notify` writes in the caller's
 * transaction and queues emails in an outbox; `deliver` sends the outbox after the commit, so a
 * rolled-back change never mails anyone and a mail failure never undoes a change.
 */

import type { Tx } from '../../db/tx.ts';
import { AppError, type Lang } from '../../http/errors.ts';
import { type Actor, isMemberOf, requireActor } from '../access/index.ts';
import { currentMailer, type Email } from './mailer.ts';
import * as repo from './notifikasi.repository.ts';
import { renderPesan, renderStored, type TPesanNotifikasi } from './notifikasi.texts.ts';

/** A notification for one person: its kind and parameters (the text is rendered per reader). */
export type NotifikasiBaru = TPesanNotifikasi & {
  instansiId: string;
  pegawaiId: string;
  /** Path in the web app the notification opens, e.g. /skp/<id>. */
  tautan?: string | null;
  /** Skip when the same unread reminder (jenis + tautan) already waits for this person. */
  sekali?: boolean;
};

/** Emails waiting for the transaction to commit. */
export interface Outbox {
  emails: Email[];
}

export function createOutbox(): Outbox {
  return { emails: [] };
}

/**
 * Records notifications in the transaction and queues their emails (for pegawai with an address);
 * one statement whatever the number (notifikasi.repository.ts `insertNotifikasi`).
 */
export async function notify(tx: Tx, items: NotifikasiBaru[], outbox?: Outbox): Promise<number> {
  const inserted = await repo.insertNotifikasi(
    tx,
    items.map((n) => {
      // The Indonesian text is stored too: rows stay readable to anything reading the table directly.
      const { judul, isi } = renderPesan(n, 'id');
      return {
        instansiId: n.instansiId,
        pegawaiId: n.pegawaiId,
        jenis: n.jenis,
        param: n.param,
        judul,
        isi,
        tautan: n.tautan ?? null,
        sekali: n.sekali ?? false,
      };
    }),
  );
  if (outbox) for (const n of inserted) if (n.email) outbox.emails.push(emailOf({ ...n, email: n.email }));
  return inserted.length;
}

/** A notification as mailed to one recipient (what `insertNotifikasi` and `emailsOfInserted` answer). */
export interface MailCopy {
  email: string;
  /** The recipient account's language: the email is written in it. */
  bahasa: Lang;
  jenis: string;
  param: unknown;
  /** The Indonesian text stored with the row (used for a kind this version cannot render). */
  judul: string;
  isi: string;
  tautan: string | null;
}

/** A notification's email copy, in the recipient's language (their account's choice; Indonesian otherwise). */
export function emailOf(n: MailCopy): Email {
  const { judul, isi } = renderStored(n, n.bahasa === 'en' ? 'en' : 'id');
  return { to: n.email, subject: `[Kinerja] ${judul}`, text: `${isi}${n.tautan ? `\n\n${n.tautan}` : ''}` };
}

/** Queues the email copies a one-statement write answered (`emailsOfInserted`). */
export function queueEmails(outbox: Outbox, list: MailCopy[]): void {
  for (const n of list) outbox.emails.push(emailOf(n));
}

/** Acting on what a notification points to clears it: marks the person's unread ones for `tautan` read. */
export async function clearByLink(tx: Tx, instansiId: string, pegawaiId: string | null, tautan: string) {
  if (!pegawaiId) return 0;
  return repo.markReadByLink(tx, instansiId, pegawaiId, tautan);
}

/** Sends the queued emails; failures are logged, never thrown. */
export async function deliver(outbox: Outbox): Promise<void> {
  const mailer = currentMailer();
  for (const email of outbox.emails.splice(0)) {
    try {
      await mailer.send(email);
    } catch (err) {
      console.warn(`kinerja: email to ${email.to} failed: ${(err as Error).message}`);
    }
  }
}

interface Ctx {
  database: { db: import('../../db/client.ts').Db };
  actor: Actor | null;
}

function ownPegawai(ctx: Ctx, instansiId: string): string | null {
  requireActor(ctx.actor);
  if (!isMemberOf(ctx.actor, instansiId)) throw new AppError('ACCESS.DENIED');
  return ctx.actor.instansiId === instansiId ? ctx.actor.pegawaiId : null;
}

/** The caller's newest notifications in the tenant (an account without pegawai has none). */
export async function listNotifikasi(
  ctx: Ctx,
  instansiId: string,
  q: { belumDibaca?: boolean; limit?: number } = {},
  lang: Lang = 'id',
) {
  const pegawaiId = ownPegawai(ctx, instansiId);
  if (!pegawaiId) return [];
  const rows = await repo.listForPegawai(ctx.database.db, instansiId, pegawaiId, q.limit ?? 50, !!q.belumDibaca);
  return rows.map((r) => toDto(r, lang));
}

/** Marks one of the caller's notifications as read; another person's looks like "not found". */
export async function bacaNotifikasi(ctx: Ctx, instansiId: string, id: string, lang: Lang = 'id') {
  const pegawaiId = ownPegawai(ctx, instansiId);
  const row = pegawaiId ? await repo.markRead(ctx.database.db, instansiId, pegawaiId, id) : null;
  if (!row) throw new AppError('ACCESS.DENIED');
  return toDto(row, lang);
}

function toDto(r: repo.NotifikasiRow, lang: Lang) {
  const { judul, isi } = renderStored(r, lang);
  return {
    id: r.id,
    jenis: r.jenis,
    judul,
    isi,
    tautan: r.tautan,
    dibacaAt: r.dibacaAt ? r.dibacaAt.toISOString() : null,
    createdAt: r.createdAt.toISOString(),
  };
}
