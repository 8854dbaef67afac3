import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { insertEvaluasi, insertKeberatan, insertPredikatOrganisasi } from '../../../test/evaluasi-fixture-dokumen.ts';
import { buildAkun, buildOrg, login } from '../../../test/factories.ts';
import { pdfHasText, pdfText } from '../../../test/pdf-text.ts';
import { buildSkp } from '../../../test/skp-fixtures.ts';
import { realisasi } from '../../db/schema-pelaksanaan.ts';
import { allowedDistribution } from '../../domain/distribution.ts';
import { buildApp } from '../../http/app.ts';
import { LocalFileStore, setFileStore } from '../dokumen/index.ts';
import { stopEvaluasiMassal, waitForEvaluasiMassal } from './index.ts';
import { rentangTeks } from './layout-common.ts';
import { tempatDari } from './model.ts';

const database = useTestDatabase();
const TAHUN = 2029;

describe('evaluation documents', () => {
  let app: FastifyInstance;
  let org: Awaited<ReturnType<typeof buildOrg>>;
  let other: Awaited<ReturnType<typeof buildOrg>>;
  let c: Record<'staf' | 'kasi' | 'kabid' | 'kadis' | 'guru' | 'admin' | 'adminUnit' | 'auditor' | 'lain', string>;
  const ev = { staf: '', stafDraft: '', kasi: '', guru: '' };
  let poId = '';
  let base: string;
  const filesDir = mkdtempSync(join(tmpdir(), 'kinerja-dokumen-evaluasi-test-'));

  beforeAll(async () => {
    setFileStore(new LocalFileStore(filesDir));
    const db = database();
    app = await buildApp(db);
    org = await buildOrg(db);
    other = await buildOrg(db);
    const { pegawai: p, jabatan: j, units: u, instansi } = org;
    const b = { instansiId: instansi.id, tahun: TAHUN };
    const kasiSkp = await buildSkp(db, {
      ...b,
      pegawai: { ...p.kasi, golongan: 'III/d' },
      jabatan: j.jKasi,
      unit: u.seksi,
      status: 'DITETAPKAN',
      penilai: { ...p.kabid, golongan: 'IV/a', jabatanNama: j.jKabid.nama },
      rhk: [{ teks: 'Tersusunnya kurikulum muatan lokal sekolah dasar' }],
    });
    const stafSkp = await buildSkp(db, {
      ...b,
      pegawai: { ...p.staf, golongan: 'II/c' },
      jabatan: j.jStaf,
      unit: u.seksi,
      status: 'DITETAPKAN',
      penilai: { ...p.kasi, golongan: 'III/d', jabatanNama: j.jKasi.nama },
      rhk: [
        {
          teks: 'Terselesaikannya administrasi dokumen kurikulum tepat waktu',
          parentRhkId: kasiSkp.rhkIds[0],
          iki: [
            {
              aspek: 'KUANTITAS',
              indikator: 'Jumlah dokumen kurikulum yang diadministrasikan',
              targetNilai: '120',
              targetSatuan: 'dokumen',
            },
          ],
        },
        { teks: 'Terlaksananya sekretariat panitia ujian', jenis: 'TAMBAHAN', penugasanDari: 'Kepala Dinas' },
      ],
      perilaku: { KOLABORATIF: 'Aktif membantu rekan di seksi lain saat musim ujian' },
    });
    const guruSkp = await buildSkp(db, {
      ...b,
      pegawai: p.guru,
      jabatan: j.jGuru,
      unit: u.sekolah,
      status: 'DITETAPKAN',
      penilai: p.kepsek,
      rhk: [{ teks: 'Terlaksananya pembelajaran tematik' }],
    });
    const [ikiRow] = (await db.pool.query('select id from iki where rhk_id = $1', [stafSkp.rhkIds[0]])).rows as Array<{
      id: string;
    }>;
    await db.db.insert(realisasi).values({
      instansiId: instansi.id,
      skpId: stafSkp.skp.id,
      ikiId: ikiRow.id,
      periodeKode: 'TW1',
      nilai: '31',
    });
    poId = await insertPredikatOrganisasi(db, instansi.id, {
      unitId: u.dinas.id,
      tahun: TAHUN,
      periodeKode: 'TW1',
      predikat: 'BAIK',
      penetapNama: 'Bupati Uji Coba',
      penetapJabatan: 'Bupati',
      dasar: { ringkasan: '82 % rencana aksi Dinas tercapai' },
    });
    const common = { tahun: TAHUN, periodeKode: 'TW1', unitPenilaianId: u.dinas.id };
    ev.staf = await insertEvaluasi(db, instansi.id, {
      ...common,
      skpId: stafSkp.skp.id,
      pegawaiId: p.staf.id,
      penilaiPegawaiId: p.kasi.id,
      atasanPenilaiPegawaiId: p.kabid.id,
      status: 'DITERIMA',
      ratingHasilKerja: 'SESUAI',
      ratingPerilaku: 'DI_ATAS',
      predikat: 'BAIK',
      penilaianRhk: { [stafSkp.rhkIds[0]]: { penilaian: 'SESUAI', umpanBalik: 'Arsip dokumen tertata rapi' } },
      umpanBalikPerilaku: { KOLABORATIF: { umpanBalik: 'Sigap membantu panitia ujian' } },
      catatan: 'Ikut pelatihan kearsipan digital',
      diterimaAt: new Date(`${TAHUN}-04-12T03:00:00Z`),
      batasKeberatan: `${TAHUN}-04-26`,
    });
    await insertKeberatan(db, instansi.id, {
      evaluasiId: ev.staf,
      pegawaiId: p.staf.id,
      atasanPegawaiId: p.kabid.id,
      alasan: 'Dokumen ujian sekolah tidak dihitung sebagai hasil kerja',
      penjelasanPenilai: 'Dokumen ujian adalah tugas tambahan yang dinilai terpisah',
      keputusan: 'UBAH',
      keputusanAlasan: 'Tugas tambahan terbukti memberi hasil; rating hasil kerja dinaikkan',
      hasilSebelum: { ratingHasilKerja: 'SESUAI', ratingPerilaku: 'DI_ATAS', predikat: 'BAIK' },
      hasilSesudah: { ratingHasilKerja: 'DI_ATAS', ratingPerilaku: 'DI_ATAS', predikat: 'SANGAT_BAIK' },
      diputuskanOlehNama: 'Kepala Bidang Uji',
    });
    ev.stafDraft = await insertEvaluasi(db, instansi.id, {
      ...common,
      periodeKode: 'TW2',
      skpId: stafSkp.skp.id,
      pegawaiId: p.staf.id,
      penilaiPegawaiId: p.kasi.id,
      atasanPenilaiPegawaiId: p.kabid.id,
      status: 'DRAFT',
    });
    ev.kasi = await insertEvaluasi(db, instansi.id, {
      ...common,
      skpId: kasiSkp.skp.id,
      pegawaiId: p.kasi.id,
      penilaiPegawaiId: p.kabid.id,
      atasanPenilaiPegawaiId: p.kadis.id,
    });
    ev.guru = await insertEvaluasi(db, instansi.id, {
      ...common,
      skpId: guruSkp.skp.id,
      pegawaiId: p.guru.id,
      penilaiPegawaiId: p.kepsek.id,
      atasanPenilaiPegawaiId: p.kadis.id,
    });
    const akun = {
      staf: await buildAkun(db, { instansiId: instansi.id, pegawaiId: p.staf.id }),
      kasi: await buildAkun(db, { instansiId: instansi.id, pegawaiId: p.kasi.id }),
      kabid: await buildAkun(db, { instansiId: instansi.id, pegawaiId: p.kabid.id }),
      kadis: await buildAkun(db, { instansiId: instansi.id, pegawaiId: p.kadis.id }),
      guru: await buildAkun(db, { instansiId: instansi.id, pegawaiId: p.guru.id }),
      admin: await buildAkun(db, { instansiId: instansi.id, peran: ['ADMIN_INSTANSI'] }),
      adminUnit: await buildAkun(db, { instansiId: instansi.id, peran: ['ADMIN_UNIT'], unitId: u.bidang.id }),
      auditor: await buildAkun(db, { instansiId: instansi.id, peran: ['AUDITOR'] }),
      lain: await buildAkun(db, { instansiId: other.instansi.id, peran: ['ADMIN_INSTANSI'] }),
    };
    c = Object.fromEntries(
      await Promise.all(Object.entries(akun).map(async ([k, a]) => [k, await login(app, a.username)])),
    ) as typeof c;
    base = `/api/instansi/${instansi.id}/dokumen-evaluasi`;
  });
  afterAll(async () => {
    await stopEvaluasiMassal();
    setFileStore(null);
    rmSync(filesDir, { recursive: true, force: true });
    await app.close();
  });

  const tempat = () => tempatDari(org.instansi.nama);
  const get = (url: string, cookie: string) => app.inject({ method: 'GET', url: `${base}${url}`, headers: { cookie } });

  it('prints the Evaluasi Kinerja Pegawai with identity, org predikat and curve, realisasi, feedback, ratings and the appraiser’s signature', async () => {
    const res = await get(`/evaluasi/${ev.staf}/evaluasi-kinerja.pdf`, c.staf);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^inline; filename="EKP-2029-TW1-\d{18}-[a-z-]+\.pdf"$/);
    const text = pdfText(res.rawPayload);
    const n = 3; // staf, kasi, guru in the Dinas for TW1 (the TW2 draft is another period)
    const a = allowedDistribution('BAIK', n).rentangTercapai;
    for (const s of [
      'EVALUASI KINERJA PEGAWAI',
      'PERIODE: TRIWULAN I',
      `PERIODE PENILAIAN: 1 JANUARI ${TAHUN} S.D. 31 MARET ${TAHUN}`,
      'PEMERINTAH KABUPATEN UJI',
      org.pegawai.staf.nama,
      org.pegawai.kasi.nama,
      'ATASAN PEJABAT PENILAI KINERJA',
      org.pegawai.kabid.nama,
      'Penata Muda, III/a', // the pegawai's golongan today (the master record), not the SKP's snapshot
      'CAPAIAN KINERJA ORGANISASI',
      'KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK',
      `(N = ${n})`,
      rentangTeks(a.BAIK),
      'A. UTAMA',
      'Tersusunnya kurikulum muatan lokal sekolah dasar',
      'Jumlah dokumen kurikulum yang diadministrasikan',
      '120 dokumen',
      '31 dokumen',
      'Arsip dokumen tertata rapi',
      'B. TAMBAHAN',
      'Penugasan dari Kepala Dinas',
      'SESUAI EKSPEKTASI',
      'Aktif membantu rekan di seksi lain saat musim ujian',
      'Sigap membantu panitia ujian',
      'DI ATAS EKSPEKTASI',
      'PREDIKAT KINERJA PEGAWAI',
      `${tempat()}, 10 April ${TAHUN}`,
    ])
      expect(pdfHasText(text, s), s).toBe(true);
    expect(pdfHasText(text, 'DRAF')).toBe(false);
    const audit = await database().pool.query(
      "select after from audit_log where action = 'dokumen-evaluasi.unduh' and entity_id = $1",
      [ev.staf],
    );
    expect(audit.rows.length).toBe(1);
    expect(audit.rows[0].after).toMatchObject({ jenis: 'EVALUASI', peran: ['PEMILIK'] });
  });

  it('prints the Dokumen Evaluasi with the keberatan blocks, the decision text and the atasan’s signature', async () => {
    const res = await get(`/evaluasi/${ev.staf}/dokumen-evaluasi.pdf?unduh=true`, c.kabid);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="DEKP-2029-TW1-/);
    const text = pdfText(res.rawPayload);
    for (const s of [
      'DOKUMEN EVALUASI KINERJA PEGAWAI',
      '1. PEGAWAI YANG DINILAI',
      '4. EVALUASI KINERJA',
      '5. CATATAN/REKOMENDASI',
      'Ikut pelatihan kearsipan digital',
      '6. KEBERATAN',
      'Dokumen ujian sekolah tidak dihitung sebagai hasil kerja',
      '7. PENJELASAN PEJABAT PENILAI KINERJA ATAS KEBERATAN',
      'Dokumen ujian adalah tugas tambahan yang dinilai terpisah',
      '8. KEPUTUSAN ATASAN PEJABAT PENILAI KINERJA ATAS KEBERATAN',
      'Hasil evaluasi DIUBAH',
      'Tugas tambahan terbukti memberi hasil; rating hasil kerja dinaikkan',
      `9. ${tempat()}, 10 April 2029`,
      `10. ${tempat()}, 12 April 2029`,
      `11. ${tempat()}, 22 April 2029`,
      'ATASAN PEJABAT PENILAI KINERJA',
    ])
      expect(pdfHasText(text, s), s).toBe(true);
  });

  it('lets exactly the employee, appraiser, atasan, covering admins, the auditor and the unit head read a set evaluation', async () => {
    const url = `/evaluasi/${ev.staf}/evaluasi-kinerja.pdf`;
    for (const who of ['staf', 'kasi', 'kabid', 'admin', 'adminUnit', 'auditor', 'kadis'] as const)
      expect((await get(url, c[who])).statusCode, who).toBe(200);
    for (const who of ['guru', 'lain'] as const) expect((await get(url, c[who])).statusCode, who).toBe(404);
    // The admin of the bidang does not cover the school's teacher.
    expect((await get(`/evaluasi/${ev.guru}/evaluasi-kinerja.pdf`, c.adminUnit)).statusCode).toBe(404);
    expect((await get(`/evaluasi/${ev.guru}/evaluasi-kinerja.pdf`, c.guru)).statusCode).toBe(200);
  });

  it('marks a DRAFT "DRAF" for the appraiser and refuses it to the employee with a message', async () => {
    const mine = await get(`/evaluasi/${ev.stafDraft}/evaluasi-kinerja.pdf`, c.staf);
    expect(mine.statusCode).toBe(409);
    expect(mine.json().error.code).toBe('DOKUMEN.EVALUASI_BELUM_DITETAPKAN');
    const theirs = await get(`/evaluasi/${ev.stafDraft}/evaluasi-kinerja.pdf`, c.kasi);
    expect(theirs.statusCode).toBe(200);
    const text = pdfText(theirs.rawPayload);
    expect(pdfHasText(text, 'DRAF')).toBe(true);
    expect(pdfHasText(text, 'PERIODE: TRIWULAN II')).toBe(true);
  });

  it('tells the UI what the caller may print', async () => {
    const mine = (await get(`/evaluasi/${ev.stafDraft}`, c.staf)).json();
    expect(mine).toMatchObject({ status: 'DRAFT', draf: true, peran: ['PEMILIK'], evaluasiKinerjaUrl: null });
    expect(mine.aksi).toEqual(['CETAK_DOKUMEN']);
    const penilai = (await get(`/evaluasi/${ev.stafDraft}`, c.kasi)).json();
    expect(penilai.evaluasiKinerjaUrl).toMatch(/\/evaluasi-kinerja\.pdf$/);
    const set = (await get(`/evaluasi/${ev.staf}`, c.staf)).json();
    expect(set).toMatchObject({ keberatan: true, draf: false });
    expect(set.dokumenEvaluasiUrl).toBe(`${base}/evaluasi/${ev.staf}/dokumen-evaluasi.pdf`);
    expect((await get(`/evaluasi/${ev.staf}`, c.guru)).statusCode).toBe(404);
  });

  it('prints the Format Penetapan for the unit’s admins, auditor and head, with N and the signature', async () => {
    const url = `/predikat-organisasi/${poId}/penetapan.pdf`;
    const res = await get(url, c.admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/filename="PENETAPAN-PREDIKAT-2029-TW1-dinas-pendidikan\.pdf"/);
    const text = pdfText(res.rawPayload);
    for (const s of [
      'PENETAPAN PREDIKAT KINERJA ORGANISASI',
      'PERIODE: TRIWULAN I TAHUN 2029',
      'Dinas Pendidikan',
      '82 % rencana aksi Dinas tercapai',
      '(N = 3)',
      'KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI BAIK',
      `Ditetapkan di ${tempat()}`,
      'Bupati Uji Coba',
    ])
      expect(pdfHasText(text, s), s).toBe(true);
    for (const who of ['auditor', 'kadis'] as const) expect((await get(url, c[who])).statusCode, who).toBe(200);
    for (const who of ['staf', 'kasi', 'adminUnit', 'lain'] as const)
      expect((await get(url, c[who])).statusCode, who).toBe(404);
    const audit = await database().pool.query(
      "select count(*)::int as n from audit_log where action = 'dokumen-evaluasi.unduh-penetapan' and entity_id = $1",
      [poId],
    );
    expect(audit.rows[0].n).toBe(3);
  });

  it('builds the bulk zip of a unit penilaian × period: one PDF per person, named, with progress and an audited download', async () => {
    const start = await app.inject({
      method: 'POST',
      url: `${base}/massal`,
      headers: { cookie: c.kadis },
      payload: { unitPenilaianId: org.units.dinas.id, tahun: TAHUN, periodeKode: 'TW1' },
    });
    expect(start.statusCode).toBe(202);
    const { total, statusUrl, unduhUrl } = start.json();
    expect(total).toBe(3);
    await waitForEvaluasiMassal();
    const status = await app.inject({ method: 'GET', url: statusUrl, headers: { cookie: c.kadis } });
    expect(status.json()).toMatchObject({
      status: 'SUCCEEDED',
      processed: 3,
      total: 3,
      jumlah: 3,
      gagal: [],
      jenis: 'LENGKAP',
    });
    // Another head of the unit's admins sees it too; the appraiser of one of them does not.
    expect((await app.inject({ method: 'GET', url: statusUrl, headers: { cookie: c.admin } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: statusUrl, headers: { cookie: c.kasi } })).statusCode).toBe(404);
    const zip = await app.inject({ method: 'GET', url: unduhUrl, headers: { cookie: c.kadis } });
    expect(zip.statusCode).toBe(200);
    expect(zip.headers['content-disposition']).toBe('attachment; filename="EVALUASI-2029-TW1-dinas-pendidikan.zip"');
    const entries = unzipSync(new Uint8Array(zip.rawPayload));
    const names = Object.keys(entries).sort();
    expect(names).toHaveLength(3);
    for (const name of names) expect(name).toMatch(/^EVALUASI-2029-TW1-\d{18}-[a-z-]+\.pdf$/);
    const byNip = (nip: string) => Buffer.from(entries[names.find((x) => x.includes(nip)) as string]);
    const staf = pdfText(byNip(org.pegawai.staf.nip));
    expect(pdfHasText(staf, 'EVALUASI KINERJA PEGAWAI')).toBe(true);
    expect(pdfHasText(staf, 'Tugas tambahan terbukti memberi hasil')).toBe(true);
    expect(pdfHasText(pdfText(byNip(org.pegawai.guru.nip)), org.pegawai.guru.nama)).toBe(true);
    const audit = await database().pool.query(
      "select action from audit_log where action in ('dokumen-evaluasi.massal', 'dokumen-evaluasi.unduh-massal') and instansi_id = $1 order by id",
      [org.instansi.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['dokumen-evaluasi.massal', 'dokumen-evaluasi.unduh-massal']);
  });

  it('refuses bulk jobs to those who may not print the whole unit, and bad input with a clear error', async () => {
    const post = (cookie: string, payload: object) =>
      app.inject({ method: 'POST', url: `${base}/massal`, headers: { cookie }, payload });
    const body = { unitPenilaianId: org.units.dinas.id, tahun: TAHUN, periodeKode: 'TW1' };
    expect((await post(c.auditor, body)).statusCode).toBe(403);
    expect((await post(c.kasi, body)).statusCode).toBe(404);
    expect((await post(c.adminUnit, body)).statusCode).toBe(404);
    expect((await post(c.lain, body)).statusCode).toBe(404);
    const bad = await post(c.admin, { ...body, periodeKode: 'TW5' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('TW1–TW4');
  });
});
