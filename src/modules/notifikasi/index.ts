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
export { notifikasiRoutes } from './notifikasi.routes.ts';
export { clearByLink, createOutbox, deliver, type NotifikasiBaru, notify, type Outbox } from './notifikasi.service.ts';
export {
  renderPesan,
  type TJenisPelaksanaan,
  type TPesanNotifikasi,
  type TSebabTinjau,
  type TTeksDuaBahasa,
} from './notifikasi.texts.ts';
