/**
 * Outgoing email behind one small interface: a nodemailer SMTP implementation when
 * `KINERJA_SMTP_URL` is set (e.g. smtp://user:pass@mail.example.go.id:587), a no-op otherwise.
 * Tests install a capturing mailer with `configureMailer`. Emails are sent after the transaction
 * that created the notifications commits; a failed send is logged and never fails the request.
 */
import nodemailer from 'nodemailer';

export interface Email {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  readonly kind: string;
  send(email: Email): Promise<void>;
}

/** Sends nothing (no SMTP configured). */
export const noopMailer: Mailer = { kind: 'noop', send: async () => {} };

/** SMTP through nodemailer; `from` defaults to KINERJA_SMTP_FROM or a local sender. */
export function smtpMailer(url: string, from = process.env.KINERJA_SMTP_FROM ?? 'Kinerja <kinerja@localhost>'): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    async send(email) {
      await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.text });
    },
  };
}

/** Keeps every email in memory (tests). */
export function capturingMailer(): Mailer & { sent: Email[] } {
  const sent: Email[] = [];
  return {
    kind: 'capturing',
    sent,
    async send(email) {
      sent.push(email);
    },
  };
}

/** The mailer the environment asks for. */
export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer {
  return env.KINERJA_SMTP_URL ? smtpMailer(env.KINERJA_SMTP_URL) : noopMailer;
}

let current: Mailer | null = null;

/** Installs a mailer for this process (null: back to the environment's). */
export function configureMailer(mailer: Mailer | null): void {
  current = mailer;
}

/** The mailer in use. */
export function currentMailer(): Mailer {
  current ??= mailerFromEnv();
  return current;
}
