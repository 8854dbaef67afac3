/** Public surface of 360° input (masukan 360°). */
export { masukan360Routes } from './masukan360.routes.ts';
export { teksNotifikasiMasukan360 } from './masukan360.service.ts';
