/** Indonesian texts (the source of truth for keys; `en` must have the same shape). */
import { admin } from './admin.ts';
import { app } from './app.ts';
import { beranda } from './beranda.ts';
import { bukti } from './bukti.ts';
import { dialog } from './dialog.ts';
import { dokumenEvaluasi } from './dokumen-evaluasi.ts';
import { enums } from './enums.ts';
import { evaluasi } from './evaluasi.ts';
import { imporAudit } from './impor-audit.ts';
import { kalibrasi } from './kalibrasi.ts';
import { keberatan } from './keberatan.ts';
import { monitoringKurva } from './monitoring-kurva.ts';
import { org } from './org.ts';
import { pegawai } from './pegawai.ts';
import { pelaksanaan } from './pelaksanaan.ts';
import { skp } from './skp.ts';
import { tools } from './tools.ts';
import { umpanBalik } from './umpan-balik.ts';

export const id = {
  ...app,
  ...admin,
  ...beranda,
  ...bukti,
  ...dialog,
  ...dokumenEvaluasi,
  ...enums,
  ...evaluasi,
  ...imporAudit,
  ...keberatan,
  ...kalibrasi,
  ...monitoringKurva,
  ...org,
  ...pegawai,
  ...pelaksanaan,
  ...skp,
  ...tools,
  ...umpanBalik,
};

/** Same keys, any strings: the type every other language must satisfy. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Dictionary = Shape<typeof id>;
