/** English texts: same keys as the Indonesian dictionary (checked by the type). */
import type { Dictionary } from '../id/index.ts';
import { admin } from './admin.ts';
import { app } from './app.ts';
import { beranda } from './beranda.ts';
import { dialog } from './dialog.ts';
import { enums } from './enums.ts';
import { imporAudit } from './impor-audit.ts';
import { org } from './org.ts';
import { pegawai } from './pegawai.ts';
import { skp } from './skp.ts';
import { tools } from './tools.ts';

export const en: Dictionary = {
  ...app,
  ...admin,
  ...beranda,
  ...dialog,
  ...enums,
  ...imporAudit,
  ...org,
  ...pegawai,
  ...skp,
  ...tools,
};
