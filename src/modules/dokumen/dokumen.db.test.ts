import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/db.ts';
import { buildAkun, buildOrg, login } from '../../../test/factories.ts';
import { pdfHasText, pdfPages, pdfText } from '../../../test/pdf-text.ts';
import { buildPk, buildSkp } from '../../../test/skp-fixtures.ts';
import { buildApp } from '../../http/app.ts';
import { LocalFileStore, setFileStore, waitForDokumenJobs } from './index.ts';

const database = useTestDatabase();
const TAHUN = new Date().getUTCFullYear();

describe('SKP documents', () => {
  let app: FastifyInstance;
  let org: Awaited<ReturnType<typeof buildOrg>>;
  let other: Awaited<ReturnType<typeof buildOrg>>;
  let c: Record<'staf' | 'kasi' | 'kabid' | 'guru' | 'admin' | 'adminUnit' | 'auditor' | 'lain', string>;
  const skp: Record<'staf' | 'kasi' | 'kadis' | 'guru', string> = { staf: '', kasi: '', kadis: '', guru: '' };
  let base: string;
  const filesDir = mkdtempSync(join(tmpdir(), 'kinerja-dokumen-test-'));

  beforeAll(async () => {
    setFileStore(new LocalFileStore(filesDir));
    const db = database();
    app = await buildApp(db);
    org = await buildOrg(db);
    other = await buildOrg(db);
    const { pegawai: p, jabatan: j, units: u, instansi } = org;
    const b = { instansiId: instansi.id, tahun: TAHUN };
    const pk = await buildPk(db, instansi.id, u.dinas.id, TAHUN, [
      {
        sasaran: 'Meningkatnya mutu pendidikan dasar',
        indikator: [{ indikator: 'Angka Partisipasi Murni SD', targetNilai: '98.5', satuan: '%' }],
      },
    ]);
    const kadis = await buildSkp(db, {
      ...b,
      pegawai: { ...p.kadis, golongan: 'IV/c' },
      jabatan: j.jKadis,
      unit: u.dinas,
      status: 'DITETAPKAN',
      jenisForm: 'JPT',
      pendekatan: 'KUALITATIF',
      rhk: [
        {
          teks: 'Meningkatnya partisipasi pendidikan dasar yang merata',
          sumber: 'PK',
          pkIndikatorId: pk.sasaran[0].indikator[0],
          perspektif: 'PENERIMA_LAYANAN',
          iki: [
            {
              aspek: 'KUALITAS',
              indikator: 'Angka Partisipasi Murni SD',
              targetTeks: 'Sekurang-kurangnya 98,5 persen anak usia SD bersekolah',
            },
          ],
        },
      ],
    });
    skp.kadis = kadis.skp.id;
    const kasi = await buildSkp(db, {
      ...b,
      pegawai: { ...p.kasi, golongan: 'III/d' },
      jabatan: j.jKasi,
      unit: u.seksi,
      status: 'DITETAPKAN',
      penilai: { ...p.kabid, golongan: 'IV/a', jabatanNama: j.jKabid.nama },
      rhk: [{ teks: 'Tersusunnya kurikulum muatan lokal sekolah dasar', parentRhkId: kadis.rhkIds[0] }],
    });
    skp.kasi = kasi.skp.id;
    const staf = await buildSkp(db, {
      ...b,
      pegawai: { ...p.staf, golongan: 'II/c' },
      jabatan: j.jStaf,
      unit: u.seksi,
      status: 'DRAFT',
      penilai: { ...p.kasi, golongan: 'III/d', jabatanNama: j.jKasi.nama },
      rhk: [
        {
          teks: 'Terselesaikannya administrasi dokumen kurikulum tepat waktu',
          parentRhkId: kasi.rhkIds[0],
          iki: [
            {
              aspek: 'KUANTITAS',
              indikator: 'Jumlah dokumen kurikulum yang diadministrasikan',
              targetNilai: '120',
              targetSatuan: 'dokumen',
            },
            { aspek: 'WAKTU', indikator: 'Ketepatan waktu penyelesaian', targetNilai: '12', targetSatuan: 'bulan' },
          ],
        },
        {
          teks: 'Terlaksananya tugas sekretariat panitia ujian sekolah',
          jenis: 'TAMBAHAN',
          sumber: 'PENUGASAN',
          penugasanDari: 'Kepala Dinas Pendidikan',
        },
      ],
      perilaku: { KOLABORATIF: 'Aktif membantu rekan di seksi lain saat musim ujian' },
      lampiran: {
        dukunganSumberDaya: ['Komputer dan akses internet kantor'],
        skemaPertanggungjawaban: ['Laporan kegiatan disampaikan setiap bulan'],
        konsekuensi: ['Penghargaan bila target terlampaui'],
      },
    });
    skp.staf = staf.skp.id;
    const guru = await buildSkp(db, {
      ...b,
      pegawai: p.guru,
      jabatan: j.jGuru,
      unit: u.sekolah,
      status: 'DIAJUKAN',
      penilai: p.kepsek,
      pendekatan: 'KUALITATIF',
      rhk: [{ teks: 'Terlaksananya pembelajaran tematik' }],
    });
    skp.guru = guru.skp.id;
    // Another tenant's SKP in a unit of the same name must never show up.
    await buildSkp(db, {
      instansiId: other.instansi.id,
      tahun: TAHUN,
      pegawai: other.pegawai.staf,
      jabatan: other.jabatan.jStaf,
      unit: other.units.seksi,
      rhk: [{ teks: 'Rahasia tenant lain' }],
    });
    const akun = {
      staf: await buildAkun(db, { instansiId: instansi.id, pegawaiId: p.staf.id }),
      kasi: await buildAkun(db, { instansiId: instansi.id, pegawaiId: p.kasi.id }),
      kabid: await buildAkun(db, { instansiId: instansi.id, pegawaiId: p.kabid.id }),
      guru: await buildAkun(db, { instansiId: instansi.id, pegawaiId: p.guru.id }),
      admin: await buildAkun(db, { instansiId: instansi.id, peran: ['ADMIN_INSTANSI'] }),
      adminUnit: await buildAkun(db, { instansiId: instansi.id, peran: ['ADMIN_UNIT'], unitId: u.bidang.id }),
      auditor: await buildAkun(db, { instansiId: instansi.id, peran: ['AUDITOR'] }),
      lain: await buildAkun(db, { instansiId: other.instansi.id, peran: ['ADMIN_INSTANSI'] }),
    };
    c = Object.fromEntries(
      await Promise.all(Object.entries(akun).map(async ([k, a]) => [k, await login(app, a.username)])),
    ) as typeof c;
    base = `/api/instansi/${instansi.id}`;
  });
  afterAll(async () => {
    await waitForDokumenJobs();
    setFileStore(null);
    rmSync(filesDir, { recursive: true, force: true });
    await app.close();
  });

  const pdf = (skpId: string, cookie: string) =>
    app.inject({ method: 'GET', url: `${base}/skp/${skpId}/dokumen.pdf`, headers: { cookie } });

  it("renders a JA/JF draft with the form's title, identity, result columns, behaviour, signatures, Lampiran and a DRAFT mark", async () => {
    const res = await pdf(skp.staf, c.staf);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^inline; filename="SKP-\d{4}-\d{18}-dewi-lestari\.pdf"$/);
    const body = res.rawPayload;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.subarray(-6).toString()).toContain('%%EOF');
    const text = pdfText(body);
    for (const expected of [
      'SASARAN KINERJA PEGAWAI',
      'PENDEKATAN HASIL KERJA KUANTITATIF',
      'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
      'PEMERINTAH KABUPATEN UJI',
      `PERIODE PENILAIAN: 1 JANUARI ${TAHUN} S.D. 31 DESEMBER ${TAHUN}`,
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      'Dewi Lestari',
      'Pengatur, II/c',
      'Agus Wijaya',
      'Penata Tingkat I, III/d',
      'Kepala Seksi Kurikulum',
      'HASIL KERJA',
      'Rencana Hasil Kerja Pimpinan yang Diintervensi',
      'Indikator Kinerja Individu',
      'A. UTAMA',
      'Terselesaikannya administrasi dokumen kurikulum tepat waktu',
      'Tersusunnya kurikulum muatan lokal sekolah dasar',
      'Jumlah dokumen kurikulum yang diadministrasikan',
      '120 dokumen',
      'Kuantitas',
      'Waktu',
      'B. TAMBAHAN',
      'Terlaksananya tugas sekretariat panitia ujian sekolah',
      'Penugasan dari Kepala Dinas Pendidikan',
      'PERILAKU KERJA',
      'Berorientasi Pelayanan',
      'Memahami dan memenuhi kebutuhan masyarakat',
      'Kolaboratif',
      'Aktif membantu rekan di seksi lain saat musim ujian',
      'Ekspektasi Khusus Pimpinan',
      'Pegawai yang Dinilai',
      'Belum ditetapkan',
      'LAMPIRAN SASARAN KINERJA PEGAWAI',
      'DUKUNGAN SUMBER DAYA',
      'Komputer dan akses internet kantor',
      'SKEMA PERTANGGUNGJAWABAN',
      'Laporan kegiatan disampaikan setiap bulan',
      'KONSEKUENSI',
      'Penghargaan bila target terlampaui',
      'DRAFT',
    ]) {
      expect(pdfHasText(text, expected), expected).toBe(true);
    }
    expect(pdfHasText(text, 'Rahasia tenant lain')).toBe(false);
    // PermenPANRB 6/2022 headings, not the 8/2021 "KINERJA UTAMA"; the intervened RHK of a
    // pengawas (JA/JF form) is printed without IKI.
    expect(pdfHasText(text, 'KINERJA UTAMA')).toBe(false);
    expect(pdfHasText(text, 'KINERJA TAMBAHAN')).toBe(false);
    expect(pdfHasText(text, 'IKI:')).toBe(false);
    expect(pdfHasText(text, 'UNIT KERJA Seksi Kurikulum 5 UNIT KERJA')).toBe(true);
    const pages = pdfPages(body);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pdfHasText(pages.at(-1) as string, 'LAMPIRAN SASARAN KINERJA PEGAWAI')).toBe(true);
  });

  it('renders the JPT form (kualitatif) with Perspektif and the regional head as appraiser, without DRAFT once set', async () => {
    const res = await pdf(skp.kadis, c.admin);
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload);
    for (const expected of [
      'PENDEKATAN HASIL KERJA KUALITATIF',
      'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI',
      'Ukuran Keberhasilan / Indikator Kinerja Individu, dan Target',
      'Perspektif',
      'Perspektif Penerima Layanan',
      'Meningkatnya partisipasi pendidikan dasar yang merata',
      'Sasaran Perjanjian Kinerja: Meningkatnya mutu pendidikan dasar',
      'Sekurang-kurangnya 98,5 persen anak usia SD bersekolah',
      'Pembina Utama Muda, IV/c',
      'Bupati',
      'Ditetapkan',
    ]) {
      expect(pdfHasText(text, expected), expected).toBe(true);
    }
    expect(pdfHasText(text, 'Rencana Hasil Kerja Pimpinan yang Diintervensi')).toBe(false);
    expect(pdfHasText(text, 'DRAFT')).toBe(false);
    // Row 5 of a regional head appraising a JPT names the INSTANSI (no unit kerja).
    expect(text).toMatch(/5 UNIT KERJA Dinas Pendidikan 5 INSTANSI Pemerintah Kabupaten /);
  });

  it("prints the intervened RHK of a JPT leader with its IKI (the form's footnote)", async () => {
    const res = await pdf(skp.kasi, c.kasi);
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload);
    expect(
      pdfHasText(
        text,
        'Meningkatnya partisipasi pendidikan dasar yang merata IKI: Angka Partisipasi Murni SD (target Sekurang-kurangnya 98,5 persen anak usia SD bersekolah) Budi Santoso Tersusunnya kurikulum muatan lokal sekolah dasar',
      ),
    ).toBe(true);
  });

  it('gives the document to whoever may read the SKP and to nobody else', async () => {
    expect((await pdf(skp.staf, c.kasi)).statusCode).toBe(200); // pejabat penilai
    expect((await pdf(skp.staf, c.kabid)).statusCode).toBe(200); // atasan pejabat penilai
    expect((await pdf(skp.staf, c.adminUnit)).statusCode).toBe(200); // admin unit of the subtree
    expect((await pdf(skp.staf, c.auditor)).statusCode).toBe(200);
    expect((await pdf(skp.staf, c.guru)).statusCode).toBe(404); // another pegawai
    expect((await pdf(skp.guru, c.adminUnit)).statusCode).toBe(404); // outside the admin's subtree
    expect((await pdf(skp.staf, c.lain)).statusCode).toBe(404); // another tenant
    expect((await app.inject({ method: 'GET', url: `${base}/skp/${skp.staf}/dokumen.pdf` })).statusCode).toBe(401);
    const wrongTenant = await app.inject({
      method: 'GET',
      url: `/api/instansi/${other.instansi.id}/skp/${skp.staf}/dokumen.pdf`,
      headers: { cookie: c.lain },
    });
    expect(wrongTenant.statusCode).toBe(404);
  });

  it('renders every SKP of a unit subtree into one zip through a job with progress', async () => {
    const start = await app.inject({
      method: 'POST',
      url: `${base}/dokumen/skp-massal`,
      headers: { cookie: c.admin },
      payload: { unitId: org.units.dinas.id, tahun: TAHUN },
    });
    expect(start.statusCode).toBe(202);
    const { jobId, total, statusUrl, unduhUrl } = start.json();
    expect(total).toBe(4);
    await waitForDokumenJobs();
    const status = await app.inject({ method: 'GET', url: statusUrl, headers: { cookie: c.admin } });
    expect(status.statusCode).toBe(200);
    expect(status.json()).toMatchObject({
      id: jobId,
      status: 'SUCCEEDED',
      processed: 4,
      total: 4,
      jumlah: 4,
      gagal: [],
      unduhUrl,
      tahun: TAHUN,
    });
    const zip = await app.inject({ method: 'GET', url: unduhUrl, headers: { cookie: c.admin } });
    expect(zip.statusCode).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    expect(zip.headers['content-disposition']).toContain(`SKP-${TAHUN}-dinas-pendidikan.zip`);
    const files = unzipSync(new Uint8Array(zip.rawPayload));
    const names = Object.keys(files);
    expect(names).toHaveLength(4);
    for (const name of names) {
      expect(name).toMatch(/^SKP-\d{4}-\d{18}-[a-z-]+\.pdf$/);
      expect(Buffer.from(files[name].subarray(0, 5)).toString()).toBe('%PDF-');
    }
    const staf = names.find((n) => n.includes('dewi-lestari')) as string;
    expect(
      pdfHasText(pdfText(Buffer.from(files[staf])), 'Terselesaikannya administrasi dokumen kurikulum tepat waktu'),
    ).toBe(true);
  });

  it('lets only admins in scope start bulk documents, and only them and the starter see the job', async () => {
    const post = (cookie: string, unitId: string) =>
      app.inject({
        method: 'POST',
        url: `${base}/dokumen/skp-massal`,
        headers: { cookie },
        payload: { unitId, tahun: TAHUN },
      });
    expect((await post(c.kasi, org.units.seksi.id)).statusCode).toBe(403); // a unit head: sees the unit, may not bulk-print it
    expect((await post(c.staf, org.units.seksi.id)).statusCode).toBe(404);
    expect((await post(c.auditor, org.units.dinas.id)).statusCode).toBe(403); // read-only: sees, may not start a job
    expect((await post(c.adminUnit, org.units.dinas.id)).statusCode).toBe(404); // above the admin's subtree
    expect((await post(c.lain, org.units.dinas.id)).statusCode).toBe(404);
    const own = await post(c.adminUnit, org.units.bidang.id);
    expect(own.statusCode).toBe(202);
    expect(own.json().total).toBe(2);
    await waitForDokumenJobs();
    const { statusUrl, unduhUrl } = own.json();
    expect((await app.inject({ method: 'GET', url: statusUrl, headers: { cookie: c.adminUnit } })).statusCode).toBe(
      200,
    );
    expect((await app.inject({ method: 'GET', url: statusUrl, headers: { cookie: c.admin } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: unduhUrl, headers: { cookie: c.staf } })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: unduhUrl, headers: { cookie: c.lain } })).statusCode).toBe(404);
    const zip = await app.inject({ method: 'GET', url: unduhUrl, headers: { cookie: c.adminUnit } });
    expect(Object.keys(unzipSync(new Uint8Array(zip.rawPayload)))).toHaveLength(2);
  });

  it('answers 409 for the zip of a job that has not finished', async () => {
    const db = database();
    const [admin] = (
      await db.pool.query('select id from akun where instansi_id = $1 order by created_at desc limit 1', [
        org.instansi.id,
      ])
    ).rows;
    const jobId = crypto.randomUUID();
    await db.pool.query(
      `insert into job (id, instansi_id, akun_id, jenis, status, total, processed, result) values ($1, $2, $3, 'dokumen.skp-massal', 'RUNNING', 10, 3, $4)`,
      [jobId, org.instansi.id, admin.id, JSON.stringify({ unitId: org.units.dinas.id, tahun: TAHUN })],
    );
    const res = await app.inject({
      method: 'GET',
      url: `${base}/dokumen/unduh/${jobId}`,
      headers: { cookie: c.admin },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('DOKUMEN.BELUM_SIAP');
  });
});
