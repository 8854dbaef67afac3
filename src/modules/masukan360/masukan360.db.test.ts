import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildPegawai } from '../../../test/factories.ts';
import { skpWorld, submittedStafSkp, type Who, type World } from '../../../test/skp-kit.ts';

const database = useTestDatabase();
let w: World;
let skp: { id: string; version: number };
/** Three extra colleagues (with accounts) so requests can ask five people. */
const extra: Array<{ id: string; username: string }> = [];

const SKOR = (n: number) => ({
  BERORIENTASI_PELAYANAN: n,
  AKUNTABEL: n,
  KOMPETEN: n,
  HARMONIS: n,
  LOYAL: n,
  ADAPTIF: n,
  KOLABORATIF: n,
});

async function setAktif(aktif: boolean, minimumJawaban = 3) {
  const cur = await w.call('admin', 'GET', '/pengaturan');
  const res = await w.call('admin', 'PUT', '/pengaturan', {
    version: cur.body.version,
    settings: { pelaksanaan: { masukan360: { aktif, minimumJawaban } } },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

beforeAll(async () => {
  w = await skpWorld(database());
  skp = await submittedStafSkp(w);
  const set = await w.call('kasi', 'POST', `/skp/${skp.id}/tetapkan`, { version: skp.version });
  expect(set.status).toBe(200);
  for (const nama of ['Rina Kartika', 'Yusuf Maulana', 'Wulan Sari']) {
    const p = await buildPegawai(database(), w.i, { nama, jabatan: w.org.jabatan.jGuru });
    const a = await buildAkun(database(), { instansiId: w.i, pegawaiId: p.id });
    extra.push({ id: p.id, username: a.username });
  }
  await w.orgChanged();
});
afterAll(async () => {
  await w.app.close();
});

const responden = (...ids: string[]) => ids.map((pegawaiId) => ({ pegawaiId, hubungan: 'PEER' }));
const answer = (who: Who | { username: string }, id: string, n: number, komentar?: string) =>
  w.call(who, 'POST', `/masukan360/${id}/jawab`, { skor: SKOR(n), komentar });

describe('360° input', () => {
  it('is refused while the agency has not turned it on', async () => {
    const res = await w.call('staf', 'POST', `/skp/${skp.id}/masukan360`, {
      responden: responden(w.org.pegawai.guru.id, w.org.pegawai.kepsek.id, w.org.pegawai.kadis.id),
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('MASUKAN360.NONAKTIF');
    expect((await w.call('staf', 'GET', `/skp/${skp.id}/masukan360`)).body).toMatchObject({
      aktif: false,
      permintaan: [],
    });
    expect((await w.call('guru', 'GET', '/masukan360/saya')).body).toMatchObject({ aktif: false, tugas: [] });
  });

  it('shows nothing with two answers and the aggregate with three, never who answered what', async () => {
    await setAktif(true);
    // Picker: server-side search by name.
    const calon = await w.call('staf', 'GET', '/masukan360/calon?q=putri');
    expect(calon.body).toEqual([expect.objectContaining({ nama: 'Putri Rahayu', jabatanNama: 'Guru Ahli Pertama' })]);

    // Request A: three asked, two answer, then it is closed → below the threshold for good.
    const a = await w.call('staf', 'POST', `/skp/${skp.id}/masukan360`, {
      periodeKode: 'TW1',
      responden: responden(w.org.pegawai.guru.id, w.org.pegawai.kepsek.id, extra[0].id),
    });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    const tugas = await w.call('guru', 'GET', '/masukan360/saya');
    expect(tugas.body.tugas).toEqual([expect.objectContaining({ id: a.body.id, pegawaiNama: 'Dewi Lestari' })]);
    expect(tugas.body.nilai).toHaveLength(7);
    const notif = (await w.call('guru', 'GET', '/notifikasi')).body.filter(
      (n: { jenis: string }) => n.jenis === 'MASUKAN360_DIMINTA',
    );
    expect(notif).toHaveLength(1);
    expect((await answer('guru', a.body.id, 5, 'Sangat membantu')).status).toBe(200);
    expect((await answer('kepsek', a.body.id, 3)).status).toBe(200);
    let view = (await w.call('staf', 'GET', `/skp/${skp.id}/masukan360`)).body;
    expect(view.permintaan[0]).toMatchObject({ id: a.body.id, status: 'TERBUKA', hasil: null });
    expect((await w.call('staf', 'POST', `/masukan360/${a.body.id}/tutup`)).status).toBe(200);
    view = (await w.call('kasi', 'GET', `/skp/${skp.id}/masukan360`)).body;
    expect(view.permintaan[0]).toMatchObject({ status: 'DITUTUP', hasil: null });
    expect((await answer(extra[0], a.body.id, 4)).body.error.code).toBe('MASUKAN360.DITUTUP');

    // Request B (another period), asked by the appraiser: five asked; three answer.
    const b = await w.call('kasi', 'POST', `/skp/${skp.id}/masukan360`, {
      periodeKode: 'TW2',
      responden: responden(w.org.pegawai.guru.id, w.org.pegawai.kadis.id, ...extra.map((e) => e.id)),
    });
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    expect((await answer('guru', b.body.id, 5, 'Ramah ke semua orang 😊')).status).toBe(200);
    expect((await answer('kadis', b.body.id, 4, 'Tepat waktu')).status).toBe(200);
    expect((await answer(extra[0], b.body.id, 3, 'Bisa lebih terbuka')).status).toBe(200);
    // Still open with two people left to answer: the aggregate waits (a running one could be diffed).
    view = (await w.call('staf', 'GET', `/skp/${skp.id}/masukan360`)).body;
    expect(view.permintaan.find((p: { id: string }) => p.id === b.body.id).hasil).toBeNull();
    expect((await w.call('kasi', 'POST', `/masukan360/${b.body.id}/tutup`)).status).toBe(200);
    for (const who of ['staf', 'kasi', 'kabid', 'admin'] as const) {
      const res = await w.call(who, 'GET', `/skp/${skp.id}/masukan360`);
      expect(res.status, who).toBe(200);
      const hasil = res.body.permintaan.find((p: { id: string }) => p.id === b.body.id).hasil;
      expect(hasil.n).toBe(3);
      expect(hasil.nilai.find((v: { kode: string }) => v.kode === 'LOYAL')).toEqual({
        kode: 'LOYAL',
        n: 3,
        rataRata: 4,
        sebaran: [0, 0, 1, 1, 1],
      });
      expect([...hasil.komentar].sort()).toEqual(['Bisa lebih terbuka', 'Ramah ke semua orang 😊', 'Tepat waktu']);
    }
    // Nothing per answer, per respondent, or in time order anywhere in the answer.
    const raw = JSON.stringify((await w.call('admin', 'GET', `/skp/${skp.id}/masukan360`)).body);
    for (const e of extra) expect(raw).not.toContain(e.id);
    expect(raw).not.toMatch(/sudahMenjawab|dijawab|answeredAt/);
    const jawabanIds = (
      await database().pool.query('select id from masukan_360_jawaban where masukan_id = $1', [b.body.id])
    ).rows.map((r) => r.id);
    expect(jawabanIds).toHaveLength(3);
    for (const id of jawabanIds) expect(raw).not.toContain(id);

    // The audit says who answered which request — never the scores or the comment.
    const audit = await database().pool.query(
      "select before, after, entity_id from audit_log where action = 'masukan360.jawab' and instansi_id = $1",
      [w.i],
    );
    expect(audit.rows).toHaveLength(5);
    for (const r of audit.rows) expect(r).toMatchObject({ before: null, after: null });
    const auditApi = JSON.stringify((await w.call('admin', 'GET', '/audit?entity=masukan_360')).body);
    expect(auditApi).not.toMatch(/Tepat waktu|Ramah|terbuka|skor/);
    // The answers' table holds no respondent and no time; each answer rewrote the ids.
    const cols = await database().pool.query(
      "select column_name from information_schema.columns where table_name = 'masukan_360_jawaban' order by column_name",
    );
    expect(cols.rows.map((r) => r.column_name)).toEqual(['id', 'instansi_id', 'komentar', 'masukan_id', 'skor']);
  });

  it('shows the aggregate as soon as everyone asked has answered (no further answer to diff against)', async () => {
    const c = await w.call('staf', 'POST', `/skp/${skp.id}/masukan360`, {
      periodeKode: 'TW3',
      responden: responden(extra[0].id, extra[1].id, extra[2].id),
    });
    expect(c.status).toBe(201);
    await answer(extra[0], c.body.id, 2);
    await answer(extra[1], c.body.id, 3);
    let hasil = (await w.call('staf', 'GET', `/skp/${skp.id}/masukan360`)).body.permintaan.find(
      (p: { id: string }) => p.id === c.body.id,
    ).hasil;
    expect(hasil).toBeNull();
    await answer(extra[2], c.body.id, 4);
    hasil = (await w.call('staf', 'GET', `/skp/${skp.id}/masukan360`)).body.permintaan.find(
      (p: { id: string }) => p.id === c.body.id,
    ).hasil;
    expect(hasil).toMatchObject({ n: 3, komentar: [] });
    expect(hasil.nilai[0]).toMatchObject({ rataRata: 3, sebaran: [0, 1, 1, 1, 0] });
  });

  it('refuses a second answer, answers by people not asked, and bad requests, with a clear error', async () => {
    const d = await w.call('staf', 'POST', `/skp/${skp.id}/masukan360`, {
      periodeKode: 'TW4',
      responden: responden(w.org.pegawai.guru.id, w.org.pegawai.kepsek.id, w.org.pegawai.kadis.id),
    });
    expect(d.status).toBe(201);
    expect((await answer('guru', d.body.id, 4)).status).toBe(200);
    const twice = await answer('guru', d.body.id, 1);
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('MASUKAN360.SUDAH_MENJAWAB');
    expect(
      (
        await database().pool.query('select count(*)::int as n from masukan_360_jawaban where masukan_id = $1', [
          d.body.id,
        ])
      ).rows[0].n,
    ).toBe(1);
    // Not asked (the subject, the appraiser, an admin, another tenant): as if it did not exist.
    for (const who of ['staf', 'kasi', 'admin', 'lain'] as const)
      expect((await answer(who, d.body.id, 5)).status, who).toBe(404);
    // Incomplete form.
    const partial = await w.call('kepsek', 'POST', `/masukan360/${d.body.id}/jawab`, { skor: { LOYAL: 5 } });
    expect(partial.body.error.code).toBe('VALIDATION.FAILED');
    const outOfRange = await w.call('kepsek', 'POST', `/masukan360/${d.body.id}/jawab`, { skor: SKOR(6) });
    expect(outOfRange.body.error.code).toBe('VALIDATION.FAILED');

    const post = (who: Who, body: object) => w.call(who, 'POST', `/skp/${skp.id}/masukan360`, body);
    const g = w.org.pegawai;
    const cases: Array<[Who, object, string, string]> = [
      [
        'staf',
        { periodeKode: 'AKHIR', responden: responden(g.guru.id, g.kepsek.id) },
        'MASUKAN360.RESPONDEN_INVALID',
        'minimal 3',
      ],
      [
        'staf',
        { periodeKode: 'AKHIR', responden: responden(g.guru.id, g.kepsek.id, g.staf.id) },
        'MASUKAN360.RESPONDEN_INVALID',
        'dirinya sendiri',
      ],
      [
        'kasi',
        { periodeKode: 'AKHIR', responden: responden(g.guru.id, g.kepsek.id, g.kasi.id) },
        'MASUKAN360.RESPONDEN_INVALID',
        'permintaannya sendiri',
      ],
      [
        'staf',
        { periodeKode: 'AKHIR', responden: responden(g.guru.id, g.guru.id, g.kepsek.id) },
        'MASUKAN360.RESPONDEN_INVALID',
        'sekali',
      ],
      [
        'staf',
        { periodeKode: 'AKHIR', responden: responden(g.guru.id, g.kepsek.id, w.other.pegawai.staf.id) },
        'MASUKAN360.RESPONDEN_INVALID',
        'pegawai aktif',
      ],
      [
        'staf',
        { periodeKode: 'TW1', responden: responden(g.guru.id, g.kepsek.id, g.kadis.id) },
        'MASUKAN360.SUDAH_ADA',
        'Sudah ada',
      ],
      [
        'staf',
        { periodeKode: 'AKHIR', batas: '2000-01-01', responden: responden(g.guru.id, g.kepsek.id, g.kadis.id) },
        'VALIDATION.FAILED',
        'masa lalu',
      ],
    ];
    for (const [who, body, code, text] of cases) {
      const res = await post(who, body);
      expect(res.body.error?.code, JSON.stringify(body)).toBe(code);
      expect(res.body.error.message).toContain(text);
    }
    // Who may ask: the employee and the appraiser; not the atasan penilai, an admin or a colleague.
    for (const who of ['kabid', 'admin', 'auditor'] as const)
      expect((await post(who, { responden: responden(g.guru.id, g.kepsek.id, g.kadis.id) })).status, who).toBe(403);
    expect((await post('guru', { responden: responden(g.kadis.id, g.kepsek.id, g.kabid.id) })).status).toBe(404);
    expect((await w.call('auditor', 'GET', `/skp/${skp.id}/masukan360`)).status).toBe(403);
    expect((await w.call('guru', 'GET', `/skp/${skp.id}/masukan360`)).status).toBe(404);
    expect((await w.call('lain', 'GET', `/skp/${skp.id}/masukan360`)).status).toBe(404);
  });

  it('keeps the threshold a request was made with when the setting changes, and refuses when it is turned off', async () => {
    await setAktif(true, 5);
    const view = (await w.call('staf', 'GET', `/skp/${skp.id}/masukan360`)).body;
    expect(view.minimumJawaban).toBe(5);
    expect(view.permintaan.every((p: { minimumJawaban: number }) => p.minimumJawaban === 3)).toBe(true);
    await setAktif(false);
    const pending = (await w.call('kepsek', 'GET', '/masukan360/saya')).body;
    expect(pending).toMatchObject({ aktif: false, tugas: [] });
    const d = view.permintaan.find((p: { periodeKode: string }) => p.periodeKode === 'TW4');
    const res = await answer('kepsek', d.id, 3);
    expect(res.body.error.code).toBe('MASUKAN360.NONAKTIF');
  });
});

describe('which SKP takes a 360° request (the rule of feedback: an SKP in force)', () => {
  it('an SKP under perubahan is still in force and is asked for; one never set and a closed one are refused and not offered', async () => {
    await setAktif(true);
    const g = w.org.pegawai;
    const ask = (who: Who, skpId: string, periodeKode: string) =>
      w.call(who, 'POST', `/skp/${skpId}/masukan360`, {
        periodeKode,
        responden: responden(g.guru.id, g.kepsek.id, g.kadis.id),
      });
    const aksi = async (skpId: string) =>
      (await w.call('staf', 'GET', `/skp/${skpId}/masukan360`)).body.aksi as string[];
    const cur = (await w.call('staf', 'GET', `/skp/${skp.id}`)).body;
    const ubah = await w.call('staf', 'POST', `/skp/${skp.id}/ubah`, { version: cur.version });
    expect(ubah.status, JSON.stringify(ubah.body)).toBe(200);
    const under = (await w.call('staf', 'GET', `/skp/${skp.id}`)).body;
    expect([under.status, under.revisi]).toEqual(['DRAFT', 1]);
    expect(await aksi(skp.id)).toContain('MINTA_MASUKAN_360');
    const asked = await ask('kasi', skp.id, 'AKHIR');
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);

    const draft = await w.call('staf', 'POST', '/skp', { tahun: 2032, pendekatan: 'KUANTITATIF' });
    expect(draft.status).toBe(201);
    const never = await ask('staf', draft.body.id, 'TW1');
    expect([never.status, never.body.error.code]).toEqual([409, 'SKP.INVALID_TRANSITION']);
    expect(never.body.error.message).toContain('masih berlaku');
    expect(await aksi(draft.body.id)).not.toContain('MINTA_MASUKAN_360');

    await database().pool.query(`update skp set status = 'DITUTUP' where id = $1`, [skp.id]);
    const closed = await ask('staf', skp.id, 'B01');
    expect([closed.status, closed.body.error.code]).toEqual([409, 'SKP.INVALID_TRANSITION']);
    expect(await aksi(skp.id)).not.toContain('MINTA_MASUKAN_360');
  });
});
