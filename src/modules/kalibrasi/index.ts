/** Public surface of the calibration module (issue 11 item 3). */

export { type HasilBatch, jalankanBatch } from './batch.service.ts';
export { kalibrasiRoutes } from './kalibrasi.routes.ts';
export { peranKalibrasi } from './kalibrasi.service.ts';
