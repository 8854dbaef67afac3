/** English texts: same keys as the Indonesian dictionary (checked by the type). */
import type { Dictionary } from '../id/index.ts';
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

export const en: Dictionary = {
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
