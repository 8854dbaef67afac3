import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildPegawai } from '../../../test/factories.ts';
import { addRhk, createSkp, ikiKuantitatif, skpWorld, type World } from '../../../test/skp-kit.ts';
import { auditLog } from '../../db/schema.ts';
import { bukti, buktiIki, skpPeriode, umpanBalik } from '../../db/schema-pelaksanaan.ts';
import { notifikasi, periodeKinerja, skp as skpTable } from '../../db/schema-skp.ts';
import { hariIniIndonesia } from './progres.service.ts';

const database = useTestDatabase();
let w: World;
let rekan: { username: string };

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
/** Periods relative to today, so the rules hold whatever day the test runs. */
const PERIODE = [
  { kode: 'TW1', mulai: day(-120), selesai: day(-60), batasPengisian: day(-50) },
  { kode: 'TW2', mulai: day(-59), selesai: day(20), batasPengisian: day(30) },
  { kode: 'TW3', mulai: day(21), selesai: day(100), batasPengisian: day(110) },
];

beforeAll(async () => {
  w = await skpWorld(database());
  const colleague = await buildPegawai(database(), w.i, { nama: 'Rekan Seksi', jabatan: w.org.jabatan.jStaf });
  rekan = await buildAkun(database(), { instansiId: w.i, pegawaiId: colleague.id });
  await w.orgChanged();
});
afterAll(async () => {
  await w.app.close();
});

/** One open SKP per person and range: earlier tests' SKPs of the staf are closed out of the way. */
async function freeStaf() {
  await database()
    .db.update(skpTable)
    .set({ status: 'DITUTUP', selesai: day(-151), mulai: day(-152) })
    .where(eq(skpTable.pegawaiId, w.org.pegawai.staf.id));
}

/** A staff SKP set by the kasi, with two RHK (one quantitative IKI, one narrative), periods as above. */
async function setSkp(pendekatan: 'KUANTITATIF' | 'KUALITATIF' = 'KUANTITATIF') {
  await freeStaf();
  const s = await createSkp(w, 'staf', { pendekatan });
  const narrative = { aspek: 'KUALITAS', indikator: 'Pendampingan sesuai pedoman', targetTeks: 'Sesuai pedoman' };
  const rhk1 = await addRhk(w, 'staf', s, pendekatan === 'KUALITATIF' ? { iki: [narrative] } : {});
  const rhk2 = await addRhk(w, 'staf', s, {
    teks: 'Terlaksananya pendampingan sekolah',
    iki: [
      pendekatan === 'KUALITATIF'
        ? narrative
        : { aspek: 'WAKTU', indikator: 'Waktu penyelesaian', targetNilai: 6, targetSatuan: 'bulan' },
    ],
  });
  const a = await w.call('staf', 'POST', `/skp/${s.id}/ajukan`, { version: s.version });
  const t = await w.call('kasi', 'POST', `/skp/${s.id}/tetapkan`, { version: a.body.version });
  expect(t.status).toBe(200);
  s.version = t.body.version;
  const db = database().db;
  const [row] = await db.select().from(skpTable).where(eq(skpTable.id, s.id));
  await db.update(periodeKinerja).set({ periode: PERIODE }).where(eq(periodeKinerja.id, row.periodeId));
  await db
    .update(skpTable)
    .set({ mulai: day(-150), selesai: day(150) })
    .where(eq(skpTable.id, s.id));
  const read = await w.call('staf', 'GET', `/skp/${s.id}/pelaksanaan?periode=TW2`);
  expect(read.status).toBe(200);
  const iki1 = read.body.rhk.find((r: { id: string }) => r.id === rhk1).iki[0].id as string;
  const iki2 = read.body.rhk.find((r: { id: string }) => r.id === rhk2).iki[0].id as string;
  return { ...s, rhk1, rhk2, iki1, iki2 };
}

const put = (who: Parameters<World['call']>[0], skpId: string, periode: string, ikiId: string, body: unknown) =>
  w.call(who, 'PUT', `/skp/${skpId}/pelaksanaan/${periode}/realisasi/${ikiId}`, body);

describe('who may read the period screen', () => {
  it('the employee, the appraiser, the atasan penilai, admins and the auditor read; a unit colleague and another tenant get 404', async () => {
    const s = await setSkp();
    const url = `/skp/${s.id}/pelaksanaan?periode=TW2`;
    const staf = await w.call('staf', 'GET', url);
    expect(staf.body).toMatchObject({
      periode: { kode: 'TW2' },
      pengisian: { terbuka: true, alasan: 'TERBUKA' },
      peranSaya: ['PEMILIK'],
      aksi: expect.arrayContaining(['ISI_REALISASI']),
    });
    expect(staf.body.aksi).not.toContain('BUKA_PENGISIAN');
    const kasi = await w.call('kasi', 'GET', url);
    expect(kasi.status).toBe(200);
    expect(kasi.body.aksi).toContain('BUKA_PENGISIAN');
    expect(kasi.body.aksi).not.toContain('ISI_REALISASI');
    const kabid = await w.call('kabid', 'GET', url);
    expect(kabid.body.peranSaya).toEqual(['ATASAN_PENILAI']);
    const admin = await w.call('admin', 'GET', url);
    expect(admin.status).toBe(200);
    expect(admin.body.aksi).not.toContain('ISI_REALISASI');
    expect((await w.call('auditor', 'GET', url)).status).toBe(200);
    expect((await w.call(rekan, 'GET', url)).status).toBe(404);
    expect((await w.call('guru', 'GET', url)).status).toBe(404);
    expect((await w.call('lain', 'GET', url)).status).toBe(404);
    const foreign = await w.app.inject({
      method: 'GET',
      url: `/api/instansi/${w.other.instansi.id}/skp/${s.id}/pelaksanaan?periode=TW2`,
      headers: { cookie: await w.cookieOf('lain') },
    });
    expect(foreign.statusCode).toBe(404);
    expect((await w.call('staf', 'GET', `/skp/${s.id}/pelaksanaan?periode=B07`)).body.error.code).toBe('NOT_FOUND');
  });

  it('without a period the screen opens on the running one', async () => {
    const s = await setSkp();
    const r = await w.call('staf', 'GET', `/skp/${s.id}/pelaksanaan`);
    expect(r.body.periode.kode).toBe('TW2');
    expect(r.body.daftarPeriode.map((p: { kode: string }) => p.kode)).toEqual(['TW1', 'TW2', 'TW3']);
  });
});

describe('realisasi', () => {
  it('is saved with optimistic versions: a conflicting edit is refused, never overwritten', async () => {
    const s = await setSkp();
    const first = await put('staf', s.id, 'TW2', s.iki1, { version: 0, nilai: 3, catatan: 'Tiga dokumen' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ nilai: 3, version: 1, catatan: 'Tiga dokumen' });
    // A second device that also thinks it is the first save.
    const twin = await put('staf', s.id, 'TW2', s.iki1, { version: 0, nilai: 9 });
    expect(twin.status).toBe(409);
    expect(twin.body.error).toMatchObject({ code: 'CONFLICT.VERSION', details: { currentVersion: 1 } });
    const second = await put('staf', s.id, 'TW2', s.iki1, { version: 1, nilai: '4.5' });
    expect(second.body).toMatchObject({ nilai: 4.5, version: 2, catatan: null });
    const stale = await put('staf', s.id, 'TW2', s.iki1, { version: 1, nilai: 1 });
    expect(stale.status).toBe(409);
    const read = await w.call('staf', 'GET', `/skp/${s.id}/pelaksanaan?periode=TW2`);
    const iki = read.body.rhk[0].iki[0];
    expect(iki.realisasi).toMatchObject({ nilai: 4.5, version: 2 });
    expect(iki.progres).toEqual({ jenis: 'KUANTITATIF', persen: 37.5 });
    // A version for a row that does not exist yet is stale too (it never creates silently).
    expect((await put('staf', s.id, 'TW1', s.iki1, { version: 3, nilai: 1 })).status).toBe(409);
    const audits = await database()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'realisasi'), eq(auditLog.entityId, first.body.id)));
    expect(audits.map((a) => a.action).sort()).toEqual(['realisasi.isi', 'realisasi.ubah']);
  });

  it('needs a number for a numeric target and words for a narrative one', async () => {
    const s = await setSkp();
    const noNumber = await put('staf', s.id, 'TW2', s.iki1, { version: 0, teks: 'banyak' });
    expect(noNumber.status).toBe(400);
    expect(noNumber.body.error.code).toBe('REALISASI.ISI_TIDAK_SESUAI');
    expect((await put('staf', s.id, 'TW2', s.iki1, { version: 0, nilai: -1 })).status).toBe(400);
    // WAKTU: less is better (6 months planned, done in 4 → 150 %).
    expect((await put('staf', s.id, 'TW2', s.iki2, { version: 0, nilai: 4 })).status).toBe(200);
    const q = await w.call('staf', 'GET', `/skp/${s.id}/pelaksanaan?periode=TW2`);
    expect(q.body.rhk[1].iki[0].progres).toEqual({ jenis: 'KUANTITATIF', persen: 150 });
    expect((await put('staf', s.id, 'TW2', randomUUID(), { version: 0, nilai: 1 })).status).toBe(404);
    const k = await setSkp('KUALITATIF');
    expect((await put('staf', k.id, 'TW2', k.iki2, { version: 0, nilai: 2 })).body.error.code).toBe(
      'REALISASI.ISI_TIDAK_SESUAI',
    );
    const before = await w.call('staf', 'GET', `/skp/${k.id}/pelaksanaan?periode=TW2`);
    expect(before.body.rhk[1].iki[0].progres).toEqual({ jenis: 'KUALITATIF', terisi: false });
    const ok = await put('staf', k.id, 'TW2', k.iki2, { version: 0, teks: 'Lima sekolah didampingi' });
    expect(ok.status).toBe(200);
    const read = await w.call('staf', 'GET', `/skp/${k.id}/pelaksanaan?periode=TW2`);
    expect(read.body.rhk[1].iki[0].progres).toEqual({ jenis: 'KUALITATIF', terisi: true });
  });

  it('only the owner writes: the appraiser and an admin get 403, a colleague 404', async () => {
    const s = await setSkp();
    const body = { version: 0, nilai: 1 };
    expect((await put('kasi', s.id, 'TW2', s.iki1, body)).status).toBe(403);
    const admin = await put('admin', s.id, 'TW2', s.iki1, body);
    expect(admin.status).toBe(403);
    expect(admin.body.error.code).toBe('ACCESS.FORBIDDEN');
    expect((await put(rekan, s.id, 'TW2', s.iki1, body)).status).toBe(404);
    expect((await put('lain', s.id, 'TW2', s.iki1, body)).status).toBe(404);
  });

  it('is not entered on an SKP that was never set', async () => {
    await freeStaf();
    const s = await createSkp(w, 'staf');
    await addRhk(w, 'staf', s);
    const read = await w.call('staf', 'GET', `/skp/${s.id}/pelaksanaan?periode=TW1`);
    expect(read.body.pengisian).toMatchObject({ terbuka: false, alasan: 'SKP_BELUM_DITETAPKAN' });
    const r = await put('staf', s.id, 'TW1', read.body.rhk[0].iki[0].id, { version: 0, nilai: 1 });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('REALISASI.DITUTUP');
  });
});

describe('deadline, reopening and the rated lock', () => {
  it('after the batas pengisian only the appraiser reopens (reason, until-date, audited, the employee notified); it expires', async () => {
    const s = await setSkp();
    const late = await put('staf', s.id, 'TW1', s.iki1, { version: 0, nilai: 2 });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ code: 'REALISASI.DITUTUP', details: { alasan: 'LEWAT_BATAS' } });
    expect(late.body.error.message).toContain('pejabat penilai');
    const body = { alasan: 'Bukti terlambat karena dinas luar', sampai: day(3) };
    expect((await w.call('staf', 'POST', `/skp/${s.id}/pelaksanaan/TW1/buka`, body)).status).toBe(403);
    expect((await w.call('admin', 'POST', `/skp/${s.id}/pelaksanaan/TW1/buka`, body)).status).toBe(403);
    expect((await w.call('kabid', 'POST', `/skp/${s.id}/pelaksanaan/TW1/buka`, body)).status).toBe(403);
    expect((await w.call(rekan, 'POST', `/skp/${s.id}/pelaksanaan/TW1/buka`, body)).status).toBe(404);
    const tooLong = await w.call('kasi', 'POST', `/skp/${s.id}/pelaksanaan/TW1/buka`, { ...body, sampai: day(40) });
    expect(tooLong.status).toBe(400);
    const stillOpen = await w.call('kasi', 'POST', `/skp/${s.id}/pelaksanaan/TW2/buka`, body);
    expect(stillOpen.status).toBe(409);
    expect(stillOpen.body.error.code).toBe('REALISASI.BUKA_DITOLAK');
    const buka = await w.call('kasi', 'POST', `/skp/${s.id}/pelaksanaan/TW1/buka`, body);
    expect(buka.status).toBe(200);
    expect(buka.body).toMatchObject({ periode: 'TW1', alasan: body.alasan });
    const audit = await database()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'pengisian.buka'), eq(auditLog.entityId, s.id)));
    expect(audit).toHaveLength(1);
    const notes = await database()
      .db.select()
      .from(notifikasi)
      .where(and(eq(notifikasi.pegawaiId, w.org.pegawai.staf.id), eq(notifikasi.jenis, 'PENGISIAN_DIBUKA')));
    expect(notes.some((n) => n.tautan?.includes(s.id))).toBe(true);
    const read = await w.call('staf', 'GET', `/skp/${s.id}/pelaksanaan?periode=TW1`);
    expect(read.body.pengisian).toMatchObject({ terbuka: true, alasan: 'DIBUKA_KEMBALI', batas: day(3) });
    expect(read.body.dibukaAlasan).toBe(body.alasan);
    expect((await put('staf', s.id, 'TW1', s.iki1, { version: 0, nilai: 2 })).status).toBe(200);
    // The reopening ends: entry closes again.
    await database()
      .db.update(skpPeriode)
      .set({ dibukaSampai: new Date(Date.now() - 1000) })
      .where(eq(skpPeriode.skpId, s.id));
    const expired = await put('staf', s.id, 'TW1', s.iki1, { version: 1, nilai: 3 });
    expect(expired.status).toBe(409);
    expect(expired.body.error.details.alasan).toBe('LEWAT_BATAS');
  });

  it('a rated period is locked for good: no entry, no reopening', async () => {
    const s = await setSkp();
    await database()
      .db.insert(skpPeriode)
      .values({
        instansiId: w.i,
        skpId: s.id,
        periodeKode: 'TW2',
        dinilaiAt: new Date(),
        dibukaSampai: new Date(Date.now() + 86_400_000),
      });
    const r = await put('staf', s.id, 'TW2', s.iki1, { version: 0, nilai: 2 });
    expect(r.body.error).toMatchObject({ code: 'REALISASI.DITUTUP', details: { alasan: 'DINILAI' } });
    const buka = await w.call('kasi', 'POST', `/skp/${s.id}/pelaksanaan/TW2/buka`, { alasan: 'x', sampai: day(1) });
    expect(buka.body.error.code).toBe('REALISASI.BUKA_DITOLAK');
    const progres = await w.call('staf', 'POST', `/skp/${s.id}/progres-harian`, {
      clientId: randomUUID(),
      rhkId: s.rhk1,
      tanggal: day(0),
      teks: 'Rapat',
    });
    expect(progres.body.error.code).toBe('REALISASI.DITUTUP');
  });
});

describe('rencana aksi', () => {
  it('when the instansi requires it, realisasi of an RHK without a plan for the period is refused', async () => {
    const s = await setSkp();
    await database().db.execute(
      sql`insert into pengaturan_instansi (instansi_id, settings) values (${w.i}, ${JSON.stringify({ pelaksanaan: { rencanaAksiWajib: true } })}::jsonb)
        on conflict (instansi_id) do update set settings = excluded.settings`,
    );
    try {
      const refused = await put('staf', s.id, 'TW2', s.iki1, { version: 0, nilai: 1 });
      expect(refused.status).toBe(422);
      expect(refused.body.error.code).toBe('RENCANA_AKSI.WAJIB');
      const plan = await w.call('staf', 'POST', `/skp/${s.id}/rencana-aksi`, {
        rhkId: s.rhk1,
        periode: 'TW2',
        teks: 'Menyusun dua dokumen kurikulum',
        targetNilai: 2,
        targetSatuan: 'dokumen',
      });
      expect(plan.status).toBe(201);
      expect(plan.body).toMatchObject({ urutan: 1, targetNilai: 2, version: 1 });
      expect((await put('staf', s.id, 'TW2', s.iki1, { version: 0, nilai: 1 })).status).toBe(200);
      const read = await w.call('staf', 'GET', `/skp/${s.id}/pelaksanaan?periode=TW2`);
      expect(read.body.rencanaAksiWajib).toBe(true);
      expect(read.body.rhk[0].rencanaAksi).toHaveLength(1);
      // Edits are versioned; the appraiser cannot edit the employee's plan.
      const url = `/skp/${s.id}/rencana-aksi/${plan.body.id}`;
      expect((await w.call('kasi', 'PUT', url, { version: 1, teks: 'x' })).status).toBe(403);
      expect((await w.call('staf', 'PUT', url, { version: 1, teks: 'Menyusun tiga dokumen' })).body.version).toBe(2);
      expect((await w.call('staf', 'PUT', url, { version: 1, teks: 'lama' })).status).toBe(409);
      expect((await w.call('staf', 'DELETE', `${url}?version=1`)).status).toBe(409);
      expect((await w.call('staf', 'DELETE', `${url}?version=2`)).status).toBe(204);
      // Planning ahead for a period that has not started is allowed.
      const ahead = await w.call('staf', 'POST', `/skp/${s.id}/rencana-aksi`, {
        rhkId: s.rhk1,
        periode: 'TW3',
        teks: 'Rencana',
      });
      expect(ahead.status).toBe(201);
    } finally {
      await database().db.execute(sql`delete from pengaturan_instansi where instansi_id = ${w.i}`);
    }
  });
});

describe('progres harian', () => {
  it('a retried POST with the same clientId returns the same entry (200), never a duplicate', async () => {
    const s = await setSkp();
    const body = { clientId: randomUUID(), rhkId: s.rhk1, tanggal: day(0), teks: 'Menyusun draf kurikulum' };
    const first = await w.call('staf', 'POST', `/skp/${s.id}/progres-harian`, body);
    expect(first.status).toBe(201);
    const retry = await w.call('staf', 'POST', `/skp/${s.id}/progres-harian`, body);
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);
    const list = await w.call('staf', 'GET', `/skp/${s.id}/progres-harian`);
    expect(list.body).toHaveLength(1);
    const reused = await w.call('staf', 'POST', `/skp/${s.id}/progres-harian`, { ...body, teks: 'Lain' });
    expect(reused.status).toBe(409);
    expect(reused.body.error.code).toBe('PROGRES.CLIENT_ID_DIPAKAI');
    // The appraiser reads the list; the roll-up is a draft note on the period screen.
    expect((await w.call('kasi', 'GET', `/skp/${s.id}/progres-harian`)).body).toHaveLength(1);
    expect((await w.call(rekan, 'GET', `/skp/${s.id}/progres-harian`)).status).toBe(404);
    const read = await w.call('staf', 'GET', `/skp/${s.id}/pelaksanaan?periode=TW2`);
    expect(read.body.rhk[0].progresHarian).toHaveLength(1);
    expect(read.body.rhk[0].drafCatatan).toContain('Menyusun draf kurikulum');
  });

  it('refuses a future day, a day outside the SKP, someone else’s evidence, and writes by others', async () => {
    const s = await setSkp();
    const base = { rhkId: s.rhk1, teks: 'Kegiatan' };
    const future = await w.call('staf', 'POST', `/skp/${s.id}/progres-harian`, {
      ...base,
      clientId: randomUUID(),
      tanggal: day(2),
    });
    // "Today" on a phone in eastern Indonesia (UTC+9) is not a future day, even while UTC is behind.
    const wit = await w.call('staf', 'POST', `/skp/${s.id}/progres-harian`, {
      ...base,
      clientId: randomUUID(),
      tanggal: hariIniIndonesia(),
    });
    expect(wit.status).toBe(201);
    expect(future.body.error.code).toBe('PROGRES.TANGGAL_INVALID');
    const before = await w.call('staf', 'POST', `/skp/${s.id}/progres-harian`, {
      ...base,
      clientId: randomUUID(),
      tanggal: day(-400),
    });
    expect(before.body.error.code).toBe('PROGRES.TANGGAL_INVALID');
    const db = database().db;
    const [mine] = await db
      .insert(bukti)
      .values({
        instansiId: w.i,
        pegawaiId: w.org.pegawai.staf.id,
        jenis: 'TAUTAN',
        judul: 'Notulen',
        tanggal: day(0),
        url: 'https://example.org/n',
      })
      .returning();
    const [theirs] = await db
      .insert(bukti)
      .values({
        instansiId: w.i,
        pegawaiId: w.org.pegawai.kasi.id,
        jenis: 'TAUTAN',
        judul: 'Lain',
        tanggal: day(0),
        url: 'https://example.org/x',
      })
      .returning();
    const bad = await w.call('staf', 'POST', `/skp/${s.id}/progres-harian`, {
      ...base,
      clientId: randomUUID(),
      tanggal: day(0),
      buktiId: theirs.id,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('PROGRES.BUKTI_INVALID');
    const ok = await w.call('staf', 'POST', `/skp/${s.id}/progres-harian`, {
      ...base,
      clientId: randomUUID(),
      tanggal: day(0),
      buktiId: mine.id,
    });
    expect(ok.status).toBe(201);
    expect(
      (
        await w.call('kasi', 'POST', `/skp/${s.id}/progres-harian`, {
          ...base,
          clientId: randomUUID(),
          tanggal: day(0),
        })
      ).status,
    ).toBe(403);
    const url = `/skp/${s.id}/progres-harian/${ok.body.id}`;
    const edited = await w.call('staf', 'PATCH', url, { version: 1, teks: 'Kegiatan diperbaiki', buktiId: null });
    expect(edited.body).toMatchObject({ version: 2, teks: 'Kegiatan diperbaiki', buktiId: null });
    expect((await w.call('staf', 'PATCH', url, { version: 1, teks: 'x' })).status).toBe(409);
    expect((await w.call('admin', 'DELETE', `${url}?version=2`)).status).toBe(403);
    expect((await w.call('staf', 'DELETE', `${url}?version=2`)).status).toBe(204);
  });
});

describe('the screen read carries evidence and feedback summaries', () => {
  it('lists evidence attached per IKI and feedback threads with what waits for my answer', async () => {
    const s = await setSkp();
    const db = database().db;
    const [b] = await db
      .insert(bukti)
      .values({
        instansiId: w.i,
        pegawaiId: w.org.pegawai.staf.id,
        jenis: 'TAUTAN',
        judul: 'Daftar hadir',
        tanggal: day(-2),
        url: 'https://example.org/h',
      })
      .returning();
    await db
      .insert(buktiIki)
      .values({ instansiId: w.i, buktiId: b.id, skpId: s.id, ikiId: s.iki1, periodeKode: 'TW2' });
    const [root] = await db
      .insert(umpanBalik)
      .values({
        instansiId: w.i,
        skpId: s.id,
        sasaran: 'RHK',
        rhkId: s.rhk1,
        penulisPegawaiId: w.org.pegawai.kasi.id,
        peranPenulis: 'PENILAI',
        teks: 'Lengkapi notulen',
      })
      .returning();
    const read = await w.call('staf', 'GET', `/skp/${s.id}/pelaksanaan?periode=TW2`);
    expect(read.body.rhk[0].iki[0].bukti).toEqual([
      expect.objectContaining({ id: b.id, judul: 'Daftar hadir', jenis: 'TAUTAN' }),
    ]);
    expect(read.body.umpanBalik).toEqual([
      expect.objectContaining({
        sasaran: 'RHK',
        rhkId: s.rhk1,
        jumlah: 1,
        utas: 1,
        belumDijawabSaya: 1,
        terakhir: expect.objectContaining({ teks: 'Lengkapi notulen' }),
      }),
    ]);
    const kasi = await w.call('kasi', 'GET', `/skp/${s.id}/pelaksanaan?periode=TW2`);
    expect(kasi.body.umpanBalik[0].belumDijawabSaya).toBe(0);
    await db.insert(umpanBalik).values({
      instansiId: w.i,
      skpId: s.id,
      sasaran: 'RHK',
      rhkId: s.rhk1,
      indukId: root.id,
      penulisPegawaiId: w.org.pegawai.staf.id,
      peranPenulis: 'PEGAWAI',
      teks: 'Sudah',
    });
    const after = await w.call('staf', 'GET', `/skp/${s.id}/pelaksanaan?periode=TW2`);
    expect(after.body.umpanBalik[0]).toMatchObject({ jumlah: 2, utas: 1, belumDijawabSaya: 0 });
  });
});

describe('perubahan SKP keeps the record attached', () => {
  it('editing an RHK keeps its IKI ids and realisasi; entry goes on under perubahan; a removed IKI takes its realisasi', async () => {
    const s = await setSkp();
    expect((await put('staf', s.id, 'TW2', s.iki1, { version: 0, nilai: 5 })).status).toBe(200);
    const ubah = await w.call('staf', 'POST', `/skp/${s.id}/ubah`, { version: s.version });
    expect(ubah.status).toBe(200);
    let version = ubah.body.version as number;
    const edit = await w.call('staf', 'PUT', `/skp/${s.id}/rhk/${s.rhk1}`, {
      version,
      jenis: 'UTAMA',
      teks: 'Tersusunnya dokumen kurikulum muatan lokal (revisi)',
      sumber: 'JF',
      iki: [ikiKuantitatif('Jumlah dokumen kurikulum yang disahkan', 10), { ...ikiKuantitatif('Jumlah sekolah', 4) }],
    });
    expect(edit.status).toBe(200);
    version = edit.body.version;
    const read = await w.call('staf', 'GET', `/skp/${s.id}/pelaksanaan?periode=TW2`);
    expect(read.body.pengisian.terbuka).toBe(true);
    const iki = read.body.rhk[0].iki;
    expect(iki[0].id).toBe(s.iki1);
    expect(iki[0].realisasi).toMatchObject({ nilai: 5 });
    expect(iki[0].progres.persen).toBe(50);
    expect(iki[1].realisasi).toBeNull();
    // Entry goes on while the change is a draft.
    expect((await put('staf', s.id, 'TW2', iki[1].id, { version: 0, nilai: 1 })).status).toBe(200);
    // Removing the second IKI removes its realisasi, not the first one's.
    const drop = await w.call('staf', 'PUT', `/skp/${s.id}/rhk/${s.rhk1}`, {
      version,
      jenis: 'UTAMA',
      teks: 'Tersusunnya dokumen kurikulum muatan lokal (revisi)',
      sumber: 'JF',
      iki: [ikiKuantitatif('Jumlah dokumen kurikulum yang disahkan', 10)],
    });
    expect(drop.status).toBe(200);
    const rows = await database().db.execute(sql`select iki_id from realisasi where skp_id = ${s.id}`);
    expect(rows.rows.map((r) => r.iki_id)).toEqual([s.iki1]);
  });
});

describe('my SKPs and what is due', () => {
  it('lists the caller’s SKPs of the year with their periods, the period to open and what is due by when', async () => {
    const s = await setSkp();
    const r = await w.call('staf', 'GET', '/pelaksanaan/saya');
    expect(r.status).toBe(200);
    const mine = r.body.skp.find((x: { id: string }) => x.id === s.id);
    expect(mine.periodeUtama).toBe('TW2');
    expect(mine.rhk).toHaveLength(2);
    expect(mine.periode.find((p: { kode: string }) => p.kode === 'TW1').pengisian.alasan).toBe('LEWAT_BATAS');
    expect(r.body.jatuhTempo).toContainEqual(
      expect.objectContaining({ skpId: s.id, periode: 'TW2', batas: day(30), terbuka: true, ikiTotal: 2 }),
    );
    const admin = await w.call('admin', 'GET', '/pelaksanaan/saya');
    expect(admin.body).toMatchObject({ skp: [], jatuhTempo: [] });
    expect((await w.call('lain', 'GET', '/pelaksanaan/saya')).status).toBe(404);
  });
});
