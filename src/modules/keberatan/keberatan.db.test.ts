/**
 * Keberatan API on a real database (PP 30/2019 Pasal 59): filing rules (late, duplicate, wrongly
 * addressed, not received, no atasan), every role that touches a case, explanations, the decision
 * (UBAH changes the predikat; decided is final), notifications and audit.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buatEvaluasi, hariIni } from '../../../test/evaluasi-fixture-keberatan.ts';
import { buildAkun } from '../../../test/factories.ts';
import { skpWorld, type World } from '../../../test/skp-kit.ts';
import { addDays, toDayNumber } from '../../domain/calendar.ts';

const database = useTestDatabase();
let w: World;
let adminBidang: { username: string };
let adminSekolah: { username: string };

beforeAll(async () => {
  w = await skpWorld(database());
  adminBidang = await buildAkun(database(), { instansiId: w.i, peran: ['ADMIN_UNIT'], unitId: w.org.units.bidang.id });
  adminSekolah = await buildAkun(database(), {
    instansiId: w.i,
    peran: ['ADMIN_UNIT'],
    unitId: w.org.units.sekolah.id,
  });
});
afterAll(async () => {
  await w.app.close();
});

const ALASAN = 'Realisasi saya melampaui target pada semua RHK utama, bukti dukung terlampir.';
const ajukan = (e: { id: string; version: number }, kepada: string, extra: Record<string, unknown> = {}) =>
  w.call('staf', 'POST', `/evaluasi/${e.id}/keberatan`, {
    kepada,
    alasan: ALASAN,
    evaluasiVersion: e.version,
    ...extra,
  });

async function evaluasiRow(id: string) {
  const res = await database().db.execute(sql`select status, versi, predikat, rating_hasil_kerja as hk,
    rating_perilaku as rp, final_at is not null as final from evaluasi where id = ${id}`);
  return res.rows[0] as { status: string; versi: number; predikat: string; hk: string; rp: string; final: boolean };
}
async function notifikasiUntuk(pegawaiId: string, jenis: string) {
  const res = await database().db.execute(
    sql`select tautan, isi from notifikasi where pegawai_id = ${pegawaiId} and jenis = ${jenis}`,
  );
  return res.rows as Array<{ tautan: string; isi: string }>;
}
async function auditOf(entityId: string) {
  const res = await database().db.execute(sql`select action from audit_log where entity_id = ${entityId} order by id`);
  return (res.rows as Array<{ action: string }>).map((r) => r.action);
}

describe('filing', () => {
  it('shows the window, the addressee and whether filing is possible', async () => {
    const e = await buatEvaluasi(database(), w.org, 'staf', { sisa: 10 });
    const res = await w.call('staf', 'GET', `/evaluasi/${e.id}/keberatan`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      bolehAjukan: true,
      sisaHari: 10,
      penolakan: null,
      keberatan: null,
      jendela: { jumlahHari: 14, jenisHari: 'CALENDAR' },
      tujuan: { jenis: 'PEGAWAI', pegawaiId: w.org.pegawai.kabid.id, nama: 'Siti Aminah' },
      evaluasi: { status: 'DITERIMA', batasKeberatan: addDays(hariIni(), 10) },
    });
    // The appraiser reads it too but may not file.
    const penilai = await w.call('kasi', 'GET', `/evaluasi/${e.id}/keberatan`);
    expect(penilai.status).toBe(200);
    expect(penilai.body.bolehAjukan).toBe(false);
    expect((await w.call('guru', 'GET', `/evaluasi/${e.id}/keberatan`)).status).toBe(404);
  });

  it('files to the atasan: evaluation KEBERATAN, atasan and appraiser notified, audited', async () => {
    const e = await buatEvaluasi(database(), w.org, 'staf');
    const pendek = await ajukan(e, w.org.pegawai.kabid.id, { alasan: 'tidak setuju' });
    expect(pendek.status).toBe(400);
    expect(pendek.body.error.code).toBe('VALIDATION.FAILED');
    const salah = await ajukan(e, w.org.pegawai.kasi.id);
    expect(salah.status).toBe(422);
    expect(salah.body.error.code).toBe('KEBERATAN.WRONG_ADDRESSEE');
    expect(salah.body.error.message).toContain('Siti Aminah');
    expect((await ajukan({ ...e, version: e.version + 5 }, w.org.pegawai.kabid.id)).status).toBe(409);
    // Nobody else files on the employee's behalf (the atasan has no part before a case exists: 404).
    for (const [who, status] of [
      ['kasi', 403],
      ['admin', 403],
      ['kabid', 404],
    ] as const) {
      const r = await w.call(who, 'POST', `/evaluasi/${e.id}/keberatan`, {
        kepada: w.org.pegawai.kabid.id,
        alasan: ALASAN,
        evaluasiVersion: e.version,
      });
      expect(r.status, who).toBe(status);
    }
    expect(
      (
        await w.call('guru', 'POST', `/evaluasi/${e.id}/keberatan`, {
          kepada: w.org.pegawai.kabid.id,
          alasan: ALASAN,
          evaluasiVersion: e.version,
        })
      ).status,
    ).toBe(404);
    const ok = await ajukan(e, w.org.pegawai.kabid.id, { permintaan: { ratingHasilKerja: 'DI_ATAS' } });
    expect(ok.status).toBe(201);
    expect((await evaluasiRow(e.id)).status).toBe('KEBERATAN');
    expect(await notifikasiUntuk(w.org.pegawai.kabid.id, 'KEBERATAN_DIAJUKAN')).toContainEqual(
      expect.objectContaining({ tautan: `/keberatan/${ok.body.id}` }),
    );
    expect(await notifikasiUntuk(w.org.pegawai.kasi.id, 'KEBERATAN_PENJELASAN_DIMINTA')).toContainEqual(
      expect.objectContaining({ tautan: `/keberatan/${ok.body.id}` }),
    );
    expect(await auditOf(ok.body.id)).toEqual(['keberatan.ajukan']);
    expect(await auditOf(e.id)).toEqual(['evaluasi.keberatan']);
    const dup = await ajukan({ ...e, version: e.version + 1 }, w.org.pegawai.kabid.id);
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('KEBERATAN.DUPLICATE');
  });

  it('takes one of two simultaneous filings and refuses the other as a duplicate', async () => {
    const e = await buatEvaluasi(database(), w.org, 'staf');
    const both = await Promise.all([ajukan(e, w.org.pegawai.kabid.id), ajukan(e, w.org.pegawai.kabid.id)]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(both.find((r) => r.status === 409)?.body.error.code).toBe('KEBERATAN.DUPLICATE');
    const n = await database().db.execute(sql`select count(*)::int as n from keberatan where evaluasi_id = ${e.id}`);
    expect(n.rows[0]).toEqual({ n: 1 });
  });

  it('refuses a late filing naming the last day, and accepts one on the last day', async () => {
    const late = await buatEvaluasi(database(), w.org, 'staf', { sisa: -1 });
    const r = await ajukan(late, w.org.pegawai.kabid.id);
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('KEBERATAN.LATE');
    expect(r.body.error.message).toContain(addDays(hariIni(), -1));
    const info = await w.call('staf', 'GET', `/evaluasi/${late.id}/keberatan`);
    expect(info.body).toMatchObject({
      bolehAjukan: false,
      evaluasi: { status: 'FINAL' },
      penolakan: { code: 'KEBERATAN.LATE' },
    });
    const lastDay = await buatEvaluasi(database(), w.org, 'staf', { sisa: 0 });
    expect((await ajukan(lastDay, w.org.pegawai.kabid.id)).status).toBe(201);
  });

  it('refuses an evaluation not yet received, saying so', async () => {
    const e = await buatEvaluasi(database(), w.org, 'staf', { status: 'DITETAPKAN' });
    const r = await ajukan(e, w.org.pegawai.kabid.id);
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('KEBERATAN.NOT_RECEIVED');
    expect(r.body.error.message).toMatch(/belum Anda terima/);
  });

  it('refuses when the appraiser is the regional head (no atasan), naming the rule', async () => {
    const kadis = await buildAkun(database(), { instansiId: w.i, pegawaiId: w.org.pegawai.kadis.id });
    const e = await buatEvaluasi(database(), w.org, 'kadis');
    const res = await w.call(kadis, 'POST', `/evaluasi/${e.id}/keberatan`, {
      kepada: 'PIMPINAN_INSTANSI',
      alasan: ALASAN,
      evaluasiVersion: e.version,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('KEBERATAN.NO_ATASAN');
    expect(res.body.error.message).toContain('Pasal 59');
  });
});

describe('a case from filing to the final decision', () => {
  let e: { id: string; version: number };
  let id: string;
  let version: number;
  beforeAll(async () => {
    e = await buatEvaluasi(database(), w.org, 'staf', {
      ratingHasilKerja: 'SESUAI',
      ratingPerilaku: 'DI_BAWAH',
      predikat: 'KURANG',
    });
    const r = await ajukan(e, w.org.pegawai.kabid.id);
    expect(r.status).toBe(201);
    id = r.body.id;
    version = r.body.version;
  });

  it('is read by the employee, the appraiser, the atasan, the admins and the auditor only', async () => {
    const allowed = ['staf', 'kasi', 'kabid', 'admin', 'auditor', adminBidang] as const;
    for (const who of allowed) {
      const r = await w.call(who, 'GET', `/keberatan/${id}`);
      expect(r.status, JSON.stringify(who)).toBe(200);
    }
    // Another atasan (the kadis is atasan of the kasi's cases, not this one), a stranger, the other
    // school's admin and another tenant's admin.
    for (const who of ['kadis', 'guru', 'kepsek', adminSekolah, 'lain'] as const) {
      const r = await w.call(who, 'GET', `/keberatan/${id}`);
      expect(r.status, JSON.stringify(who)).toBe(404);
    }
    const atasan = (await w.call('kabid', 'GET', `/keberatan/${id}`)).body;
    expect(atasan).toMatchObject({
      status: 'DIAJUKAN',
      peranSaya: ['ATASAN'],
      aksi: ['BACA', 'PENJELASAN_PENILAI', 'PENJELASAN_PEGAWAI'],
    });
    expect((await w.call('admin', 'GET', `/keberatan/${id}`)).body.aksi).toEqual(['BACA']);
    expect((await w.call('staf', 'GET', `/keberatan/${id}`)).body.aksi).toEqual(['BACA', 'PENJELASAN_PEGAWAI']);
  });

  it('lists it in the atasan’s and the appraiser’s inbox and for the admins', async () => {
    const kabid = await w.call('kabid', 'GET', '/keberatan/masuk');
    expect(kabid.body.items).toContainEqual(expect.objectContaining({ id, peranSaya: ['ATASAN'] }));
    const kasi = await w.call('kasi', 'GET', '/keberatan/masuk');
    expect(kasi.body.items).toContainEqual(expect.objectContaining({ id, peranSaya: ['PENILAI'] }));
    expect((await w.call('guru', 'GET', '/keberatan/masuk')).body.items).toEqual([]);
    expect((await w.call('admin', 'GET', '/keberatan')).body.items).toContainEqual(expect.objectContaining({ id }));
    expect((await w.call('auditor', 'GET', '/keberatan')).body.items).toContainEqual(
      expect.objectContaining({ id, peranSaya: ['PEMBACA'] }),
    );
    expect((await w.call(adminBidang, 'GET', '/keberatan')).body.items).toContainEqual(expect.objectContaining({ id }));
    expect((await w.call(adminSekolah, 'GET', '/keberatan')).body.items).not.toContainEqual(
      expect.objectContaining({ id }),
    );
    expect((await w.call('staf', 'GET', '/keberatan')).status).toBe(403);
    const saya = await w.call('staf', 'GET', '/keberatan/saya');
    expect(saya.body.items).toContainEqual(
      expect.objectContaining({ evaluasiId: e.id, keberatanId: id, keberatanStatus: 'DIAJUKAN' }),
    );
  });

  it('records explanations (dated), and not the decision before the appraiser’s', async () => {
    const early = await w.call('kabid', 'POST', `/keberatan/${id}/keputusan`, {
      version,
      keputusan: 'TETAP',
      alasan: 'Penilaian sudah sesuai bukti.',
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('KEBERATAN.EXPLANATION_MISSING');
    const bukanPihak = await w.call('kasi', 'POST', `/keberatan/${id}/penjelasan-pegawai`, {
      version,
      isi: 'Pegawai tidak hadir saat dialog.',
    });
    expect(bukanPihak.status).toBe(403);
    const admin = await w.call('admin', 'POST', `/keberatan/${id}/penjelasan-penilai`, {
      version,
      isi: 'Atas nama penilai.',
    });
    expect(admin.status).toBe(403);
    const future = await w.call('kabid', 'POST', `/keberatan/${id}/penjelasan-penilai`, {
      version,
      isi: 'Disampaikan lisan oleh pejabat penilai.',
      tanggal: addDays(hariIni(), 3),
    });
    expect(future.status).toBe(400);
    expect(future.body.error.code).toBe('KEBERATAN.INVALID_DATE');
    const own = await w.call('kasi', 'POST', `/keberatan/${id}/penjelasan-penilai`, {
      version,
      isi: 'Perilaku kerja: dua kali terlambat menyerahkan laporan tanpa pemberitahuan.',
    });
    expect(own.status).toBe(200);
    const stale = await w.call('staf', 'POST', `/keberatan/${id}/penjelasan-pegawai`, {
      version,
      isi: 'Keterlambatan karena tugas luar.',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT.VERSION');
    // The atasan writes down what the employee said, dated the day it was said (today).
    const written = await w.call('kabid', 'POST', `/keberatan/${id}/penjelasan-pegawai`, {
      version: own.body.version,
      isi: 'Keterlambatan karena surat tugas luar kota dari kepala dinas.',
      tanggal: hariIni(),
    });
    expect(written.status).toBe(200);
    version = written.body.version;
    const d = (await w.call('kabid', 'GET', `/keberatan/${id}`)).body;
    expect(d).toMatchObject({
      status: 'DIPERIKSA',
      aksi: ['BACA', 'PENJELASAN_PENILAI', 'PENJELASAN_PEGAWAI', 'PUTUSKAN'],
    });
    expect(d.penjelasanPegawaiAt.slice(0, 10)).toBe(hariIni());
    expect(await auditOf(id)).toEqual([
      'keberatan.ajukan',
      'keberatan.penjelasan_penilai',
      'keberatan.penjelasan_pegawai',
    ]);
  });

  it('is decided by the atasan only; UBAH changes the predikat through the quadrant; then final', async () => {
    const body = {
      version,
      keputusan: 'UBAH',
      ratingPerilaku: 'SESUAI',
      alasan: 'Keterlambatan karena penugasan resmi.',
    };
    for (const who of ['kasi', 'staf', 'admin', 'auditor'] as const) {
      expect((await w.call(who, 'POST', `/keberatan/${id}/keputusan`, body)).status, who).toBe(403);
    }
    for (const who of ['kadis', 'guru'] as const) {
      expect((await w.call(who, 'POST', `/keberatan/${id}/keputusan`, body)).status, who).toBe(404);
    }
    const sama = await w.call('kabid', 'POST', `/keberatan/${id}/keputusan`, { ...body, ratingPerilaku: 'DI_BAWAH' });
    expect(sama.status).toBe(400);
    expect(sama.body.error.code).toBe('KEBERATAN.UNCHANGED');
    const ok = await w.call('kabid', 'POST', `/keberatan/${id}/keputusan`, body);
    expect(ok.status).toBe(200);
    expect(await evaluasiRow(e.id)).toMatchObject({
      status: 'FINAL',
      versi: 2,
      predikat: 'BAIK',
      hk: 'SESUAI',
      rp: 'SESUAI',
      final: true,
    });
    const versi = await database().db.execute(
      sql`select versi, alasan, isi->>'predikat' as predikat from evaluasi_versi where evaluasi_id = ${e.id}`,
    );
    expect(versi.rows).toEqual([expect.objectContaining({ versi: 2, predikat: 'BAIK' })]);
    expect(await notifikasiUntuk(w.org.pegawai.staf.id, 'KEBERATAN_DIPUTUSKAN')).toContainEqual(
      expect.objectContaining({ tautan: `/keberatan/${id}` }),
    );
    const d = (await w.call('staf', 'GET', `/keberatan/${id}`)).body;
    expect(d).toMatchObject({
      status: 'DIPUTUSKAN',
      keputusan: 'UBAH',
      hasilSebelum: { predikat: 'KURANG' },
      hasilSesudah: { predikat: 'BAIK' },
      diputuskanOlehNama: expect.any(String),
      aksi: ['BACA'],
      evaluasi: { status: 'FINAL', predikat: 'BAIK' },
    });
    // Decided is final: nothing more is accepted, from anyone.
    const again = await w.call('kabid', 'POST', `/keberatan/${id}/keputusan`, {
      ...body,
      version: ok.body.version,
      ratingPerilaku: 'DI_ATAS',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('KEBERATAN.DECIDED');
    const more = await w.call('kasi', 'POST', `/keberatan/${id}/penjelasan-penilai`, {
      version: ok.body.version,
      isi: 'Tambahan penjelasan setelah keputusan.',
    });
    expect(more.status).toBe(409);
    expect(more.body.error.code).toBe('KEBERATAN.DECIDED');
    expect(await auditOf(e.id)).toEqual(['evaluasi.keberatan', 'evaluasi.final']);
  });
});

describe('routing beyond the tree', () => {
  it('a case whose atasan is the regional head goes to the head; the tenant admin records the decision on their behalf', async () => {
    const kabid = 'kabid' as const;
    const e = await buatEvaluasi(database(), w.org, 'kabid');
    const info = await w.call(kabid, 'GET', `/evaluasi/${e.id}/keberatan`);
    expect(info.body.tujuan).toMatchObject({ jenis: 'PIMPINAN_INSTANSI', kepada: 'PIMPINAN_INSTANSI' });
    const r = await w.call(kabid, 'POST', `/evaluasi/${e.id}/keberatan`, {
      kepada: 'PIMPINAN_INSTANSI',
      alasan: ALASAN,
      evaluasiVersion: e.version,
    });
    expect(r.status).toBe(201);
    const id = r.body.id;
    const adm = (await w.call('admin', 'GET', `/keberatan/${id}`)).body;
    expect(adm.peranSaya).toEqual(['ATASAN', 'ADMIN']);
    expect((await w.call('admin', 'GET', '/keberatan/masuk')).body.items).toContainEqual(
      expect.objectContaining({ id, peranSaya: ['ATASAN'] }),
    );
    const p = await w.call('kadis', 'POST', `/keberatan/${id}/penjelasan-penilai`, {
      version: r.body.version,
      isi: 'Target bidang tercapai sebagian.',
    });
    expect(p.status).toBe(200);
    // A unit admin is not the tenant admin: reads, never decides.
    const tetap = { version: p.body.version, keputusan: 'TETAP', alasan: 'Penilaian sesuai capaian bidang.' };
    expect((await w.call(adminBidang, 'POST', `/keberatan/${id}/keputusan`, tetap)).status).toBe(403);
    const ok = await w.call('admin', 'POST', `/keberatan/${id}/keputusan`, tetap);
    expect(ok.status).toBe(200);
    const d = (await w.call(kabid, 'GET', `/keberatan/${id}`)).body;
    expect(d.diputuskanOlehNama).toMatch(/ a\.n\. /);
    expect(await evaluasiRow(e.id)).toMatchObject({ status: 'FINAL', versi: 1, predikat: 'BAIK' });
  });
});

describe('the window setting', () => {
  it('counts working days with the instansi holidays when the received row has no stored last day', async () => {
    // Received on a Friday; 3 working days with the Monday a holiday → Thursday. Today decides
    // whether that is still open, so the receipt is placed relative to today.
    const today = hariIni();
    const dow = new Date(`${today}T00:00:00Z`).getUTCDay();
    const jumat = addDays(today, -((dow + 2) % 7)); // the last Friday on or before today
    const senin = addDays(jumat, 3);
    const kamis = addDays(jumat, 6);
    await database().db.execute(sql`insert into pengaturan_instansi (instansi_id, settings)
      values (${w.i}, ${JSON.stringify({ keberatan: { jumlahHari: 3, jenisHari: 'WORKING' }, hariLibur: [senin] })}::jsonb)
      on conflict (instansi_id) do update set settings = excluded.settings, version = pengaturan_instansi.version + 1`);
    const e = await buatEvaluasi(database(), w.org, 'staf');
    await database().db.execute(
      sql`update evaluasi set batas_keberatan = null, diterima_at = ${`${jumat}T03:00:00Z`}::timestamptz where id = ${e.id}`,
    );
    const info = await w.call('staf', 'GET', `/evaluasi/${e.id}/keberatan`);
    expect(info.body).toMatchObject({
      jendela: { jumlahHari: 3, jenisHari: 'WORKING' },
      evaluasi: { batasKeberatan: kamis },
      sisaHari: toDayNumber(kamis) - toDayNumber(today),
    });
    const r = await ajukan(e, w.org.pegawai.kabid.id);
    // Open through Thursday: today is Friday…Thursday after that Friday, so always open.
    expect(r.status).toBe(201);
    const stored = await database().db.execute(
      sql`select batas_keberatan::text as b, status from evaluasi where id = ${e.id}`,
    );
    expect(stored.rows[0]).toEqual({ b: kamis, status: 'KEBERATAN' });
  });
});
