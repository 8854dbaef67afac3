/** Public surface of the notifications module. */
export {
  capturingMailer,
  configureMailer,
  currentMailer,
  type Email,
  type Mailer,
  mailerFromEnv,
  noopMailer,
  smtpMailer,
} from './mailer.ts';
export {
  emailsOfInserted,
  markReadByLinkWhere,
  notifikasiInsertFrom,
} from './notifikasi.repository.ts';
export { notifikasiRoutes } from './notifikasi.routes.ts';
export {
  clearByLink,
  createOutbox,
  deliver,
  type MailCopy,
  type NotifikasiBaru,
  notify,
  type Outbox,
  queueEmails,
} from './notifikasi.service.ts';
export {
  renderPesan,
  type TJenisPelaksanaan,
  type TPesanNotifikasi,
  type TSebabTinjau,
  type TTeksDuaBahasa,
} from './notifikasi.texts.ts';
