/**
 * The hot planning requests hold their statement budget (issue 9: API near the bare-SQL limit; on
 * PGlite every statement queues on one backend), counted through the pool (test/statements.ts),
 * and the folded statements keep every behaviour they replaced: the optimistic version check, the
 * audit with before/after, the review flags and the hierarchy seen by SKP Bawahan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { addRhk, createSkp, ikiKuantitatif, skpWorld, TAHUN, type World } from '../../../test/skp-kit.ts';
import { type Statement, statementCounter } from '../../../test/statements.ts';
import { capturingMailer, configureMailer } from '../notifikasi/index.ts';

const database = useTestDatabase();
let w: World;
let record: ReturnType<typeof statementCounter>;
let stafSkp: { id: string; version: number };

beforeAll(async () => {
  w = await skpWorld(database());
  record = statementCounter(database());
  // Log in first: a login is not part of any budget below.
  for (const who of ['staf', 'kasi', 'kepsek', 'guru'] as const) await w.cookieOf(who);
});
afterAll(async () => {
  await w.app.close();
});

const texts = (s: Statement[]) => s.map((x) => x.name ?? x.text.replace(/\s+/g, ' ').slice(0, 60));
const rhkBody = (version: number, teks: string) => ({
  version,
  jenis: 'UTAMA',
  teks,
  sumber: 'JF',
  iki: [ikiKuantitatif('Jumlah dokumen kurikulum', 14)],
});
const auditRows = async (skpId: string, action: string, instansiId = w.i) =>
  (
    await database().pool.query(
      'select before, after from audit_log where instansi_id = $1 and entity_id = $2 and action = $3 order by id',
      [instansiId, skpId, action],
    )
  ).rows;

describe('statements per request', () => {
  it('reads SKP detail and SKP Bawahan with the session lookup and one prepared statement each', async () => {
    const skp = await createSkp(w, 'staf');
    stafSkp = skp;
    await w.call('kasi', 'GET', `/skp/bawahan?tahun=${TAHUN}`); // fills the hierarchy cache
    const detail = await record(() => w.call('kasi', 'GET', `/skp/${skp.id}`));
    expect(detail.result.status).toBe(200);
    expect(texts(detail.statements)).toEqual(['kinerja_find_session', 'kinerja_skp_detail']);
    const bawahan = await record(() => w.call('kasi', 'GET', `/skp/bawahan?tahun=${TAHUN}`));
    expect(bawahan.result.status).toBe(200);
    expect(texts(bawahan.statements)).toEqual(['kinerja_find_session', 'kinerja_skp_bawahan']);
    // Only what the page shows: no snapshot, dates, form or approach.
    const item = bawahan.result.body.find((b: { skp: { id: string } | null }) => b.skp?.id === skp.id);
    expect(Object.keys(item.skp).sort()).toEqual(['id', 'jabatanNama', 'jumlahRhk', 'pegawaiId', 'status', 'version']);
    expect(item).toMatchObject({
      pegawai: { id: w.org.pegawai.staf.id, nama: 'Dewi Lestari', jabatanNama: 'Pengadministrasi Umum' },
      skp: { status: 'DRAFT', version: skp.version, jumlahRhk: 0, jabatanNama: 'Pengadministrasi Umum' },
    });
  });

  it('saves an RHK, submits and returns in three statements each: session, read, one write', async () => {
    const skp = await createSkp(w, 'guru');
    const rhkId = await addRhk(w, 'guru', skp);
    await w.call('guru', 'GET', `/skp/${skp.id}`);
    const save = await record(() =>
      w.call('guru', 'PUT', `/skp/${skp.id}/rhk/${rhkId}`, rhkBody(skp.version, 'Terlaksananya pembelajaran')),
    );
    expect(save.result.status, JSON.stringify(save.result.body)).toBe(200);
    // session, the SKP with its content, and one statement (no BEGIN/COMMIT) for the save, the
    // children's flags (the text changed), the audit and the notices
    expect(save.statements.map((x) => x.name ?? 'write')).toEqual([
      'kinerja_find_session',
      'kinerja_skp_detail',
      'write',
    ]);
    skp.version = save.result.body.version;
    const ajukan = await record(() => w.call('guru', 'POST', `/skp/${skp.id}/ajukan`, { version: skp.version }));
    expect(ajukan.result.status, JSON.stringify(ajukan.result.body)).toBe(200);
    // session, read, and the update with its audit, notifications cleared and the next actor's notice
    expect(ajukan.statements.map((x) => x.name ?? 'write')).toEqual([
      'kinerja_find_session',
      'kinerja_skp_detail',
      'write',
    ]);
    skp.version = ajukan.result.body.version;
    const kembalikan = await record(() =>
      w.call('kepsek', 'POST', `/skp/${skp.id}/kembalikan`, { version: skp.version, catatan: 'Lengkapi' }),
    );
    expect(kembalikan.result.status, JSON.stringify(kembalikan.result.body)).toBe(200);
    // …and the per-item notes replaced in the same statement
    expect(kembalikan.statements).toHaveLength(3);
  });
});

describe('the folded writes keep their behaviour', () => {
  it('audits an RHK save with before and after in its own statement, and a stale version writes nothing', async () => {
    const skp = await createSkp(w, 'kepsek');
    const rhkId = await addRhk(w, 'kepsek', skp);
    const first = await w.call(
      'kepsek',
      'PUT',
      `/skp/${skp.id}/rhk/${rhkId}`,
      rhkBody(skp.version, 'Tersusunnya kurikulum'),
    );
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.version).toBe(skp.version + 1);
    const [audit] = await auditRows(skp.id, 'rhk.ubah');
    expect(audit.before).toMatchObject({ status: 'DRAFT', version: skp.version, rhk: { id: rhkId } });
    expect(audit.after).toMatchObject({
      status: 'DRAFT',
      version: skp.version + 1,
      anakDitandai: 0,
      rhk: { id: rhkId, teks: 'Tersusunnya kurikulum', iki: [{ indikator: 'Jumlah dokumen kurikulum' }] },
    });
    const stale = await w.call(
      'kepsek',
      'PUT',
      `/skp/${skp.id}/rhk/${rhkId}`,
      rhkBody(skp.version, 'Teks yang tidak boleh tersimpan'),
    );
    expect([stale.status, stale.body.error.code]).toEqual([409, 'CONFLICT.VERSION']);
    expect(await auditRows(skp.id, 'rhk.ubah')).toHaveLength(1);
    const now = await w.call('kepsek', 'GET', `/skp/${skp.id}`);
    expect(now.body.version).toBe(first.body.version);
    expect(now.body.rhk[0]).toMatchObject({ teks: 'Tersusunnya kurikulum', iki: [{ targetNilai: '14' }] });
  });

  it('clears the review flag of the SKP only when no other RHK still carries one', async () => {
    const skp = await createSkp(w, 'kasi');
    const a = await addRhk(w, 'kasi', skp, { teks: 'RHK pertama' });
    const b = await addRhk(w, 'kasi', skp, { teks: 'RHK kedua' });
    await database().pool.query('update rhk set perlu_tinjau = true where id = any($1::uuid[])', [[a, b]]);
    await database().pool.query('update skp set perlu_tinjau = true where id = $1', [skp.id]);
    const one = await w.call('kasi', 'PUT', `/skp/${skp.id}/rhk/${a}`, rhkBody(skp.version, 'RHK pertama'));
    expect(one.status, JSON.stringify(one.body)).toBe(200);
    let d = (await w.call('kasi', 'GET', `/skp/${skp.id}`)).body;
    expect([d.perluTinjau, d.rhk.map((r: { perluTinjau: boolean }) => r.perluTinjau)]).toEqual([true, [false, true]]);
    const two = await w.call('kasi', 'PUT', `/skp/${skp.id}/rhk/${b}`, rhkBody(one.body.version, 'RHK kedua'));
    expect(two.status).toBe(200);
    d = (await w.call('kasi', 'GET', `/skp/${skp.id}`)).body;
    expect([d.perluTinjau, d.rhk.map((r: { perluTinjau: boolean }) => r.perluTinjau)]).toEqual([false, [false, false]]);
  });

  it('keeps the last note when a return names an RHK twice, and audits the step with its notes', async () => {
    const skp = stafSkp;
    const rhkId = await addRhk(w, 'staf', skp);
    const sent = await w.call('staf', 'POST', `/skp/${skp.id}/ajukan`, { version: skp.version });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const back = await w.call('kasi', 'POST', `/skp/${skp.id}/kembalikan`, {
      version: sent.body.version,
      catatan: 'Perbaiki target',
      catatanItem: [
        { rhkId, catatan: 'Catatan pertama' },
        { rhkId, catatan: 'Catatan terakhir' },
      ],
    });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    const d = (await w.call('staf', 'GET', `/skp/${skp.id}`)).body;
    expect(d.rhk.find((r: { id: string }) => r.id === rhkId).catatan).toBe('Catatan terakhir');
    const [audit] = await auditRows(skp.id, 'kembalikan');
    expect(audit).toEqual({
      before: { status: 'DIAJUKAN', version: sent.body.version },
      after: {
        status: 'DIKEMBALIKAN',
        version: back.body.version,
        catatan: 'Perbaiki target',
        catatanItem: [
          { rhkId, catatan: 'Catatan pertama' },
          { rhkId, catatan: 'Catatan terakhir' },
        ],
      },
    });
  });

  it('flags and notifies the children of a changed RHK in its one statement, and a stale save touches none', async () => {
    const x = await skpWorld(database(), { app: w.app });
    for (const who of ['kasi', 'staf'] as const) await x.cookieOf(who);
    const kasi = await createSkp(x, 'kasi');
    const parentId = await addRhk(x, 'kasi', kasi, { teks: 'Tersusunnya kurikulum', sumber: 'TIM_KERJA' });
    const other = await addRhk(x, 'kasi', kasi, { teks: 'Terbinanya guru', sumber: 'TIM_KERJA' });
    const staf = await createSkp(x, 'staf');
    const child = await addRhk(x, 'staf', staf, {
      teks: 'Terhimpunnya bahan',
      sumber: 'INTERVENSI',
      parentRhkId: parentId,
    });
    const body = (version: number, teks: string) => ({
      version,
      jenis: 'UTAMA',
      teks,
      sumber: 'TIM_KERJA',
      iki: [ikiKuantitatif()],
    });
    const perluTinjau = async () => {
      const d = (await x.call('staf', 'GET', `/skp/${staf.id}`)).body;
      const notes = (await x.call('staf', 'GET', '/notifikasi')).body.filter(
        (n: { jenis: string }) => n.jenis === 'SKP_PERLU_TINJAU',
      );
      return { skp: d.perluTinjau, rhk: d.rhk[0].perluTinjau, notes: notes.map((n: { tautan: string }) => n.tautan) };
    };
    const stale = await x.call('kasi', 'PUT', `/skp/${kasi.id}/rhk/${parentId}`, body(kasi.version - 1, 'Baru'));
    expect([stale.status, stale.body.error.code]).toEqual([409, 'CONFLICT.VERSION']);
    expect(await perluTinjau()).toEqual({ skp: false, rhk: false, notes: [] });

    const saved = await record(() =>
      x.call('kasi', 'PUT', `/skp/${kasi.id}/rhk/${parentId}`, body(kasi.version, 'Tersusunnya kurikulum baru')),
    );
    expect(saved.result.body.anakDitandai).toBe(1);
    expect(saved.statements).toHaveLength(3);
    expect(await perluTinjau()).toEqual({ skp: true, rhk: true, notes: [`/skp/${staf.id}`] });
    const audits = await auditRows(kasi.id, 'rhk.ubah', x.i);
    expect(audits.map((a: { after: { anakDitandai: number } }) => a.after.anakDitandai)).toEqual([1]);

    // Linking to another parent also reminds the appraiser: that save runs in a transaction.
    const relink = await x.call('staf', 'PUT', `/skp/${staf.id}/rhk/${child}`, {
      version: staf.version,
      jenis: 'UTAMA',
      teks: 'Terhimpunnya bahan',
      sumber: 'INTERVENSI',
      parentRhkId: other,
      iki: [ikiKuantitatif()],
    });
    expect(relink.status, JSON.stringify(relink.body)).toBe(200);
    const d = (await x.call('staf', 'GET', `/skp/${staf.id}`)).body;
    expect([d.perluTinjau, d.rhk[0].parentRhkId]).toEqual([false, other]);
  });

  it('keeps the ids of the IKI a one-statement save continues; a removed IKI takes its realisasi and evidence links', async () => {
    const x = await skpWorld(database(), { app: w.app });
    const skp = await createSkp(x, 'kasi');
    const a = ikiKuantitatif('Jumlah dokumen kurikulum', 12);
    const b = ikiKuantitatif('Jumlah sekolah', 4);
    const rhkId = await addRhk(x, 'kasi', skp, { iki: [a, b] });
    const ikiOf = async () =>
      (await x.call('kasi', 'GET', `/skp/${skp.id}`)).body.rhk[0].iki.map((k: { id: string; indikator: string }) => [
        k.id,
        k.indikator,
      ]);
    const [[idA], [idB]] = await ikiOf();
    for (const ikiId of [idA, idB]) {
      await database().pool.query(
        `insert into realisasi (instansi_id, skp_id, iki_id, periode_kode, nilai) values ($1, $2, $3, 'TW1', 1)`,
        [x.i, skp.id, ikiId],
      );
      await database().pool.query(
        `insert into bukti_iki (instansi_id, bukti_id, skp_id, iki_id, periode_kode) values ($1, gen_random_uuid(), $2, $3, 'TW1')`,
        [x.i, skp.id, ikiId],
      );
    }
    const save = async (iki: unknown[]) => {
      const res = await record(() =>
        x.call('kasi', 'PUT', `/skp/${skp.id}/rhk/${rhkId}`, { ...rhkBody(skp.version, 'Tersusunnya kurikulum'), iki }),
      );
      expect(res.result.status, JSON.stringify(res.result.body)).toBe(200);
      expect(res.statements).toHaveLength(3);
      skp.version = res.result.body.version;
    };
    const linked = async (table: 'realisasi' | 'bukti_iki') =>
      (await database().pool.query(`select iki_id from ${table} where skp_id = $1 order by iki_id`, [skp.id])).rows
        .map((r: { iki_id: string }) => r.iki_id)
        .sort();

    // Moved and edited: both keep their ids (and their realisasi).
    await save([b, { ...a, indikator: 'Jumlah dokumen kurikulum yang disahkan' }]);
    expect(await ikiOf()).toEqual([
      [idB, 'Jumlah sekolah'],
      [idA, 'Jumlah dokumen kurikulum yang disahkan'],
    ]);
    expect(await linked('realisasi')).toEqual([idA, idB].sort());
    // Removed: its realisasi and evidence links go with it, the other's stay.
    await save([b]);
    expect(await ikiOf()).toEqual([[idB, 'Jumlah sekolah']]);
    expect(await linked('realisasi')).toEqual([idB]);
    expect(await linked('bukti_iki')).toEqual([idB]);
    // Added: a new id.
    await save([b, ikiKuantitatif('Jumlah guru', 3)]);
    const now = await ikiOf();
    expect(now[0]).toEqual([idB, 'Jumlah sekolah']);
    expect(now[1][1]).toBe('Jumlah guru');
    expect([idA, idB]).not.toContain(now[1][0]);
  });

  it('stores the children’s notice of a one-statement save as kind and parameters, read and mailed in each one’s language', async () => {
    const mailer = capturingMailer();
    configureMailer(mailer);
    try {
      const x = await skpWorld(database(), { app: w.app });
      await database().pool.query(`update pegawai set email = 'staf@contoh.go.id' where id = $1`, [
        x.org.pegawai.staf.id,
      ]);
      const chose = await x.app.inject({
        method: 'PUT',
        url: '/api/auth/bahasa',
        payload: { bahasa: 'en' },
        headers: { cookie: await x.cookieOf('staf') },
      });
      expect(chose.statusCode).toBe(200);
      const kasi = await createSkp(x, 'kasi');
      const parentId = await addRhk(x, 'kasi', kasi, { teks: 'Tersusunnya kurikulum', sumber: 'TIM_KERJA' });
      const staf = await createSkp(x, 'staf');
      await addRhk(x, 'staf', staf, { teks: 'Terhimpunnya bahan', sumber: 'INTERVENSI', parentRhkId: parentId });
      mailer.sent.length = 0;
      const saved = await x.call('kasi', 'PUT', `/skp/${kasi.id}/rhk/${parentId}`, {
        version: kasi.version,
        jenis: 'UTAMA',
        teks: 'Tersusunnya kurikulum baru',
        sumber: 'TIM_KERJA',
        iki: [ikiKuantitatif()],
      });
      expect([saved.status, saved.body.anakDitandai]).toEqual([200, 1]);

      const stored = await database().pool.query(
        `select param, judul, isi from notifikasi where pegawai_id = $1 and jenis = 'SKP_PERLU_TINJAU'`,
        [x.org.pegawai.staf.id],
      );
      expect(stored.rows).toEqual([
        {
          param: { sebab: 'RHK_ATASAN_DIUBAH', rhk: 'Tersusunnya kurikulum' },
          judul: 'RHK atasan berubah: tinjau SKP Anda',
          isi: 'RHK atasan yang Anda intervensi "Tersusunnya kurikulum" telah diubah. Tinjau RHK Anda yang terkait.',
        },
      ]);
      const read = async (lang: string) => {
        const res = await x.app.inject({
          method: 'GET',
          url: `/api/instansi/${x.i}/notifikasi`,
          headers: { cookie: await x.cookieOf('staf'), 'accept-language': lang },
        });
        return res.json().find((n: { jenis: string }) => n.jenis === 'SKP_PERLU_TINJAU').judul;
      };
      expect(await read('en')).toBe("Your superior's RHK changed: review your SKP");
      expect(await read('id')).toBe('RHK atasan berubah: tinjau SKP Anda');
      // The staf's account chose English: so does their email, whoever saved.
      expect(mailer.sent).toEqual([
        {
          to: 'staf@contoh.go.id',
          subject: "[Kinerja] Your superior's RHK changed: review your SKP",
          text: `The superior's RHK you intervene, "Tersusunnya kurikulum", was changed. Review your related RHK.\n\n/skp/${staf.id}`,
        },
      ]);
    } finally {
      configureMailer(null);
    }
  });

  it('lists in SKP Bawahan whom the appraiser appraises after an org change, though the hierarchy was cached', async () => {
    const before = await w.call('kasi', 'GET', `/skp/bawahan?tahun=${TAHUN}`);
    expect(before.body.map((b: { pegawai: { id: string } }) => b.pegawai.id)).toContain(w.org.pegawai.staf.id);
    // The staff member's placement ends (an org write bumps the org version in its transaction).
    await database().pool.query(
      `update penempatan set selesai = current_date - 1 where pegawai_id = $1 and selesai is null`,
      [w.org.pegawai.staf.id],
    );
    await w.orgChanged();
    const after = await record(() => w.call('kasi', 'GET', `/skp/bawahan?tahun=${TAHUN}`));
    expect(after.result.body.map((b: { pegawai: { id: string } }) => b.pegawai.id)).not.toContain(
      w.org.pegawai.staf.id,
    );
    // The stale cache cost one extra read of the rows (after rebuilding the hierarchy), not a wrong answer.
    expect(after.statements.filter((s) => s.name === 'kinerja_skp_bawahan')).toHaveLength(2);
  });
});
