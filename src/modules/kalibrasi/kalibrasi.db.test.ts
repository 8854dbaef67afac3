/**
 * The calibration board API on a real database: the board read, in-place changes with a reason,
 * finalisation (refusals that name why, the override with its justification), reopening, and who
 * may do what (the head of the unit penilaian, admins of its subtree, the auditor read-only).
 */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildPapanKalibrasi, type EvalSpec } from '../../../test/evaluasi-fixture-kalibrasi.ts';
import { buildAkun, buildOrg, buildPegawai, login } from '../../../test/factories.ts';
import { buildApp } from '../../http/app.ts';

const database = useTestDatabase();
let app: FastifyInstance;
let org: Awaited<ReturnType<typeof buildOrg>>;
const cookies: Record<string, string> = {};
let extra: string[] = [];

beforeAll(async () => {
  const db = database();
  app = await buildApp(db);
  org = await buildOrg(db);
  const accounts = {
    kadis: await buildAkun(db, { instansiId: org.instansi.id, pegawaiId: org.pegawai.kadis.id }),
    kasi: await buildAkun(db, { instansiId: org.instansi.id, pegawaiId: org.pegawai.kasi.id }),
    admin: await buildAkun(db, { instansiId: org.instansi.id, peran: ['ADMIN_INSTANSI'] }),
    adminDinas: await buildAkun(db, { instansiId: org.instansi.id, peran: ['ADMIN_UNIT'], unitId: org.units.dinas.id }),
    adminBidang: await buildAkun(db, {
      instansiId: org.instansi.id,
      peran: ['ADMIN_UNIT'],
      unitId: org.units.bidang.id,
    }),
    auditor: await buildAkun(db, { instansiId: org.instansi.id, peran: ['AUDITOR'] }),
  };
  for (const [k, a] of Object.entries(accounts)) cookies[k] = await login(app, a.username);
  extra = [];
  for (let i = 0; i < 8; i++)
    extra.push((await buildPegawai(db, org.instansi.id, { nama: `Staf ${i}`, jabatan: org.jabatan.jStaf })).id);
});
afterAll(async () => {
  await app.close();
});

let periodSeq = 0;
const PERIODS = ['B01', 'B02', 'B03', 'B04', 'B05', 'B06', 'B07', 'B08', 'B09', 'B10', 'B11', 'B12', 'TW1', 'TW2'];

/** A fresh board (its own period) of the Dinas: a Baik unit of 10 where most are Sangat Baik. */
async function board(
  opts: { specs?: EvalSpec[]; org?: 'BAIK' | 'ISTIMEWA' | null; status?: 'TERBUKA' | 'FINAL' } = {},
) {
  const periodeKode = PERIODS[periodSeq++];
  const p = org.pegawai;
  const specs: EvalSpec[] = opts.specs ?? [
    { pegawaiId: p.kadis.id, rating: ['SESUAI', 'DI_ATAS'], sumber: 'PREDIKAT_ORGANISASI' },
    { pegawaiId: p.kabid.id, penilaiPegawaiId: p.kadis.id, rating: ['DI_ATAS', 'DI_ATAS'] },
    { pegawaiId: p.kasi.id, penilaiPegawaiId: p.kabid.id, rating: ['DI_ATAS', 'DI_ATAS'] },
    { pegawaiId: p.staf.id, penilaiPegawaiId: p.kasi.id, rating: ['DI_ATAS', 'DI_ATAS'] },
    ...extra.slice(0, 6).map(
      (id, i): EvalSpec => ({
        pegawaiId: id,
        penilaiPegawaiId: p.kasi.id,
        rating: i < 2 ? ['DI_ATAS', 'DI_ATAS'] : i < 5 ? ['SESUAI', 'SESUAI'] : ['DI_BAWAH', 'SESUAI'],
      }),
    ),
  ];
  const ids = await buildPapanKalibrasi(database(), {
    instansiId: org.instansi.id,
    unitId: org.units.dinas.id,
    tahun: 2026,
    periodeKode,
    predikatOrganisasi: opts.org === undefined ? 'BAIK' : opts.org,
    evaluasi: specs,
    kalibrasiStatus: opts.status,
  });
  const url = `/api/instansi/${org.instansi.id}/kalibrasi/${org.units.dinas.id}/2026/${periodeKode}`;
  return { url, ids, periodeKode };
}

async function call(who: string, method: 'GET' | 'POST' | 'PATCH', url: string, body?: object, lang = 'id') {
  const res = await app.inject({
    method,
    url,
    payload: body,
    headers: { cookie: cookies[who], 'accept-language': lang },
  });
  return { status: res.statusCode, body: res.json() };
}

describe('GET the board', () => {
  it('shows every employee with ratings, the check in plain words and the fix, in one read', async () => {
    const b = await board();
    const r = await call('kadis', 'GET', b.url);
    expect(r.status).toBe(200);
    expect(r.body.evaluasi).toHaveLength(10);
    const staf = r.body.evaluasi.find((e: { pegawaiId: string }) => e.pegawaiId === org.pegawai.staf.id);
    expect(staf).toMatchObject({ nama: 'Dewi Lestari', jabatan: 'Pengadministrasi Umum', penilaiNama: 'Agus Wijaya' });
    expect(staf.nip).toMatch(/^\d{18}$/);
    expect(r.body.predikatOrganisasi).toMatchObject({ predikat: 'BAIK', penetapNama: 'Bupati' });
    // 5 Sangat Baik, 4 Baik, 1 Butuh Perbaikan in a Baik unit: "sebagian besar" is binding (decision 0102).
    expect(r.body.cek.jumlah).toMatchObject({ SANGAT_BAIK: 5, BAIK: 4, BUTUH_PERBAIKAN: 1 });
    expect(r.body.cek.rentang.BAIK).toEqual({ min: 6, max: 7 });
    expect(r.body.cek.pelanggaran.map((v: { teks: { id: string } }) => v.teks.id)).toEqual([
      'Baik 4 dari 10 (40%) belum "sebagian besar": minimal lebih dari separuh (6 orang)',
    ]);
    expect(r.body.cek.perbaikan[0]).toMatchObject({ dari: 'SANGAT_BAIK', ke: 'BAIK', jumlah: 2 });
    expect(r.body.cek.perluOverride).toBe(true);
    expect(r.body.kalibrasi).toMatchObject({ status: 'TERBUKA', id: null, version: 0 });
    expect(r.body.peran).toEqual(['KEPALA_UNIT']);
    expect(r.body.aksi).toEqual(['LIHAT', 'UBAH', 'FINALKAN']);
  });

  it('is read by the auditor without actions, refused to an appraiser and to another subtree’s admin', async () => {
    const b = await board();
    const aud = await call('auditor', 'GET', b.url);
    expect(aud.status).toBe(200);
    expect(aud.body.aksi).toEqual(['LIHAT']);
    expect((await call('adminDinas', 'GET', b.url)).body.aksi).toEqual(['LIHAT', 'UBAH', 'FINALKAN']);
    expect((await call('kasi', 'GET', b.url)).status).toBe(404);
    expect((await call('adminBidang', 'GET', b.url)).status).toBe(404);
  });

  it('answers an empty board for a unit without evaluations and 404 for an unknown unit', async () => {
    const url = `/api/instansi/${org.instansi.id}/kalibrasi/${org.units.sekolah.id}/2026/AKHIR`;
    const r = await call('admin', 'GET', url);
    expect(r.status).toBe(200);
    expect(r.body.evaluasi).toEqual([]);
    expect(r.body.cek.sesuai).toBeNull();
    const unknown = `/api/instansi/${org.instansi.id}/kalibrasi/00000000-0000-4000-8000-000000000000/2026/AKHIR`;
    expect((await call('admin', 'GET', unknown)).status).toBe(404);
    expect((await call('admin', 'GET', url.replace('AKHIR', 'TW5'))).status).toBe(400);
  });
});

describe('PATCH: change in place with a reason', () => {
  it('recomputes the predikat from the quadrant, logs the change with the reason and audits it', async () => {
    const b = await board();
    const id = b.ids[1];
    const r = await call('kadis', 'PATCH', `${b.url}/evaluasi/${id}`, {
      ratingHasilKerja: 'SESUAI',
      ratingPerilaku: 'SESUAI',
      alasan: 'Hasil kerja sesuai ekspektasi setelah rapat kalibrasi',
      version: 1,
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ predikat: 'BAIK', version: 2 });
    const after = await call('kadis', 'GET', b.url);
    const e = after.body.evaluasi.find((x: { id: string }) => x.id === id);
    expect(e).toMatchObject({ predikat: 'BAIK', predikatUsulan: 'SANGAT_BAIK', ratingHasilKerja: 'SESUAI' });
    expect(after.body.cek.jumlah.BAIK).toBe(5);
    expect(after.body.perubahan[0]).toMatchObject({
      evaluasiId: id,
      alasan: 'Hasil kerja sesuai ekspektasi setelah rapat kalibrasi',
      dari: { predikat: 'SANGAT_BAIK' },
      ke: { predikat: 'BAIK' },
      pegawaiNama: 'Siti Aminah',
    });
    const audit = await database().db.execute(
      sql`select action, before, after from audit_log where entity = 'evaluasi' and entity_id = ${id}`,
    );
    expect(audit.rows).toEqual([
      expect.objectContaining({
        action: 'kalibrasi.ubah',
        before: expect.objectContaining({ predikat: 'SANGAT_BAIK' }),
      }),
    ]);
  });

  it('refuses a stale version, a missing reason, an unchanged rating, and the unit head’s rating hasil kerja', async () => {
    const b = await board();
    const url = `${b.url}/evaluasi/${b.ids[2]}`;
    const stale = await call('admin', 'PATCH', url, {
      ratingPerilaku: 'SESUAI',
      alasan: 'rapat kalibrasi',
      version: 7,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT.VERSION');
    const noReason = await call('admin', 'PATCH', url, { ratingPerilaku: 'SESUAI', alasan: '  ', version: 1 });
    expect(noReason.status).toBe(400);
    const same = await call('admin', 'PATCH', url, {
      ratingPerilaku: 'DI_ATAS',
      alasan: 'rapat kalibrasi',
      version: 1,
    });
    expect(same.body.error.code).toBe('KALIBRASI.TIDAK_BERUBAH');
    const head = await call('admin', 'PATCH', `${b.url}/evaluasi/${b.ids[0]}`, {
      ratingHasilKerja: 'DI_ATAS',
      ratingPerilaku: 'DI_ATAS',
      alasan: 'rapat kalibrasi',
      version: 1,
    });
    expect(head.status).toBe(400);
    expect(head.body.error.code).toBe('KALIBRASI.RATING_PIMPINAN');
    // The head's behaviour rating may still change.
    const headOk = await call('admin', 'PATCH', `${b.url}/evaluasi/${b.ids[0]}`, {
      ratingPerilaku: 'SESUAI',
      alasan: 'rapat kalibrasi',
      version: 1,
    });
    expect(headOk.status).toBe(200);
    expect(headOk.body).toMatchObject({ ratingHasilKerja: 'SESUAI', predikat: 'BAIK' });
    const rows = await database().db.execute(
      sql`select count(*)::int as n from kalibrasi_perubahan kp join kalibrasi k on k.id = kp.kalibrasi_id
          where k.unit_penilaian_id = ${org.units.dinas.id} and k.periode_kode = ${b.periodeKode}`,
    );
    expect(rows.rows[0]).toEqual({ n: 1 });
  });

  it('refuses an evaluation of another period, an unrated one, a set one, and the auditor', async () => {
    const b = await board();
    const other = await board();
    const foreign = await call('admin', 'PATCH', `${b.url}/evaluasi/${other.ids[1]}`, {
      ratingPerilaku: 'SESUAI',
      alasan: 'rapat kalibrasi',
      version: 1,
    });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('KALIBRASI.EVALUASI_TIDAK_ADA');
    const c = await board({
      specs: [
        { pegawaiId: org.pegawai.staf.id, rating: null },
        { pegawaiId: org.pegawai.kasi.id, rating: ['SESUAI', 'SESUAI'], status: 'DITETAPKAN' },
      ],
    });
    const unrated = await call('admin', 'PATCH', `${c.url}/evaluasi/${c.ids[0]}`, {
      ratingHasilKerja: 'SESUAI',
      ratingPerilaku: 'SESUAI',
      alasan: 'rapat kalibrasi',
      version: 1,
    });
    expect(unrated.body.error.code).toBe('KALIBRASI.BELUM_DINILAI');
    const set = await call('admin', 'PATCH', `${c.url}/evaluasi/${c.ids[1]}`, {
      ratingPerilaku: 'DI_ATAS',
      alasan: 'rapat kalibrasi',
      version: 1,
    });
    expect(set.body.error.code).toBe('KALIBRASI.EVALUASI_BUKAN_DRAFT');
    const aud = await call('auditor', 'PATCH', `${b.url}/evaluasi/${b.ids[1]}`, {
      ratingPerilaku: 'SESUAI',
      alasan: 'rapat kalibrasi',
      version: 1,
    });
    expect(aud.status).toBe(403);
  });
});

describe('POST final and reopen', () => {
  it('refuses a violated board without override, names the violation, then accepts the override and shows it', async () => {
    const b = await board();
    const no = await call('kadis', 'POST', `${b.url}/final`, {});
    expect(no.status).toBe(409);
    expect(no.body.error.code).toBe('KALIBRASI.PERLU_OVERRIDE');
    expect(no.body.error.message).toContain('Baik 4 dari 10 (40%)');
    const en = await call('kadis', 'POST', `${b.url}/final`, {}, 'en');
    expect(en.body.error.message).toContain('Good 4 of 10 (40%)');
    const short = await call('kadis', 'POST', `${b.url}/final`, { override: true, alasan: 'karena' });
    expect(short.status).toBe(400);
    expect(short.body.error.code).toBe('KALIBRASI.ALASAN_OVERRIDE');
    const alasan = 'Capaian unit jauh di atas target; pimpinan menilai lima pegawai layak Sangat Baik.';
    const ok = await call('kadis', 'POST', `${b.url}/final`, { override: true, alasan, version: 0 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'FINAL', override: true });
    const r = await call('auditor', 'GET', b.url);
    expect(r.body.kalibrasi).toMatchObject({ status: 'FINAL', override: true, overrideAlasan: alasan });
    expect(r.body.kalibrasi.hasil).toMatchObject({ override: true, sesuai: false, jumlah: { SANGAT_BAIK: 5 } });
    expect(r.body.aksi).toEqual(['LIHAT']);
    expect((await call('kadis', 'GET', b.url)).body.aksi).toEqual(['LIHAT', 'BUKA_KEMBALI']);
    // Final: no more changes, no second finalisation.
    const change = await call('kadis', 'PATCH', `${b.url}/evaluasi/${b.ids[1]}`, {
      ratingPerilaku: 'SESUAI',
      alasan: 'rapat kalibrasi',
      version: 1,
    });
    expect(change.body.error.code).toBe('KALIBRASI.SUDAH_FINAL');
    expect((await call('kadis', 'POST', `${b.url}/final`, {})).body.error.code).toBe('KALIBRASI.SUDAH_FINAL');
    const audit = await database().db.execute(
      sql`select action from audit_log where entity = 'kalibrasi' and entity_id = ${ok.body.id}`,
    );
    expect(audit.rows).toEqual([{ action: 'kalibrasi.final_override' }]);
  });

  it('finalises a compliant board without override', async () => {
    const p = org.pegawai;
    const b = await board({
      specs: [
        { pegawaiId: p.kadis.id, rating: ['SESUAI', 'SESUAI'] },
        { pegawaiId: p.kabid.id, rating: ['SESUAI', 'SESUAI'] },
        { pegawaiId: p.kasi.id, rating: ['DI_BAWAH', 'SESUAI'] },
        { pegawaiId: p.staf.id, rating: ['DI_ATAS', 'DI_ATAS'] },
      ],
    });
    const ok = await call('adminDinas', 'POST', `${b.url}/final`, { override: true, alasan: 'tidak perlu' });
    expect(ok.status).toBe(200);
    expect(ok.body.override).toBe(false);
  });

  it('refuses without a predikat organisasi, and names the unrated employees', async () => {
    const noOrg = await board({ org: null });
    const r = await call('admin', 'POST', `${noOrg.url}/final`, {});
    expect(r.body.error.code).toBe('KALIBRASI.TANPA_PREDIKAT_ORGANISASI');
    const b = await board({
      specs: [
        { pegawaiId: org.pegawai.staf.id, rating: null },
        { pegawaiId: org.pegawai.kasi.id, rating: ['SESUAI', 'SESUAI'] },
      ],
    });
    const u = await call('admin', 'POST', `${b.url}/final`, { override: true, alasan: 'x'.repeat(30) });
    expect(u.status).toBe(409);
    expect(u.body.error.code).toBe('KALIBRASI.BELUM_DINILAI');
    expect(u.body.error.message).toContain('Dewi Lestari');
    expect(u.body.error.details.pegawai).toEqual([expect.objectContaining({ nama: 'Dewi Lestari' })]);
  });

  it('reopens only while nothing is set, and the auditor may not', async () => {
    const b = await board({ status: 'FINAL' });
    expect((await call('auditor', 'POST', `${b.url}/buka`, { alasan: 'perlu ditinjau' })).status).toBe(403);
    const ok = await call('kadis', 'POST', `${b.url}/buka`, { alasan: 'perlu ditinjau ulang' });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('TERBUKA');
    expect((await call('kadis', 'POST', `${b.url}/buka`, { alasan: 'dibuka lagi' })).body.error.code).toBe(
      'KALIBRASI.BELUM_FINAL',
    );
    const c = await board({
      status: 'FINAL',
      specs: [{ pegawaiId: org.pegawai.staf.id, rating: ['SESUAI', 'SESUAI'], status: 'DITETAPKAN' }],
    });
    const refused = await call('admin', 'POST', `${c.url}/buka`, { alasan: 'perlu ditinjau' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('KALIBRASI.SUDAH_DITETAPKAN');
  });
});
