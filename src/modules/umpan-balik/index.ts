/** Public surface of continuous feedback (umpan balik berkelanjutan) and the Bawahan screen's read. */
export { umpanBalikRoutes } from './umpan-balik.routes.ts';
export { teksNotifikasiUmpanBalik, umpanBalikUntukPenilaian } from './umpan-balik.service.ts';
