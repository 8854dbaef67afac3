import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { addRhk, createSkp, skpWorld, TAHUN, type Who, type World } from '../../../test/skp-kit.ts';
import { hariSebelumnya, tanggalLokal } from '../../domain/pelaksanaan/dialog.ts';
import { kirimPengingat, mulaiPenjadwalPengingat } from './dialog-pengingat.ts';

const database = useTestDatabase();
let w: World;
let skp: { id: string; version: number; rhkId: string };

/** A time in the SKP's year that has passed (so the record can be closed). */
function lampau(hari: number): string {
  const t = new Date(Date.now() - hari * 86_400_000);
  const awal = new Date(`${TAHUN}-01-01T03:00:00Z`);
  return (t < awal ? awal : t).toISOString();
}

beforeAll(async () => {
  w = await skpWorld(database());
  const s = await createSkp(w, 'staf');
  const rhkId = await addRhk(w, 'staf', s);
  const aj = await w.call('staf', 'POST', `/skp/${s.id}/ajukan`, { version: s.version });
  const tp = await w.call('kasi', 'POST', `/skp/${s.id}/tetapkan`, { version: aj.body.version });
  expect(tp.status).toBe(200);
  skp = { id: s.id, version: tp.body.version, rhkId };
});
afterAll(async () => {
  await w.app.close();
});

const jadwalkan = (who: Who, body: Record<string, unknown> = {}) =>
  w.call(who, 'POST', `/skp/${skp.id}/dialog`, {
    periodeKode: 'TW1',
    jenis: 'DIALOG',
    jadwal: lampau(2),
    tempat: 'Ruang rapat, lt. 2',
    ...body,
  });

type Detail = {
  version: number;
  status: string;
  aksi: string[];
  agenda: Array<{ topik: string; rhkId: string | null; perilakuKode: string | null; kompetensi: string | null }>;
  pengembangan: Array<{
    id: string;
    kompetensi: string;
    status: string;
    dibawaDariId: string | null;
    metodeNama: string;
  }>;
  untukDinilai: Array<{ id: string; status: string }>;
  terkunci: boolean;
  rhk: Array<{ id: string; tertinggal: boolean }>;
};
const detail = async (who: Who, id: string) => (await w.call(who, 'GET', `/dialog/${id}`)).body as Detail;

/** Closes a dialog, judging every open earlier item achieved. */
async function tutup(id: string, version: number) {
  const penilaian = (await detail('kasi', id)).untukDinilai.map((u) => ({
    id: u.id,
    status: 'TERCAPAI',
    penjelasan: 'Sudah dilaksanakan',
  }));
  return w.call(
    'kasi',
    'PUT',
    `/dialog/${id}/catatan`,
    rekamBody(version, { pengembangan: [], penilaian, selesai: true }),
  );
}

const rekamBody = (version: number, extra: Record<string, unknown> = {}) => ({
  version,
  catatan: { hasil: 'Laporan TW1 terlambat dua minggu.', aspirasiPendek: 'Ikut pelatihan analisis data' },
  agenda: [
    { topik: 'HASIL_KERJA', rhkId: skp.rhkId, catatan: 'Dibahas penyebab keterlambatan' },
    { topik: 'KARIR', catatan: 'Ingin menjadi analis' },
  ],
  pengembangan: [
    { kompetensi: 'Analisis data', metodeKode: 'PELATIHAN', rhkId: skp.rhkId, targetTanggal: `${TAHUN}-09-30` },
  ],
  tindakLanjutTanggal: `${TAHUN}-12-31`,
  ...extra,
});

describe('who may schedule, read and act on a dialog', () => {
  it('lets only the appraiser schedule; others who read the SKP get 403, outsiders 404', async () => {
    for (const [who, status] of [
      ['staf', 403],
      ['kabid', 403],
      ['admin', 403],
      ['auditor', 403],
      ['guru', 404],
      ['lain', 404],
    ] as const)
      expect([who, (await jadwalkan(who)).status]).toEqual([who, status]);
    const ok = await jadwalkan('kasi');
    expect(ok.status).toBe(201);
    for (const who of ['staf', 'kasi', 'kabid', 'admin', 'auditor'] as const)
      expect([who, (await w.call(who, 'GET', `/dialog/${ok.body.id}`)).status]).toEqual([who, 200]);
    for (const who of ['guru', 'lain'] as const)
      expect([who, (await w.call(who, 'GET', `/dialog/${ok.body.id}`)).status]).toEqual([who, 404]);
    // Reads offer exactly what the API accepts.
    expect((await detail('kasi', ok.body.id)).aksi).toEqual(['KELOLA_DIALOG']);
    expect((await detail('staf', ok.body.id)).aksi).toEqual([]);
    expect((await detail('admin', ok.body.id)).aksi).toEqual([]);
    // Recording: only the appraiser.
    for (const who of ['staf', 'kabid', 'admin', 'auditor'] as const)
      expect([who, (await w.call(who, 'PUT', `/dialog/${ok.body.id}/catatan`, rekamBody(1))).status]).toEqual([
        who,
        403,
      ]);
    expect((await w.call('guru', 'PUT', `/dialog/${ok.body.id}/catatan`, rekamBody(1))).status).toBe(404);
    await w.call('kasi', 'POST', `/dialog/${ok.body.id}/batal`, { version: 1 });
  });

  it('refuses a period that the year does not have, an RHK of another SKP and an unknown method', async () => {
    const bad = await jadwalkan('kasi', { periodeKode: 'B05' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('DIALOG.INVALID_REFERENCE');
    expect(bad.body.error.details[0].field).toBe('body.periodeKode');
    expect((await jadwalkan('kasi', { jadwal: '1999-01-01T00:00:00+07:00' })).body.error.code).toBe(
      'DIALOG.INVALID_REFERENCE',
    );
    const d = await jadwalkan('kasi');
    const other = await createSkp(w, 'kasi');
    const otherRhk = await addRhk(w, 'kasi', other);
    const wrongRhk = await w.call(
      'kasi',
      'PUT',
      `/dialog/${d.body.id}/catatan`,
      rekamBody(1, { agenda: [{ topik: 'HASIL_KERJA', rhkId: otherRhk }] }),
    );
    expect(wrongRhk.status).toBe(400);
    expect(wrongRhk.body.error.code).toBe('DIALOG.INVALID_REFERENCE');
    const noLink = await w.call(
      'kasi',
      'PUT',
      `/dialog/${d.body.id}/catatan`,
      rekamBody(1, { agenda: [{ topik: 'PERILAKU' }] }),
    );
    expect(noLink.body.error.details[0].field).toBe('body.agenda.0.perilakuKode');
    const metode = await w.call(
      'kasi',
      'PUT',
      `/dialog/${d.body.id}/catatan`,
      rekamBody(1, { pengembangan: [{ kompetensi: 'X', metodeKode: 'SULAP' }] }),
    );
    expect(metode.status).toBe(400);
    expect(metode.body.error.code).toBe('PENGEMBANGAN.INVALID_METHOD');
    // Nothing was stored by the refusals.
    expect((await detail('kasi', d.body.id)).version).toBe(1);
    const stale = await w.call('kasi', 'PUT', `/dialog/${d.body.id}/catatan`, rekamBody(7));
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT.VERSION');
    await w.call('kasi', 'POST', `/dialog/${d.body.id}/batal`, { version: 1 });
  });
});

describe('agenda, record, confirmation and carry-over', () => {
  it('proposes lagging RHK and behaviour with feedback, and always career', async () => {
    const db = database().db;
    const [ikiRow] = (await db.execute(sql`select id from iki where rhk_id = ${skp.rhkId}`)).rows as Array<{
      id: string;
    }>;
    // 1 of a target of 12 by the end of TW1 (3 expected): lagging.
    await db.execute(sql`insert into realisasi (instansi_id, skp_id, iki_id, periode_kode, nilai)
      values (${w.i}, ${skp.id}, ${ikiRow.id}, 'TW1', 1)`);
    await db.execute(sql`insert into umpan_balik (instansi_id, skp_id, sasaran, perilaku_kode, penulis_pegawai_id, peran_penulis, teks)
      values (${w.i}, ${skp.id}, 'PERILAKU', 'KOLABORATIF', ${w.org.pegawai.kasi.id}, 'PENILAI', 'Bagus')`);
    const d = await jadwalkan('kasi');
    const dt = await detail('kasi', d.body.id);
    expect(dt.agenda.map((a) => [a.topik, a.rhkId ?? a.perilakuKode ?? a.kompetensi])).toEqual([
      ['HASIL_KERJA', skp.rhkId],
      ['PERILAKU', 'KOLABORATIF'],
      ['KARIR', null],
    ]);
    expect(dt.rhk).toEqual([expect.objectContaining({ id: skp.rhkId, tertinggal: true })]);
    await w.call('kasi', 'POST', `/dialog/${d.body.id}/batal`, { version: 1 });
  });

  it('records, closes only when complete, both sides confirm, then it is read-only; unachieved items carry over', async () => {
    const first = await jadwalkan('kasi');
    const id = first.body.id as string;
    // Closing without a follow-up date is refused with what is missing.
    const incomplete = await w.call(
      'kasi',
      'PUT',
      `/dialog/${id}/catatan`,
      rekamBody(1, { tindakLanjutTanggal: null, selesai: true }),
    );
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.error.code).toBe('DIALOG.INCOMPLETE');
    expect(incomplete.body.error.details.map((x: { field: string }) => x.field)).toEqual(['body.tindakLanjutTanggal']);
    // Confirming before it is closed: refused.
    expect((await w.call('staf', 'POST', `/dialog/${id}/konfirmasi`, { version: 1 })).body.error.code).toBe(
      'DIALOG.INVALID_STATE',
    );
    const rec = await w.call('kasi', 'PUT', `/dialog/${id}/catatan`, rekamBody(1, { selesai: true }));
    expect(rec.status).toBe(200);
    let dt = await detail('staf', id);
    expect(dt.status).toBe('SELESAI');
    expect(dt.aksi).toEqual(['KONFIRMASI_DIALOG']);
    expect(dt.pengembangan).toEqual([
      expect.objectContaining({ kompetensi: 'Analisis data', status: 'DIRENCANAKAN', metodeNama: 'Pelatihan' }),
    ]);
    const notes = (await w.call('staf', 'GET', '/notifikasi')).body as Array<{ jenis: string; tautan: string }>;
    expect(notes.filter((n) => n.tautan === `/dialog/${id}`).map((n) => n.jenis)).toEqual(
      expect.arrayContaining(['DIALOG_DIJADWALKAN', 'DIALOG_KONFIRMASI']),
    );
    // The atasan reads but does not confirm.
    expect((await w.call('kabid', 'POST', `/dialog/${id}/konfirmasi`, { version: dt.version })).status).toBe(403);
    const c1 = await w.call('staf', 'POST', `/dialog/${id}/konfirmasi`, { version: dt.version });
    expect(c1.body).toMatchObject({ terkunci: false });
    // Confirming twice changes nothing.
    expect((await w.call('staf', 'POST', `/dialog/${id}/konfirmasi`, { version: c1.body.version })).body.version).toBe(
      c1.body.version,
    );
    const c2 = await w.call('kasi', 'POST', `/dialog/${id}/konfirmasi`, { version: c1.body.version });
    expect(c2.body).toMatchObject({ terkunci: true });
    const locked = await w.call('kasi', 'PUT', `/dialog/${id}/catatan`, rekamBody(c2.body.version));
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('DIALOG.LOCKED');
    expect((await detail('kasi', id)).aksi).toEqual([]);
    const audit = await database().db.execute(
      sql`select action from audit_log where entity_id = ${id} order by at, id`,
    );
    expect((audit.rows as Array<{ action: string }>).map((r) => r.action)).toEqual([
      'dialog.jadwalkan',
      'dialog.rekam',
      'dialog.konfirmasi',
      'dialog.konfirmasi',
    ]);

    // The next dialog: the open item is on its agenda and must be judged before closing.
    const second = await jadwalkan('kasi', { periodeKode: 'TW2', jadwal: lampau(1) });
    dt = await detail('kasi', second.body.id);
    const item = (await detail('kasi', id)).pengembangan[0];
    expect(dt.untukDinilai.map((u) => u.id)).toEqual([item.id]);
    expect(dt.agenda.filter((a) => a.topik === 'KOMPETENSI').map((a) => a.kompetensi)).toEqual(['Analisis data']);
    const notJudged = await w.call(
      'kasi',
      'PUT',
      `/dialog/${second.body.id}/catatan`,
      rekamBody(1, { pengembangan: [], selesai: true }),
    );
    expect(notJudged.body.error.code).toBe('DIALOG.INCOMPLETE');
    const foreign = await w.call(
      'kasi',
      'PUT',
      `/dialog/${second.body.id}/catatan`,
      rekamBody(1, { penilaian: [{ id: second.body.id, status: 'TERCAPAI', penjelasan: 'x' }] }),
    );
    expect(foreign.body.error.code).toBe('PENGEMBANGAN.INVALID_ITEM');
    const judged = await w.call(
      'kasi',
      'PUT',
      `/dialog/${second.body.id}/catatan`,
      rekamBody(1, {
        pengembangan: [],
        penilaian: [{ id: item.id, status: 'TIDAK_TERCAPAI', penjelasan: 'Pelatihan belum dibuka' }],
        selesai: true,
      }),
    );
    expect(judged.status).toBe(200);
    dt = await detail('kasi', second.body.id);
    expect(dt.pengembangan).toEqual([
      expect.objectContaining({ kompetensi: 'Analisis data', status: 'DIRENCANAKAN', dibawaDariId: item.id }),
    ]);
    // Re-judging in the same dialog replaces the carried copy instead of adding a second one.
    const rejudged = await w.call(
      'kasi',
      'PUT',
      `/dialog/${second.body.id}/catatan`,
      rekamBody(judged.body.version, {
        pengembangan: [],
        penilaian: [{ id: item.id, status: 'TIDAK_TERCAPAI', penjelasan: 'Pelatihan ditunda ke TW3' }],
        selesai: true,
      }),
    );
    expect(rejudged.status).toBe(200);
    expect((await detail('kasi', second.body.id)).pengembangan).toHaveLength(1);
    // The employee sees the original as not achieved and the carried one as open.
    const saya = (await w.call('staf', 'GET', '/dialog/saya')).body as {
      dialog: Array<{ id: string }>;
      pengembangan: Array<{ id: string; status: string; dibawaDariId: string | null; penjelasan: string | null }>;
    };
    expect(saya.dialog.map((x) => x.id)).toEqual(expect.arrayContaining([id, second.body.id]));
    const byStatus = Object.fromEntries(saya.pengembangan.map((p) => [p.status, p]));
    expect(byStatus.TIDAK_TERCAPAI).toMatchObject({ id: item.id, penjelasan: 'Pelatihan ditunda ke TW3' });
    expect(byStatus.DIRENCANAKAN).toMatchObject({ dibawaDariId: item.id });
  });

  it('shows the appraiser who has a dialog this period and who has none', async () => {
    const res = await w.call('kasi', 'GET', `/dialog/bawahan?tahun=${TAHUN}&periodeKode=TW1`);
    expect(res.status).toBe(200);
    const staf = res.body.items.find((x: { pegawai: { id: string } }) => x.pegawai.id === w.org.pegawai.staf.id);
    expect(staf.skpId).toBe(skp.id);
    expect(staf.dialog.length).toBeGreaterThan(0);
    const tw4 = await w.call('kasi', 'GET', `/dialog/bawahan?tahun=${TAHUN}&periodeKode=TW4`);
    expect(
      tw4.body.items.find((x: { pegawai: { id: string } }) => x.pegawai.id === w.org.pegawai.staf.id).dialog,
    ).toEqual([]);
    // Someone who appraises nobody gets an empty list, never someone else's.
    expect((await w.call('staf', 'GET', '/dialog/bawahan')).body.items).toEqual([]);
  });
});

describe('coaching follow-up formats', () => {
  it('takes the employee feedback (B.1.8) and the competency check (B.1.9) once each, from the right side', async () => {
    const d = await jadwalkan('kasi', { jenis: 'COACHING' });
    const early = await w.call('staf', 'PUT', `/dialog/${d.body.id}/umpan-balik-coaching`, {
      version: 1,
      skor: Object.fromEntries(
        [
          'DIPERHATIKAN',
          'DIHARGAI',
          'BEBAS_BERPENDAPAT',
          'BERDASAR_FAKTA',
          'PANDANGAN_POSITIF',
          'BERTANYA_BUKAN_MENGGURUI',
          'DIBANTU_SOLUSI',
          'TAHU_LANGKAH_BERIKUT',
          'PAHAM_TUJUAN',
        ].map((k) => [k, 4]),
      ),
    });
    expect(early.body.error.code).toBe('DIALOG.INVALID_STATE');
    const rec = await tutup(d.body.id, 1);
    expect(rec.status).toBe(200);
    const skor = Object.fromEntries(
      [
        'DIPERHATIKAN',
        'DIHARGAI',
        'BEBAS_BERPENDAPAT',
        'BERDASAR_FAKTA',
        'PANDANGAN_POSITIF',
        'BERTANYA_BUKAN_MENGGURUI',
        'DIBANTU_SOLUSI',
        'TAHU_LANGKAH_BERIKUT',
        'PAHAM_TUJUAN',
      ].map((k) => [k, 5]),
    );
    expect((await detail('staf', d.body.id)).aksi).toEqual(['KONFIRMASI_DIALOG', 'UMPAN_BALIK_COACHING']);
    const byKasi = await w.call('kasi', 'PUT', `/dialog/${d.body.id}/umpan-balik-coaching`, {
      version: rec.body.version,
      skor,
    });
    expect(byKasi.status).toBe(403);
    const missing = await w.call('staf', 'PUT', `/dialog/${d.body.id}/umpan-balik-coaching`, {
      version: rec.body.version,
      skor: { DIPERHATIKAN: 5 },
    });
    expect(missing.status).toBe(400);
    const fb = await w.call('staf', 'PUT', `/dialog/${d.body.id}/umpan-balik-coaching`, {
      version: rec.body.version,
      skor,
      komentar: 'Sangat membantu',
    });
    expect(fb.status).toBe(200);
    const again = await w.call('staf', 'PUT', `/dialog/${d.body.id}/umpan-balik-coaching`, {
      version: fb.body.version,
      skor,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('DIALOG.ALREADY_RECORDED');
    const cekBody = {
      version: fb.body.version,
      items: [{ kompetensi: 'Analisis data', skor: 3, alasan: 'Sudah bisa pivot' }],
    };
    expect((await w.call('staf', 'PUT', `/dialog/${d.body.id}/cek-kompetensi`, cekBody)).status).toBe(403);
    expect(
      (
        await w.call('kasi', 'PUT', `/dialog/${d.body.id}/cek-kompetensi`, {
          ...cekBody,
          items: [{ ...cekBody.items[0], skor: 6 }],
        })
      ).status,
    ).toBe(400);
    const cek = await w.call('kasi', 'PUT', `/dialog/${d.body.id}/cek-kompetensi`, cekBody);
    expect(cek.status).toBe(200);
    const dt = (await w.call('kabid', 'GET', `/dialog/${d.body.id}`)).body;
    expect(dt.catatan.umpanBalikPegawai).toMatchObject({ skor, komentar: 'Sangat membantu' });
    expect(dt.catatan.cekKompetensi.items).toEqual(cekBody.items);
    // A plain dialog has no coaching follow-up.
    const plain = await jadwalkan('kasi');
    expect((await tutup(plain.body.id, 1)).status).toBe(200);
    expect(
      (await w.call('kasi', 'PUT', `/dialog/${plain.body.id}/cek-kompetensi`, { ...cekBody, version: 2 })).body.error
        .code,
    ).toBe('DIALOG.INVALID_STATE');
  });
});

describe('calendar invitation and reminders', () => {
  it('serves an .ics with a stable UID whose SEQUENCE grows on reschedule, to readers only', async () => {
    const d = await jadwalkan('kasi', { jadwal: `${TAHUN}-11-20T09:00:00+07:00`, tempat: 'Zoom; tautan, nanti' });
    const get = async (who: Who) =>
      w.app.inject({
        method: 'GET',
        url: `/api/instansi/${w.i}/dialog/${d.body.id}/undangan.ics`,
        headers: { cookie: await w.cookieOf(who) },
      });
    const one = await get('staf');
    expect(one.statusCode).toBe(200);
    expect(one.headers['content-type']).toMatch(/^text\/calendar/);
    expect(one.headers['content-disposition']).toBe('attachment; filename="dialog-kinerja.ics"');
    expect(one.body).toContain(`UID:dialog-${d.body.id}@kinerja\r\n`);
    expect(one.body).toContain(`DTSTART:${TAHUN}1120T020000Z\r\n`);
    expect(one.body).toContain(`DTEND:${TAHUN}1120T030000Z\r\n`);
    expect(one.body).toContain('LOCATION:Zoom\\; tautan\\, nanti\r\n');
    expect(one.body).toContain('SEQUENCE:1\r\n');
    const tooFar = await w.call('kasi', 'PATCH', `/dialog/${d.body.id}`, {
      version: 1,
      jadwal: '2001-01-01T09:00:00+07:00',
    });
    expect(tooFar.body.error.code).toBe('DIALOG.INVALID_REFERENCE');
    expect((await w.call('staf', 'PATCH', `/dialog/${d.body.id}`, { version: 1, tempat: 'x' })).status).toBe(403);
    const moved = await w.call('kasi', 'PATCH', `/dialog/${d.body.id}`, {
      version: 1,
      jadwal: `${TAHUN}-11-21T09:00:00+07:00`,
    });
    expect(moved.status).toBe(200);
    const two = await get('kasi');
    expect(two.body).toContain(`UID:dialog-${d.body.id}@kinerja\r\n`);
    expect(two.body).toContain('SEQUENCE:2\r\n');
    expect(two.body).toContain(`DTSTART:${TAHUN}1121T020000Z\r\n`);
    expect((await get('guru')).statusCode).toBe(404);
    expect((await get('lain')).statusCode).toBe(404);
    await w.call('kasi', 'POST', `/dialog/${d.body.id}/batal`, { version: 2 });
    expect((await get('staf')).body).toContain('METHOD:CANCEL\r\n');
  });

  it('reminds both sides the day before and the day itself, never twice, even with two concurrent runs', async () => {
    const jadwal = `${TAHUN}-10-15T09:00:00+07:00`;
    const d = await jadwalkan('kasi', { jadwal });
    const db = database();
    const count = async (jenis: string) =>
      Number(
        (
          (
            await db.db.execute(
              sql`select count(*)::int as n from notifikasi where tautan = ${`/dialog/${d.body.id}`} and jenis = ${jenis}`,
            )
          ).rows[0] as { n: number }
        ).n,
      );
    const h1 = new Date(`${TAHUN}-10-14T10:00:00+07:00`);
    const runs = await Promise.all([kirimPengingat(db, h1), kirimPengingat(db, h1), kirimPengingat(db, h1)]);
    expect(runs.reduce((a, r) => a + r.terkirim, 0)).toBeGreaterThanOrEqual(1);
    expect(await count('DIALOG_PENGINGAT_H1')).toBe(2); // one for each side
    await kirimPengingat(db, new Date(`${TAHUN}-10-14T22:00:00+07:00`));
    expect(await count('DIALOG_PENGINGAT_H1')).toBe(2);
    const h0 = new Date(`${TAHUN}-10-15T06:00:00+07:00`);
    await Promise.all([kirimPengingat(db, h0), kirimPengingat(db, h0)]);
    expect(await count('DIALOG_PENGINGAT_H0')).toBe(2);
    const who = (
      await db.db.execute(
        sql`select pegawai_id from notifikasi where tautan = ${`/dialog/${d.body.id}`} and jenis = 'DIALOG_PENGINGAT_H0' order by pegawai_id`,
      )
    ).rows as Array<{ pegawai_id: string }>;
    expect(who.map((r) => r.pegawai_id).sort()).toEqual([w.org.pegawai.kasi.id, w.org.pegawai.staf.id].sort());
    // After the start nothing more is sent.
    await kirimPengingat(db, new Date(`${TAHUN}-10-15T10:00:00+07:00`));
    expect(await count('DIALOG_PENGINGAT_H0')).toBe(2);
    await w.call('kasi', 'POST', `/dialog/${d.body.id}/batal`, { version: 1 });
  });

  it("runs in the server's scheduler at once and stops cleanly, waiting for the run in progress", async () => {
    // Tomorrow 09:00 WIB, as the server's clock sees it.
    const hariIni = tanggalLokal(new Date(), 'Asia/Jakarta');
    const besok = new Date(`${hariIni}T02:00:00Z`);
    besok.setUTCDate(besok.getUTCDate() + 1);
    expect(hariSebelumnya(tanggalLokal(besok, 'Asia/Jakarta'))).toBe(hariIni);
    const d = await jadwalkan('kasi', { jadwal: besok.toISOString() });
    expect(d.status).toBe(201);
    const penjadwal = mulaiPenjadwalPengingat(database(), 60);
    await penjadwal.stop();
    const rows = (
      await database().db.execute(
        sql`select count(*)::int as n from notifikasi where tautan = ${`/dialog/${d.body.id}`} and jenis = 'DIALOG_PENGINGAT_H1'`,
      )
    ).rows as Array<{ n: number }>;
    expect(rows[0].n).toBe(2);
    await w.call('kasi', 'POST', `/dialog/${d.body.id}/batal`, { version: 1 });
  });
});
