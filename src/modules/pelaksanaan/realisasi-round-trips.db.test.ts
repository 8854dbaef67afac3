/**
 * The realisasi save and the "Kinerja Saya" read hold their statement budget (issue 10: p95 < 50 ms
 * at 20 clients; the save took ten statements), counted through the pool (test/statements.ts), and
 * the folded write keeps what the ten did: the optimistic version (409 with the version met,
 * nothing written or audited), the lock of a rated period (re-checked by the write itself), the
 * audit with before and after in the same statement.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { addRhk, createSkp, skpWorld, type World } from '../../../test/skp-kit.ts';
import { type Statement, statementCounter } from '../../../test/statements.ts';
import { auditLog } from '../../db/schema.ts';
import { realisasi, skpPeriode } from '../../db/schema-pelaksanaan.ts';
import { periodeKinerja, skp as skpTable } from '../../db/schema-skp.ts';
import { tulisRealisasi } from './realisasi-write.repository.ts';

const database = useTestDatabase();
let w: World;
let record: ReturnType<typeof statementCounter>;

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const PERIODE = [
  { kode: 'TW1', mulai: day(-120), selesai: day(-60), batasPengisian: day(-50) },
  { kode: 'TW2', mulai: day(-59), selesai: day(20), batasPengisian: day(30) },
];

beforeAll(async () => {
  w = await skpWorld(database());
  record = statementCounter(database());
  for (const who of ['staf', 'kasi'] as const) await w.cookieOf(who); // a login is in no budget
});
afterAll(async () => {
  await w.app.close();
});

/** A staff SKP set by the kasi with one quantitative IKI (target 12), TW2 open for entry. */
async function setSkp() {
  await database()
    .db.update(skpTable)
    .set({ status: 'DITUTUP', selesai: day(-151), mulai: day(-152) })
    .where(eq(skpTable.pegawaiId, w.org.pegawai.staf.id));
  const s = await createSkp(w, 'staf');
  const rhkId = await addRhk(w, 'staf', s);
  const a = await w.call('staf', 'POST', `/skp/${s.id}/ajukan`, { version: s.version });
  const t = await w.call('kasi', 'POST', `/skp/${s.id}/tetapkan`, { version: a.body.version });
  expect(t.status, JSON.stringify(t.body)).toBe(200);
  const db = database().db;
  const [row] = await db.select().from(skpTable).where(eq(skpTable.id, s.id));
  await db.update(periodeKinerja).set({ periode: PERIODE }).where(eq(periodeKinerja.id, row.periodeId));
  await db
    .update(skpTable)
    .set({ mulai: day(-150), selesai: day(150) })
    .where(eq(skpTable.id, s.id));
  const read = await w.call('staf', 'GET', `/skp/${s.id}/pelaksanaan?periode=TW2`);
  expect(read.status).toBe(200);
  return { id: s.id, rhkId, iki: read.body.rhk[0].iki[0].id as string };
}

const names = (s: Statement[]) => s.map((x) => x.name ?? 'write');
const put = (skpId: string, ikiId: string, body: unknown) =>
  w.call('staf', 'PUT', `/skp/${skpId}/pelaksanaan/TW2/realisasi/${ikiId}`, body);
const audits = (id: string) =>
  database()
    .db.select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'realisasi'), eq(auditLog.entityId, id)))
    .orderBy(auditLog.id);

describe('statements per request', () => {
  it('saves a realisasi in three statements (session, one read, one write) and reads the period in two', async () => {
    const s = await setSkp();
    const first = await record(() => put(s.id, s.iki, { version: 0, nilai: 3, catatan: 'Tiga' }));
    expect(first.result.status, JSON.stringify(first.result.body)).toBe(200);
    // No BEGIN/COMMIT: the insert and its audit are one statement.
    expect(names(first.statements)).toEqual([
      'kinerja_find_session',
      'kinerja_realisasi_konteks',
      'kinerja_realisasi_isi',
    ]);
    const second = await record(() => put(s.id, s.iki, { version: 1, nilai: 4 }));
    expect(second.result.status).toBe(200);
    expect(names(second.statements)).toEqual([
      'kinerja_find_session',
      'kinerja_realisasi_konteks',
      'kinerja_realisasi_ubah',
    ]);
    const read = await record(() => w.call('staf', 'GET', `/skp/${s.id}/pelaksanaan?periode=TW2`));
    expect(read.result.status).toBe(200);
    expect(names(read.statements)).toEqual(['kinerja_find_session', 'kinerja_pelaksanaan_baca']);
    expect(read.result.body.rhk[0].iki[0]).toMatchObject({
      realisasi: { nilai: 4, version: 2 },
      progres: { jenis: 'KUANTITATIF', persen: 33.3 },
    });
    // Without a period, the year's periods (a key lookup) choose the running one, then the one read.
    const opened = await record(() => w.call('staf', 'GET', `/skp/${s.id}/pelaksanaan`));
    expect(opened.result.body.periode.kode).toBe('TW2');
    expect(names(opened.statements)).toEqual([
      'kinerja_find_session',
      'kinerja_pelaksanaan_periode',
      'kinerja_pelaksanaan_baca',
    ]);
    // …and a caller who may not read the SKP learns nothing from it.
    const other = await record(() => w.call('lain', 'GET', `/skp/${s.id}/pelaksanaan`));
    expect(other.result.status).toBe(404);
  });

  it('refuses a version that cannot match what it read without writing (two statements)', async () => {
    const s = await setSkp();
    expect((await put(s.id, s.iki, { version: 0, nilai: 1 })).status).toBe(200);
    const stale = await record(() => put(s.id, s.iki, { version: 0, nilai: 2 }));
    expect([stale.result.status, stale.result.body.error.details]).toEqual([409, { currentVersion: 1 }]);
    expect(names(stale.statements)).toEqual(['kinerja_find_session', 'kinerja_realisasi_konteks']);
  });
});

describe('the folded save keeps its behaviour', () => {
  it('audits the first save and each change with before and after, in the same statement', async () => {
    const s = await setSkp();
    const first = await put(s.id, s.iki, { version: 0, nilai: 3, catatan: 'Tiga' });
    const second = await put(s.id, s.iki, { version: 1, nilai: 5, catatan: '' });
    expect(second.body).toMatchObject({ id: first.body.id, nilai: 5, catatan: null, version: 2 });
    const rows = await audits(first.body.id);
    expect(rows.map((r) => r.action)).toEqual(['realisasi.isi', 'realisasi.ubah']);
    expect(rows[0].before).toBeNull();
    expect(rows[0].after).toEqual({ ...first.body, skpId: s.id });
    expect(rows[1].before).toEqual({ ...first.body, skpId: s.id });
    expect(rows[1].after).toEqual({ ...second.body, skpId: s.id });
    expect(rows[1].actorLabel).toBeTruthy();
  });

  it('two devices saving the same version at once: one is stored, the other gets 409 and nothing is audited for it', async () => {
    const s = await setSkp();
    const [a, b] = await Promise.all([
      put(s.id, s.iki, { version: 0, nilai: 1 }),
      put(s.id, s.iki, { version: 0, nilai: 2 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const won = a.status === 200 ? a.body : b.body;
    const lost = a.status === 200 ? b.body : a.body;
    expect(lost.error).toMatchObject({ code: 'CONFLICT.VERSION', details: { currentVersion: 1 } });
    expect(await audits(won.id)).toHaveLength(1);
    const [c, d] = await Promise.all([
      put(s.id, s.iki, { version: 1, nilai: 7 }),
      put(s.id, s.iki, { version: 1, nilai: 8 }),
    ]);
    expect([c.status, d.status].sort()).toEqual([200, 409]);
    expect(await audits(won.id)).toHaveLength(2);
  });

  it('the write itself refuses a period rated after the read: nothing stored, nothing audited', async () => {
    const s = await setSkp();
    const saved = await put(s.id, s.iki, { version: 0, nilai: 1 });
    // The evaluation sets the period between the save's read and its write.
    await database()
      .db.insert(skpPeriode)
      .values({ instansiId: w.i, skpId: s.id, periodeKode: 'TW2', dinilaiAt: new Date() });
    const entry = {
      instansiId: w.i,
      skpId: s.id,
      ikiId: s.iki,
      kode: 'TW2',
      values: { nilai: '9', teks: null, catatan: null },
      audit: { instansiId: w.i, akunId: null, actorLabel: 'test', action: 'realisasi.ubah', entity: 'realisasi' },
    };
    const upd = await tulisRealisasi(database().pool, {
      ...entry,
      version: 1,
      id: saved.body.id,
      audit: { ...entry.audit, entityId: saved.body.id },
    });
    expect(upd).toEqual({ ok: false, dinilai: true, currentVersion: 1 });
    const fresh = randomUUID();
    const ins = await tulisRealisasi(database().pool, {
      ...entry,
      kode: 'TW2',
      version: 0,
      id: fresh,
      audit: { ...entry.audit, entityId: fresh },
    });
    expect(ins).toMatchObject({ ok: false, dinilai: true });
    const [row] = await database().db.select().from(realisasi).where(eq(realisasi.id, saved.body.id));
    expect([row.nilai, row.version]).toEqual(['1', 1]);
    expect(await audits(saved.body.id)).toHaveLength(1);
    // Through the API the read already says why.
    const api = await put(s.id, s.iki, { version: 1, nilai: 9 });
    expect(api.body.error).toMatchObject({ code: 'REALISASI.DITUTUP', details: { alasan: 'DINILAI' } });
  });

  it('does not create a realisasi for an IKI that left the SKP after the read', async () => {
    const s = await setSkp();
    const other = randomUUID(); // an IKI id of nobody's
    const id = randomUUID();
    const res = await tulisRealisasi(database().pool, {
      instansiId: w.i,
      skpId: s.id,
      ikiId: other,
      kode: 'TW2',
      version: 0,
      id,
      values: { nilai: '1', teks: null, catatan: null },
      audit: {
        instansiId: w.i,
        akunId: null,
        actorLabel: 'test',
        action: 'realisasi.isi',
        entity: 'realisasi',
        entityId: id,
      },
    });
    expect(res).toEqual({ ok: false, dinilai: false, currentVersion: null });
    expect(await audits(id)).toHaveLength(0);
  });
});
