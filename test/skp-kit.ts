/**
 * Test kit for the planning API: a small org (test/factories.ts buildOrg) with a logged-in account
 * for each person and for the admins, and a compact request helper over `app.inject`.
 */

import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/db/client.ts';
import { buildApp } from '../src/http/app.ts';
import { buildAkun, buildOrg, login } from './factories.ts';

export type Who = 'kadis' | 'kabid' | 'kasi' | 'staf' | 'kepsek' | 'guru' | 'admin' | 'auditor' | 'lain';

export interface Res {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: JSON bodies are asserted field by field in tests
  body: any;
}

export async function skpWorld(database: Database, opts: { app?: FastifyInstance } = {}) {
  const org = await buildOrg(database);
  const other = await buildOrg(database);
  const app = opts.app ?? (await buildApp(database));
  const i = org.instansi.id;
  const accounts: Record<Who, { id: string; username: string }> = {
    kadis: await buildAkun(database, { instansiId: i, pegawaiId: org.pegawai.kadis.id }),
    kabid: await buildAkun(database, { instansiId: i, pegawaiId: org.pegawai.kabid.id }),
    kasi: await buildAkun(database, { instansiId: i, pegawaiId: org.pegawai.kasi.id }),
    staf: await buildAkun(database, { instansiId: i, pegawaiId: org.pegawai.staf.id }),
    kepsek: await buildAkun(database, { instansiId: i, pegawaiId: org.pegawai.kepsek.id }),
    guru: await buildAkun(database, { instansiId: i, pegawaiId: org.pegawai.guru.id }),
    admin: await buildAkun(database, { instansiId: i, peran: ['ADMIN_INSTANSI'] }),
    auditor: await buildAkun(database, { instansiId: i, peran: ['AUDITOR'] }),
    lain: await buildAkun(database, { instansiId: other.instansi.id, peran: ['ADMIN_INSTANSI'] }),
  };
  const cookies = new Map<string, string>();
  const cookieOf = async (who: Who | { username: string }) => {
    const username = typeof who === 'string' ? accounts[who].username : who.username;
    if (!cookies.has(username)) cookies.set(username, await login(app, username));
    return cookies.get(username) as string;
  };
  const call = async (
    who: Who | { username: string },
    method: string,
    path: string,
    payload?: unknown,
  ): Promise<Res> => {
    const res = await app.inject({
      method: method as 'GET',
      url: `/api/instansi/${i}${path}`,
      payload: payload as object | undefined,
      headers: { cookie: await cookieOf(who) },
    });
    return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : null };
  };
  /** Invalidates cached hierarchy snapshots after factories change the org directly. */
  const orgChanged = () => database.db.execute(sql`update instansi set version = version + 1 where id = ${i}`);
  return { org, other, app, i, accounts, call, cookieOf, orgChanged };
}

export type World = Awaited<ReturnType<typeof skpWorld>>;

export const TAHUN = Number(new Date().toISOString().slice(0, 4));

export const ikiKuantitatif = (indikator = 'Jumlah dokumen kurikulum', nilai = 12) => ({
  aspek: 'KUANTITAS',
  indikator,
  targetNilai: nilai,
  targetSatuan: 'dokumen',
});

/** Creates an SKP for `who` and returns its id and version. */
export async function createSkp(w: World, who: Who, body: Record<string, unknown> = {}) {
  const res = await w.call(who, 'POST', '/skp', { tahun: TAHUN, pendekatan: 'KUANTITATIF', ...body });
  if (res.status !== 201) throw new Error(`create SKP for ${who}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; version: number };
}

/** Adds an RHK with one quantitative IKI. */
export async function addRhk(
  w: World,
  who: Who,
  skp: { id: string; version: number },
  body: Record<string, unknown> = {},
) {
  const res = await w.call(who, 'POST', `/skp/${skp.id}/rhk`, {
    version: skp.version,
    jenis: 'UTAMA',
    teks: 'Tersusunnya dokumen kurikulum muatan lokal',
    sumber: 'JF',
    iki: [ikiKuantitatif()],
    ...body,
  });
  if (res.status !== 201) throw new Error(`add RHK: ${res.status} ${JSON.stringify(res.body)}`);
  skp.version = res.body.version;
  return res.body.id as string;
}

/** Staff SKP with one complete RHK, submitted to the kasi. */
export async function submittedStafSkp(w: World) {
  const skp = await createSkp(w, 'staf');
  await addRhk(w, 'staf', skp);
  const res = await w.call('staf', 'POST', `/skp/${skp.id}/ajukan`, { version: skp.version });
  if (res.status !== 200) throw new Error(`ajukan: ${res.status} ${JSON.stringify(res.body)}`);
  skp.version = res.body.version;
  return skp;
}
