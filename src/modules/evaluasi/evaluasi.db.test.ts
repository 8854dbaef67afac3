/**
 * The appraisal form and the predikat organisasi through the API, on a real database, from every
 * role that touches them: the employee (staf), the appraiser (kasi), the atasan penilai (kabid), the
 * admin instansi, an admin unit of the bidang, the auditor, a stranger of the same tenant (guru) and
 * another tenant's admin.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun } from '../../../test/factories.ts';
import { addRhk, createSkp, skpWorld, TAHUN, type World } from '../../../test/skp-kit.ts';
import { objectionDeadline } from '../../domain/deadlines.ts';
import { hariIniJakarta } from '../../domain/evaluasi/status.ts';

const database = useTestDatabase();
let w: World;
let skp: { id: string; rhkId: string; rhk2: string };
let adminUnit: { username: string };
const form = (periode = 'TW1') => `/skp/${skp.id}/evaluasi/${periode}`;
const db = () => database().db;

async function setSkp(who: 'staf' | 'kasi', penetap: 'kasi' | 'kabid') {
  const s = await createSkp(w, who);
  const rhkId = await addRhk(w, who, s);
  const rhk2 = await addRhk(w, who, s, { jenis: 'TAMBAHAN', teks: 'Terlaksananya tugas tambahan' });
  const aj = await w.call(who, 'POST', `/skp/${s.id}/ajukan`, { version: s.version });
  const tp = await w.call(penetap, 'POST', `/skp/${s.id}/tetapkan`, { version: aj.body.version });
  expect(tp.status).toBe(200);
  return { id: s.id, rhkId, rhk2 };
}

async function kalibrasiFinal(unitId: string, periode: string) {
  await db().execute(sql`
    insert into kalibrasi (instansi_id, unit_penilaian_id, tahun, periode_kode, status)
    values (${w.i}, ${unitId}, ${TAHUN}, ${periode}, 'FINAL')
    on conflict (instansi_id, unit_penilaian_id, tahun, periode_kode) do update set status = 'FINAL'`);
}

const draft = (version: number, extra: Record<string, unknown> = {}) => ({
  version,
  penilaianRhk: {
    [skp.rhkId]: { penilaian: 'DI_ATAS', umpanBalik: 'Dokumen selesai lebih cepat.' },
    [skp.rhk2]: { penilaian: 'SESUAI', umpanBalik: '' },
  },
  umpanBalikPerilaku: { BERORIENTASI_PELAYANAN: { umpanBalik: 'Ramah kepada sekolah.' } },
  ratingHasilKerja: 'DI_ATAS',
  ratingPerilaku: 'DI_ATAS',
  catatan: 'Pertahankan.',
  ...extra,
});

beforeAll(async () => {
  w = await skpWorld(database());
  adminUnit = await buildAkun(database(), { instansiId: w.i, peran: ['ADMIN_UNIT'], unitId: w.org.units.bidang.id });
  skp = await setSkp('staf', 'kasi');
});
afterAll(async () => {
  await w.app.close();
});

describe('the appraisal form', () => {
  it('opens for whoever may read the SKP and offers only the appraiser the draft', async () => {
    const staf = await w.call('staf', 'GET', form());
    expect(staf.status).toBe(200);
    expect(staf.body.evaluasi).toMatchObject({ id: null, status: 'DRAFT', version: 0, labelFormulir: 'TRIWULAN I' });
    expect(staf.body.unitPenilaian.id).toBe(w.org.units.dinas.id);
    expect(staf.body.rhk.map((r: { id: string }) => r.id)).toEqual([skp.rhkId, skp.rhk2]);
    expect(staf.body.rhk[0].iki[0]).toMatchObject({ targetNilai: '12', targetSatuan: 'dokumen' });
    expect(staf.body.perilaku).toHaveLength(7);
    expect(staf.body.aksi).toEqual([]);
    expect((await w.call('kasi', 'GET', form())).body.aksi).toEqual(['SIMPAN']);
    for (const who of ['kabid', 'admin', 'auditor'] as const) {
      const r = await w.call(who, 'GET', form());
      expect(r.status, who).toBe(200);
      expect(r.body.aksi, who).toEqual([]);
    }
    expect((await w.call(adminUnit, 'GET', form())).status).toBe(200);
    expect((await w.call('guru', 'GET', form())).status).toBe(404);
    expect((await w.call('lain', 'GET', form())).status).toBe(404);
  });

  it('refuses a period of another kind and an unset SKP with a message', async () => {
    const b = await w.call('kasi', 'GET', form('B01'));
    expect(b.status).toBe(400);
    expect(b.body.error.code).toBe('EVALUASI.PERIODE_INVALID');
    expect(b.body.error.message).toContain('TW1–TW4');
    const draftSkp = await createSkp(w, 'guru');
    const r = await w.call('guru', 'GET', `/skp/${draftSkp.id}/evaluasi/TW1`);
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('EVALUASI.SKP_BELUM_DITETAPKAN');
  });

  it('lets only the appraiser save the draft, proposes the rating from the marks and applies the quadrant', async () => {
    for (const who of ['staf', 'kabid', 'admin', 'auditor'] as const) {
      const r = await w.call(who, 'PUT', form(), draft(0));
      expect(r.status, who).toBe(403);
    }
    expect((await w.call(adminUnit, 'PUT', form(), draft(0))).status).toBe(403);
    expect((await w.call('guru', 'PUT', form(), draft(0))).status).toBe(404);
    const saved = await w.call('kasi', 'PUT', form(), draft(0));
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 1, status: 'DRAFT' });
    const f = (await w.call('kasi', 'GET', form())).body;
    expect(f.evaluasi).toMatchObject({
      ratingHasilKerja: 'DI_ATAS',
      ratingPerilaku: 'DI_ATAS',
      predikat: 'SANGAT_BAIK',
    });
    expect(f.usulan.usulan).toBe('SESUAI'); // one of two above is not "most"
    expect(f.hasilPredikat.predikat).toBe('SANGAT_BAIK');
    expect(f.hasilPredikat.explanation.id).toContain('Sangat Baik');
    expect(f.evaluasi.umpanBalikPerilaku.BERORIENTASI_PELAYANAN.umpanBalik).toBe('Ramah kepada sekolah.');
    // The employee sees that a draft exists, not its ratings (calibration may still change them).
    const s = (await w.call('staf', 'GET', form())).body;
    expect(s.evaluasi).toMatchObject({ isiTerlihat: false, ratingHasilKerja: null, predikat: null });
    expect(s.usulan.usulan).toBeNull();
    expect((await w.call('kabid', 'GET', form())).body.evaluasi.predikat).toBe('SANGAT_BAIK');
    const audit = await db().execute(
      sql`select action from audit_log where instansi_id = ${w.i} and entity_id = ${saved.body.id}`,
    );
    expect(audit.rows.map((r) => (r as { action: string }).action)).toEqual(['evaluasi.buat']);
  });

  it('refuses a stale version, an RHK of another SKP and a second creation', async () => {
    const stale = await w.call('kasi', 'PUT', form(), draft(0));
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT.VERSION');
    const foreign = await w.call('kasi', 'PUT', form(), {
      ...draft(1),
      penilaianRhk: { '00000000-0000-4000-8000-000000000000': { penilaian: 'SESUAI', umpanBalik: '' } },
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.code).toBe('EVALUASI.RHK_BUKAN_SKP');
    const bad = await w.call('kasi', 'PUT', form(), { ...draft(1), ratingPerilaku: 'LUAR_BIASA' });
    expect(bad.status).toBe(400);
    const ok = await w.call('kasi', 'PUT', form(), draft(1, { ratingHasilKerja: 'SESUAI' }));
    expect(ok.status).toBe(200);
    expect((await w.call('kasi', 'GET', form())).body.evaluasi.predikat).toBe('BAIK');
  });

  it('sets only once the calibration is final, then locks the period and notifies the employee', async () => {
    const early = await w.call('kasi', 'POST', `${form()}/tetapkan`, { version: 2 });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('EVALUASI.KALIBRASI_BELUM_FINAL');
    await kalibrasiFinal(w.org.units.dinas.id, 'TW1');
    const edit = await w.call('kasi', 'PUT', form(), draft(2));
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('EVALUASI.KALIBRASI_FINAL');
    expect((await w.call('kasi', 'GET', form())).body.aksi).toEqual(['TETAPKAN']);
    for (const who of ['staf', 'kabid', 'admin'] as const)
      expect((await w.call(who, 'POST', `${form()}/tetapkan`, { version: 2 })).status, who).toBe(403);
    const set = await w.call('kasi', 'POST', `${form()}/tetapkan`, { version: 2 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ status: 'DITETAPKAN', version: 3 });
    const f = (await w.call('staf', 'GET', form())).body;
    expect(f.evaluasi).toMatchObject({ status: 'DITETAPKAN', isiTerlihat: true, predikat: 'BAIK', versi: 1 });
    expect(f.evaluasi.ditetapkanOlehNama).toBe(w.org.pegawai.kasi.nama);
    expect(f.aksi).toEqual(['TERIMA']);
    const v = await db().execute(
      sql`select versi, isi->>'predikat' as p from evaluasi_versi where evaluasi_id = ${set.body.id}`,
    );
    expect(v.rows).toEqual([{ versi: 1, p: 'BAIK' }]);
    const lock = await db().execute(
      sql`select dinilai_at from skp_periode where instansi_id = ${w.i} and skp_id = ${skp.id} and periode_kode = 'TW1'`,
    );
    expect((lock.rows[0] as { dinilai_at: unknown }).dinilai_at).not.toBeNull();
    const n = await db().execute(
      sql`select jenis, tautan from notifikasi where pegawai_id = ${w.org.pegawai.staf.id} and jenis like 'EVALUASI%'`,
    );
    expect(n.rows).toEqual([{ jenis: 'EVALUASI_DITETAPKAN', tautan: `/evaluasi/${skp.id}/TW1` }]);
    expect((await w.call('kasi', 'POST', `${form()}/tetapkan`, { version: 3 })).body.error.code).toBe(
      'EVALUASI.INVALID_TRANSITION',
    );
  });

  it('starts the keberatan window on the employee’s receipt; the appraiser cannot receive for them', async () => {
    expect((await w.call('kasi', 'POST', `${form()}/terima`, { version: 3 })).status).toBe(403);
    expect((await w.call('kabid', 'POST', `${form()}/terima`, { version: 3 })).status).toBe(403);
    const r = await w.call('staf', 'POST', `${form()}/terima`, { version: 3 });
    expect(r.status).toBe(200);
    const batas = objectionDeadline(hariIniJakarta()).batas;
    expect(r.body).toMatchObject({ status: 'DITERIMA', batasKeberatan: batas });
    const again = await w.call('staf', 'POST', `${form()}/terima`, { version: 4 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('EVALUASI.INVALID_TRANSITION');
    const f = (await w.call('staf', 'GET', form())).body;
    expect(f.evaluasi).toMatchObject({ status: 'DITERIMA', batasKeberatan: batas });
    expect(f.aksi).toEqual(['AJUKAN_KEBERATAN']);
  });

  it('corrects a set evaluation as a new version with a reason, and delivery starts again', async () => {
    const body = { ...draft(4, { ratingHasilKerja: 'DI_ATAS' }), alasan: 'Realisasi TW1 terlambat diunggah.' };
    for (const who of ['staf', 'kabid', 'admin'] as const)
      expect((await w.call(who, 'POST', `${form()}/koreksi`, body)).status, who).toBe(403);
    const short = await w.call('kasi', 'POST', `${form()}/koreksi`, { ...body, alasan: 'salah' });
    expect(short.status).toBe(400);
    const k = await w.call('kasi', 'POST', `${form()}/koreksi`, body);
    expect(k.status).toBe(200);
    const f = (await w.call('staf', 'GET', form())).body;
    expect(f.evaluasi).toMatchObject({ status: 'DITETAPKAN', versi: 2, diterimaAt: null, predikat: 'SANGAT_BAIK' });
    const v = await db().execute(
      sql`select versi, alasan from evaluasi_versi where evaluasi_id = ${k.body.id} order by versi`,
    );
    expect(v.rows).toEqual([
      { versi: 1, alasan: null },
      { versi: 2, alasan: 'Realisasi TW1 terlambat diunggah.' },
    ]);
    const n = await db().execute(
      sql`select count(*)::int as n from notifikasi where pegawai_id = ${w.org.pegawai.staf.id} and jenis = 'EVALUASI_DIKOREKSI'`,
    );
    expect(n.rows[0]).toEqual({ n: 1 });
  });

  it('lets an admin record a hand delivery with its date, within bounds', async () => {
    const none = await w.call('admin', 'POST', `${form()}/terima`, { version: 5 });
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe('EVALUASI.TANGGAL_TERIMA');
    const future = await w.call('admin', 'POST', `${form()}/terima`, { version: 5, tanggal: '2999-01-01' });
    expect(future.body.error.code).toBe('EVALUASI.TANGGAL_TERIMA');
    expect(
      (await w.call('auditor', 'POST', `${form()}/terima`, { version: 5, tanggal: hariIniJakarta() })).status,
    ).toBe(403);
    const ok = await w.call(adminUnit, 'POST', `${form()}/terima`, { version: 5, tanggal: hariIniJakarta() });
    expect(ok.status).toBe(200);
    const audit = await db().execute(
      sql`select action from audit_log where entity_id = ${ok.body.id} and action = 'evaluasi.catatPenerimaan'`,
    );
    expect(audit.rows).toHaveLength(1);
  });

  it('is FINAL once the window has passed, and a keberatan blocks a correction', async () => {
    await db().execute(sql`update evaluasi set batas_keberatan = '2000-01-01' where skp_id = ${skp.id}`);
    const f = (await w.call('kasi', 'GET', form())).body;
    expect(f.evaluasi).toMatchObject({ status: 'FINAL', statusTersimpan: 'DITERIMA' });
    expect(f.aksi).toEqual(['KOREKSI']);
    await db().execute(sql`
      insert into keberatan (instansi_id, evaluasi_id, pegawai_id, alasan)
      values (${w.i}, ${f.evaluasi.id}, ${w.org.pegawai.staf.id}, 'uji')`);
    const k = await w.call('kasi', 'POST', `${form()}/koreksi`, { ...draft(6), alasan: 'Koreksi setelah final.' });
    expect(k.status).toBe(409);
    expect(k.body.error.code).toBe('EVALUASI.ADA_KEBERATAN');
  });

  it('lists the appraiser’s subordinates and the employee’s own evaluations', async () => {
    const kasi = await w.call('kasi', 'GET', `/evaluasi/penilaian?tahun=${TAHUN}&periode=TW1`);
    expect(kasi.status).toBe(200);
    const row = kasi.body.items.find((x: { pegawai: { id: string } }) => x.pegawai.id === w.org.pegawai.staf.id);
    expect(row).toMatchObject({
      skp: { id: skp.id },
      kalibrasi: 'FINAL',
      evaluasi: { status: 'FINAL', predikat: 'SANGAT_BAIK' },
    });
    expect(row.unitPenilaian.id).toBe(w.org.units.dinas.id);
    for (const who of ['staf', 'admin', 'auditor'] as const) {
      const r = await w.call(who, 'GET', `/evaluasi/penilaian?tahun=${TAHUN}&periode=TW1`);
      expect(r.status, who).toBe(200);
      expect(r.body.items, who).toEqual([]);
    }
    expect((await w.call('lain', 'GET', `/evaluasi/penilaian?tahun=${TAHUN}&periode=TW1`)).status).toBe(404);
    const saya = await w.call('staf', 'GET', `/evaluasi/saya?tahun=${TAHUN}`);
    expect(saya.body.items).toHaveLength(1);
    expect(saya.body.items[0]).toMatchObject({ periodeKode: 'TW1', status: 'FINAL', predikat: 'SANGAT_BAIK' });
    expect((await w.call('kasi', 'GET', `/evaluasi/saya?tahun=${TAHUN}`)).body.items).toEqual([]);
  });
});

describe('predikat organisasi', () => {
  const list = (who: Parameters<World['call']>[0], periode = 'TW2') =>
    w.call(who, 'GET', `/predikat-organisasi?tahun=${TAHUN}&periode=${periode}`);
  const put = (who: Parameters<World['call']>[0], unitId: string, periode: string, body: Record<string, unknown>) =>
    w.call(who, 'PUT', `/predikat-organisasi/${unitId}/${TAHUN}/${periode}`, body);

  it('lists the units penilaian with the basis from the rencana aksi and what each caller may do', async () => {
    await db().execute(sql`
      insert into rencana_aksi (instansi_id, skp_id, rhk_id, periode_kode, urutan, teks, target_nilai, target_satuan)
      values (${w.i}, ${skp.id}, ${skp.rhkId}, 'TW2', 1, 'Menyusun draf', 3, 'dokumen'),
             (${w.i}, ${skp.id}, ${skp.rhk2}, 'TW2', 2, 'Tugas tambahan', null, null)`);
    const [ikiRow] = (await db().execute(sql`select id from iki where rhk_id = ${skp.rhkId}`)).rows as Array<{
      id: string;
    }>;
    await db().execute(sql`
      insert into realisasi (instansi_id, skp_id, iki_id, periode_kode, nilai)
      values (${w.i}, ${skp.id}, ${ikiRow.id}, 'TW2', 4)`);
    const r = await list('staf');
    expect(r.status).toBe(200);
    const ids = r.body.items.map((x: { unit: { id: string } }) => x.unit.id);
    expect(ids).toContain(w.org.units.dinas.id);
    expect(ids).not.toContain(w.org.units.seksi.id);
    const dinas = r.body.items.find((x: { unit: { id: string } }) => x.unit.id === w.org.units.dinas.id);
    expect(dinas.dasar.angka).toEqual({
      rencanaAksi: 2,
      denganProgres: 1,
      raTerukur: 1,
      raTercapai: 1,
      raMelampaui: 1,
    });
    expect(dinas.dasar.ringkasan.id).toContain('1 dari 2 rencana aksi');
    expect(dinas.aksi).toEqual([]);
    expect((await list('admin')).body.items[0].aksi).toEqual(['TETAPKAN']);
    for (const who of ['kasi', 'kabid', 'auditor', 'guru'] as const) expect((await list(who)).status, who).toBe(200);
    expect((await list('lain')).status).toBe(404);
  });

  it('is recorded by the admin instansi naming the decider outside the tree, audited and optimistic', async () => {
    const dinas = w.org.units.dinas.id;
    for (const who of ['staf', 'kasi', 'kabid', 'auditor'] as const)
      expect((await put(who, dinas, 'TW2', { predikat: 'BAIK', version: 0 })).status, who).toBe(403);
    expect((await put(adminUnit, dinas, 'TW2', { predikat: 'BAIK', version: 0 })).status).toBe(403);
    expect((await put('lain', dinas, 'TW2', { predikat: 'BAIK', version: 0 })).status).toBe(404);
    const noName = await put('admin', dinas, 'TW2', { predikat: 'BAIK', version: 0 });
    expect(noName.status).toBe(400);
    expect(noName.body.error.code).toBe('PREDIKAT_ORGANISASI.PENETAP_WAJIB');
    const ok = await put('admin', dinas, 'TW2', {
      predikat: 'BAIK',
      version: 0,
      penetapNama: 'H. Bupati Uji',
      catatan: 'Rapat pimpinan',
    });
    expect(ok.status).toBe(200);
    const again = await put('admin', dinas, 'TW2', { predikat: 'ISTIMEWA', version: 0, penetapNama: 'H. Bupati Uji' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CONFLICT.VERSION');
    const change = await put('admin', dinas, 'TW2', { predikat: 'ISTIMEWA', version: 1, penetapNama: 'H. Bupati Uji' });
    expect(change.body.version).toBe(2);
    const item = (await list('staf')).body.items.find((x: { unit: { id: string } }) => x.unit.id === dinas);
    expect(item.predikat).toMatchObject({
      predikat: 'ISTIMEWA',
      penetapNama: 'H. Bupati Uji',
      penetapJabatan: 'Bupati',
    });
    const audit = await db().execute(sql`select action from audit_log where entity_id = ${ok.body.id} order by id`);
    expect(audit.rows.map((x) => (x as { action: string }).action)).toEqual([
      'predikatOrganisasi.tetapkan',
      'predikatOrganisasi.ubah',
    ]);
  });

  it('refuses a unit that is not a unit penilaian, and a change once the calibration is final', async () => {
    const bidang = await put('admin', w.org.units.bidang.id, 'TW2', { predikat: 'BAIK', version: 0, penetapNama: 'X' });
    expect(bidang.status).toBe(400);
    expect(bidang.body.error.code).toBe('PREDIKAT_ORGANISASI.BUKAN_UNIT_PENILAIAN');
    const locked = await put('admin', w.org.units.dinas.id, 'TW1', { predikat: 'BAIK', version: 0, penetapNama: 'X' });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('PREDIKAT_ORGANISASI.TERKUNCI');
    expect(
      (await list('admin', 'TW1')).body.items.find((x: { unit: { id: string } }) => x.unit.id === w.org.units.dinas.id)
        .aksi,
    ).toEqual([]);
  });

  it('makes a unit head’s rating hasil kerja follow the predikat set by the leader one level up', async () => {
    // Seksi-level units penilaian: the kasi heads one; the kabid (head of the bidang) sets its predikat.
    await db().execute(sql`
      insert into pengaturan_instansi (instansi_id, settings) values (${w.i}, ${JSON.stringify({ evaluasi: { unitPenilaian: { kedalaman: 3 } } })}::jsonb)
      on conflict (instansi_id) do update set settings = excluded.settings, version = pengaturan_instansi.version + 1`);
    const kasiSkp = await setSkp('kasi', 'kabid');
    const url = `/skp/${kasiSkp.id}/evaluasi/TW1`;
    const f = (await w.call('kabid', 'GET', url)).body;
    expect(f).toMatchObject({
      pimpinanUnit: true,
      predikatOrganisasi: null,
      unitPenilaian: { id: w.org.units.seksi.id },
    });
    const early = await w.call('kabid', 'PUT', url, {
      version: 0,
      ratingHasilKerja: 'DI_ATAS',
      ratingPerilaku: 'SESUAI',
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('EVALUASI.PREDIKAT_ORGANISASI_BELUM');
    expect(early.body.error.message).toContain('Seksi Kurikulum');
    const saved = await w.call('kabid', 'PUT', url, { version: 0, ratingPerilaku: 'SESUAI' });
    expect(saved.status).toBe(200);
    const seksi = (await list('kabid', 'TW1')).body.items.find(
      (x: { unit: { id: string } }) => x.unit.id === w.org.units.seksi.id,
    );
    expect(seksi.aksi).toEqual(['TETAPKAN']);
    expect(seksi.pimpinanAtas.pegawai).toEqual([{ id: w.org.pegawai.kabid.id, nama: w.org.pegawai.kabid.nama }]);
    const set = await put('kabid', w.org.units.seksi.id, 'TW1', { predikat: 'ISTIMEWA', version: 0 });
    expect(set.status).toBe(200);
    const after = (await w.call('kabid', 'GET', url)).body;
    expect(after.evaluasi).toMatchObject({
      ratingHasilKerja: 'DI_ATAS',
      ratingHasilKerjaSumber: 'PREDIKAT_ORGANISASI',
      predikat: 'BAIK',
    });
    expect(after.ratingPimpinan.explanation.id).toContain('Istimewa');
    // Whatever the appraiser sends, the head's rating stays the predikat's.
    const again = await w.call('kabid', 'PUT', url, {
      version: after.evaluasi.version,
      ratingHasilKerja: 'DI_BAWAH',
      ratingPerilaku: 'DI_ATAS',
    });
    expect(again.status).toBe(200);
    expect((await w.call('kabid', 'GET', url)).body.evaluasi).toMatchObject({
      ratingHasilKerja: 'DI_ATAS',
      predikat: 'SANGAT_BAIK',
    });
    const po = await db().execute(sql`select penetap_pegawai_id from predikat_organisasi where id = ${set.body.id}`);
    expect(po.rows[0]).toEqual({ penetap_pegawai_id: w.org.pegawai.kabid.id });
  });
});
