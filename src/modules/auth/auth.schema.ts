import { z } from 'zod';

export const ZLoginRequest = z.object({
  username: z.string().min(1).max(100).describe('NIP (18 digit) atau nama pengguna / NIP or username'),
  password: z.string().min(1).max(200),
});

export const ZMe = z.object({
  id: z.string(),
  username: z.string(),
  nama: z.string(),
  bahasa: z.string(),
  instansi: z.object({ id: z.string(), kode: z.string(), nama: z.string(), isDemo: z.boolean() }).nullable(),
  pegawai: z.object({ id: z.string(), nip: z.string(), nama: z.string() }).nullable(),
  /** Assigned roles plus the derived PEGAWAI and PEJABAT_PENILAI. */
  peran: z.array(z.string()),
  unitAdmin: z.array(z.object({ instansiId: z.string().nullable(), unitId: z.string().nullable() })),
  jumlahBawahan: z.number(),
});
export type TMe = z.infer<typeof ZMe>;

export const ZChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});

export const ZDemoAccounts = z.object({
  isDemo: z.boolean(),
  accounts: z.array(z.object({ username: z.string(), password: z.string(), label: z.string() })),
});

export const ZOk = z.object({ ok: z.literal(true) });
