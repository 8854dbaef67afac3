/** Public surface of the dialog kinerja module (issue 10 item 7). */
export { dialogRoutes } from './dialog.routes.ts';
export { type HasilPengingat, kirimPengingat, mulaiPenjadwalPengingat } from './dialog-pengingat.ts';
