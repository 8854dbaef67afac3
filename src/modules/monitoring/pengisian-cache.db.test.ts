/**
 * The monitoring snapshot is cached per change stamp (pengisian-cache.ts). A stale figure is worse
 * than a slow one, so: every SKP writer raises the stamp (the trigger of migration 0006), a cached
 * answer always equals a cold one after each write path of the API, a commit that was in flight
 * while the cache was built (and whose updated_at is older) is never hidden, and the drill-down
 * and the export agree with the counts.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { addRhk, createSkp, skpWorld, submittedStafSkp, TAHUN, type World } from '../../../test/skp-kit.ts';
import { generateDemo } from '../../db/seed/demo.ts';
import { clearSnapshots, snapshotStats } from './pengisian-cache.ts';

const database = useTestDatabase();
let w: World;
beforeAll(async () => {
  w = await skpWorld(database());
});
afterAll(async () => w.app.close());

const stamp = async (instansiId: string) =>
  Number(
    (
      await database().pool.query('select coalesce((select nomor from skp_ubah where instansi_id = $1), 0) as n', [
        instansiId,
      ])
    ).rows[0].n,
  );

/** The admin's counts of the top unit, as cached (or built) now. */
const rekap = async () => {
  const res = await w.call('admin', 'GET', `/monitoring-pengisian?tahun=${TAHUN}`);
  expect(res.status).toBe(200);
  return res.body;
};

/** The same counts from a cold build: what the database holds now. */
const rekapCold = async () => {
  clearSnapshots();
  return rekap();
};

/** Asserts the cached answer is the database's truth, and returns it. */
const fresh = async () => {
  const cached = await rekap();
  expect(cached).toEqual(await rekapCold());
  return cached;
};

const stafStatus = async () => {
  const rows = (await w.call('admin', 'GET', `/monitoring-pengisian/pegawai?tahun=${TAHUN}&pageSize=1000`)).body.items;
  return rows.find((r: { pegawaiId: string }) => r.pegawaiId === w.org.pegawai.staf.id)?.status;
};

describe('the SKP change stamp (skp_ubah)', () => {
  it('rises once per statement that inserts, deletes or re-statuses SKPs, and not for other edits', async () => {
    const i = w.i;
    const before = await stamp(i);
    const skp = await createSkp(w, 'staf');
    expect(await stamp(i)).toBe(before + 1);
    await addRhk(w, 'staf', skp); // content only: nothing monitoring shows
    await database().db.execute(sql`update skp set catatan_penilai = 'x', perlu_tinjau = true where id = ${skp.id}`);
    expect(await stamp(i)).toBe(before + 1);
    await database().db.execute(sql`update skp set status = 'DIAJUKAN' where id = ${skp.id}`);
    expect(await stamp(i)).toBe(before + 2);
    await database().db.execute(sql`update skp set status = status where id = ${skp.id}`); // no actual change
    expect(await stamp(i)).toBe(before + 2);
    await database().db.execute(sql`update skp set mulai = mulai + 1 where id = ${skp.id}`);
    expect(await stamp(i)).toBe(before + 3);
    // Two rows in one statement: one rise. (Copies of the SKP for another year, then deleted.)
    await database().db.execute(sql`
      insert into skp (instansi_id, periode_id, tahun, pegawai_id, mulai, selesai, pendekatan, jenis_form, snapshot)
      select instansi_id, periode_id, tahun - 3, pegawai_id, mulai, selesai, pendekatan, jenis_form, snapshot
        from skp, generate_series(1, 2) where id = ${skp.id}`);
    expect(await stamp(i)).toBe(before + 4);
    await database().db.execute(sql`delete from skp where instansi_id = ${i} and tahun = ${TAHUN - 3}`);
    expect(await stamp(i)).toBe(before + 5);
    // Another tenant's stamp does not move.
    expect(await stamp(w.other.instansi.id)).toBe(0);
  });

  it('rises when the demo generator writes its SKPs, and goes with a deleted demo', async () => {
    const kode = `MON-${randomUUID().slice(0, 8)}`;
    const demo = await generateDemo(database(), { pegawai: 40, seed: 3, kode });
    const id = (await database().pool.query('select id from instansi where kode = $1', [kode])).rows[0].id;
    expect(demo.counts.pegawai).toBe(40);
    expect(await stamp(id)).toBeGreaterThan(0);
    const { deleteDemoInstansi } = await import('../../db/seed/demo.ts');
    expect(await deleteDemoInstansi(database(), kode)).toBe(true);
    expect(
      (await database().pool.query('select count(*)::int as n from skp_ubah where instansi_id = $1', [id])).rows[0].n,
    ).toBe(0);
  });
});

describe('catching up from the change log (skp_ubah_log)', () => {
  it('logs the pegawai of each raise and re-reads only them when nothing else changed', async () => {
    w = await skpWorld(database(), { app: w.app });
    await fresh();
    const skp = await createSkp(w, 'staf');
    const log = await database().pool.query(
      'select nomor::int, pegawai_id from skp_ubah_log where instansi_id = $1 order by nomor desc limit 1',
      [w.i],
    );
    expect(log.rows[0]).toEqual({ nomor: await stamp(w.i), pegawai_id: w.org.pegawai.staf.id });
    const before = { ...snapshotStats };
    expect((await rekap()).jumlah.draft).toBe(1);
    expect(snapshotStats).toEqual({ rebuilt: before.rebuilt, caughtUp: before.caughtUp + 1 });
    await addRhk(w, 'staf', skp);
    const sent = await w.call('staf', 'POST', `/skp/${skp.id}/ajukan`, { version: skp.version });
    expect(sent.status).toBe(200);
    expect((await rekap()).jumlah).toMatchObject({ draft: 0, diajukan: 1 });
    expect(snapshotStats.caughtUp).toBe(before.caughtUp + 2);
    expect(await rekap()).toEqual(await rekapCold());
  });

  it('rebuilds when the org changed, the log no longer reaches back, or a change was too large to list', async () => {
    w = await skpWorld(database(), { app: w.app });
    await fresh();
    let before = snapshotStats.rebuilt;
    await w.orgChanged();
    await createSkp(w, 'staf');
    expect((await rekap()).jumlah.draft).toBe(1);
    expect(snapshotStats.rebuilt).toBe(before + 1);

    // 10,000 raises later the log has been pruned past the cached number.
    before = snapshotStats.rebuilt;
    await database().pool.query('update skp_ubah set nomor = nomor + 10000 where instansi_id = $1', [w.i]);
    await createSkp(w, 'guru');
    expect(
      (await database().pool.query('select count(*)::int as n from skp_ubah_log where instansi_id = $1', [w.i])).rows[0]
        .n,
    ).toBe(1);
    expect((await rekap()).jumlah.draft).toBe(2);
    expect(snapshotStats.rebuilt).toBe(before + 1);

    // More than 1,000 pegawai in one statement: one row without a pegawai.
    await database().pool.query(
      'select skp_ubah_catat(array_fill($1::uuid, array[1001]), array(select gen_random_uuid() from generate_series(1, 1001)))',
      [w.i],
    );
    const last = await database().pool.query(
      'select count(*)::int as n, bool_and(pegawai_id is null) as penuh from skp_ubah_log where instansi_id = $1 and nomor = $2',
      [w.i, await stamp(w.i)],
    );
    expect(last.rows[0]).toEqual({ n: 1, penuh: true });
    before = snapshotStats.rebuilt;
    expect(await rekap()).toEqual(await rekapCold());
    expect(snapshotStats.rebuilt).toBe(before + 2); // the catch-up refused, then the cold build
  });
});

describe('cached monitoring figures follow every write', () => {
  it('equal a cold build after each step of the SKP workflow and a transfer', async () => {
    w = await skpWorld(database(), { app: w.app });
    await fresh();
    const skp = await createSkp(w, 'staf');
    expect((await fresh()).jumlah.draft).toBe(1);
    expect(await stafStatus()).toBe('DRAFT');
    await addRhk(w, 'staf', skp);
    const sent = await w.call('staf', 'POST', `/skp/${skp.id}/ajukan`, { version: skp.version });
    expect(sent.status).toBe(200);
    expect((await fresh()).jumlah).toMatchObject({ draft: 0, diajukan: 1 });
    const back = await w.call('kasi', 'POST', `/skp/${skp.id}/kembalikan`, {
      version: sent.body.version,
      catatan: 'x',
    });
    expect(back.status).toBe(200);
    expect((await fresh()).jumlah).toMatchObject({ diajukan: 0, dikembalikan: 1 });
    const again = await w.call('staf', 'POST', `/skp/${skp.id}/ajukan`, { version: back.body.version });
    const set = await w.call('kasi', 'POST', `/skp/${skp.id}/tetapkan`, { version: again.body.version });
    expect(set.status).toBe(200);
    expect((await fresh()).jumlah).toMatchObject({ dikembalikan: 0, ditetapkan: 1 });
    expect(await stafStatus()).toBe('DITETAPKAN');
    const ubah = await w.call('staf', 'POST', `/skp/${skp.id}/ubah`, { version: set.body.version });
    expect(ubah.body.status).toBe('DRAFT');
    expect((await fresh()).jumlah).toMatchObject({ draft: 1, ditetapkan: 0 });

    // Set in bulk.
    const guru = await createSkp(w, 'guru');
    await addRhk(w, 'guru', guru);
    const guruSent = await w.call('guru', 'POST', `/skp/${guru.id}/ajukan`, { version: guru.version });
    await fresh();
    const massal = await w.call('kepsek', 'POST', '/skp/tetapkan-massal', {
      items: [{ skpId: guru.id, version: guruSent.body.version }],
    });
    expect(massal.body.berhasil).toEqual([guru.id]);
    expect((await fresh()).jumlah.ditetapkan).toBe(1);

    // A transfer closes the staf's SKP (and changes the org): they count as not started again.
    const move = await w.call('admin', 'POST', `/pegawai/${w.org.pegawai.staf.id}/penempatan`, {
      jabatanId: w.org.jabatan.jGuru.id,
      jenis: 'DEFINITIF',
      mulai: `${TAHUN}-01-02`,
    });
    expect(move.status).toBe(201);
    expect((await fresh()).jumlah.draft).toBe(0);
    expect(await stafStatus()).toBe('BELUM_MULAI');
  });

  it('lists and exports exactly the people behind the counts', async () => {
    w = await skpWorld(database(), { app: w.app });
    await submittedStafSkp(w);
    await createSkp(w, 'guru');
    const r = await rekap();
    for (const [status, key] of [
      ['BELUM_MULAI', 'belumMulai'],
      ['DRAFT', 'draft'],
      ['DIAJUKAN', 'diajukan'],
    ] as const) {
      const page = (await w.call('admin', 'GET', `/monitoring-pengisian/pegawai?tahun=${TAHUN}&status=${status}`)).body;
      expect(page.total).toBe(r.jumlah[key]);
      expect(page.items.every((i: { status: string }) => i.status === status)).toBe(true);
    }
    expect(r.jumlah).toMatchObject({ draft: 1, diajukan: 1 });
    const res = await w.app.inject({
      method: 'GET',
      url: `/api/instansi/${w.i}/monitoring-pengisian/ekspor?tahun=${TAHUN}`,
      headers: { cookie: await w.cookieOf('admin') },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect((wb.getWorksheet('Pegawai')?.rowCount ?? 0) - 1).toBe(r.jumlah.total);
  });
});

// PGlite has one backend behind a pool of one: two transactions cannot interleave there, so what
// these tests guard against cannot happen on it.
describe.skipIf(inject('dbEngine') === 'pglite')('concurrent commits (PostgreSQL)', () => {
  it('never hides a commit that was in flight while the figures were cached', async () => {
    w = await skpWorld(database(), { app: w.app });
    const skp = await createSkp(w, 'staf');
    const other = await createSkp(w, 'guru');
    await fresh();
    const t1 = await database().pool.connect();
    try {
      // T1 starts first (its updated_at, now(), is the older one) …
      await t1.query('begin');
      await t1.query('select now()');
      // … T2 changes another SKP and commits; the figures are cached after it.
      await database().pool.query(`update skp set status = 'DIAJUKAN', updated_at = now() where id = $1`, [other.id]);
      expect((await rekap()).jumlah).toMatchObject({ draft: 1, diajukan: 1 });
      // T1 writes and, while it is still open, the figures are read (and cached) without it.
      await t1.query(`update skp set status = 'DIAJUKAN', updated_at = now() where id = $1`, [skp.id]);
      expect((await rekap()).jumlah).toMatchObject({ draft: 1, diajukan: 1 });
      await t1.query('commit');
    } finally {
      t1.release();
    }
    // max(updated_at) would not have moved (T1's is older than T2's); the stamp did.
    expect((await rekap()).jumlah).toMatchObject({ draft: 0, diajukan: 2 });
  });

  it('counts both of two writers that commit one after the other while a build runs', async () => {
    w = await skpWorld(database(), { app: w.app });
    const a = await createSkp(w, 'staf');
    const b = await createSkp(w, 'guru');
    await fresh();
    const t1 = await database().pool.connect();
    const t2 = await database().pool.connect();
    try {
      await t1.query('begin');
      await t2.query('begin');
      await t1.query(`update skp set status = 'DIAJUKAN' where id = $1`, [a.id]);
      // T2 waits for T1's stamp row lock inside its statement.
      const t2Update = t2.query(`update skp set status = 'DIAJUKAN' where id = $1`, [b.id]);
      const during = rekap();
      await t1.query('commit');
      await t2Update;
      expect((await during).jumlah.diajukan).toBeLessThanOrEqual(1);
      expect((await rekap()).jumlah.diajukan).toBe(1);
      await t2.query('commit');
    } finally {
      t1.release();
      t2.release();
    }
    expect((await rekap()).jumlah).toMatchObject({ draft: 0, diajukan: 2 });
  });
});
