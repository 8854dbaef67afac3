/** Indonesian texts (the source of truth for keys; `en` must have the same shape). */
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

export const id = {
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

/** Same keys, any strings: the type every other language must satisfy. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Dictionary = Shape<typeof id>;
