/**
 * Planning data for tests that need SKPs in given states without walking the workflow (the
 * authorisation matrix): rows inserted directly, one SKP per mutating endpoint so the endpoints do
 * not depend on each other's order, plus an XLSX Perjanjian Kinerja for the import endpoint.
 */
import ExcelJS from 'exceljs';
import type { Database } from '../src/db/client.ts';
import {
  iki,
  notifikasi,
  periodeKinerja,
  perjanjianKinerja,
  pkIndikator,
  pkSasaran,
  rhk,
  skp,
  skpVersi,
} from '../src/db/schema-skp.ts';
import { buildBuktiFixture } from './bukti-fixture.ts';
import { buildDialogFixture } from './dialog-fixture.ts';
import { buildEvaluasiFixtureCore } from './evaluasi-fixture-core.ts';
import { buildEvaluasiDokumenFixture } from './evaluasi-fixture-dokumen.ts';
import type { buildOrg } from './factories.ts';
import { buildPelaksanaanFixture } from './skp-fixture-pelaksanaan.ts';

type Org = Awaited<ReturnType<typeof buildOrg>>;

/** An XLSX workbook with the PK import columns; rows are [SASARAN, INDIKATOR, TARGET, SATUAN]. */
export async function pkXlsx(
  rows: Array<Array<string | number | null>>,
  header = ['SASARAN', 'INDIKATOR', 'TARGET', 'SATUAN'],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PK');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A multipart/form-data body with one file field. */
export function multipartFile(data: Buffer, filename = 'pk.xlsx') {
  const boundary = `----kinerja${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    body: Buffer.concat([head, data, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export async function buildSkpFixture(database: Database, org: Org) {
  const db = database.db;
  const instansiId = org.instansi.id;
  const [periode] = await db
    .insert(periodeKinerja)
    .values({ instansiId, tahun: 2030, jenisEvaluasi: 'TRIWULANAN', batasPenetapanSkp: '2030-01-31', periode: [] })
    .returning();
  const snapshotOf = (
    p: { id: string; nama: string; nip: string },
    jab: { id: string; nama: string; jenis: string },
    unit: { id: string; nama: string },
    penilai: { id: string; nama: string; nip: string } | null,
  ) => ({
    pegawai: { id: p.id, nama: p.nama, nip: p.nip, golongan: 'III/a' },
    jabatan: { id: jab.id, nama: jab.nama, jenis: jab.jenis },
    unit: { id: unit.id, nama: unit.nama },
    penilai: penilai ? { pegawaiId: penilai.id, nama: penilai.nama, nip: penilai.nip, jabatanNama: null } : null,
    atasanPenilai: null,
  });
  const mk = async (tahun: number, status: string, opts: { owner?: 'staf' | 'kasi'; rhk?: boolean } = {}) => {
    const isKasi = opts.owner === 'kasi';
    const p = isKasi ? org.pegawai.kasi : org.pegawai.staf;
    const jab = isKasi ? org.jabatan.jKasi : org.jabatan.jStaf;
    const penilai = isKasi ? org.pegawai.kabid : org.pegawai.kasi;
    const [row] = await db
      .insert(skp)
      .values({
        instansiId,
        periodeId: periode.id,
        tahun,
        pegawaiId: p.id,
        jabatanId: jab.id,
        unitId: org.units.seksi.id,
        penilaiPegawaiId: penilai.id,
        mulai: `${tahun}-01-01`,
        selesai: `${tahun}-12-31`,
        pendekatan: 'KUANTITATIF',
        jenisForm: 'JA_JF',
        status,
        revisi: status === 'DITETAPKAN' ? 1 : 0,
        snapshot: snapshotOf(p, jab, org.units.seksi, penilai),
      })
      .returning();
    let rhkId = '';
    if (opts.rhk !== false) {
      const [r] = await db
        .insert(rhk)
        .values({
          instansiId,
          skpId: row.id,
          jenis: 'UTAMA',
          urutan: 1,
          teks: `Tersusunnya laporan ${tahun}`,
          sumber: 'JF',
        })
        .returning();
      await db.insert(iki).values({
        instansiId,
        rhkId: r.id,
        urutan: 1,
        aspek: 'KUANTITAS',
        indikator: 'Jumlah laporan',
        targetNilai: '12',
        targetSatuan: 'laporan',
      });
      rhkId = r.id;
    }
    return { id: row.id, rhkId };
  };
  const fixture = {
    periodeId: periode.id,
    patch: await mk(2011, 'DRAFT'),
    rhkPost: await mk(2012, 'DRAFT'),
    rhkPut: await mk(2013, 'DRAFT'),
    rhkDel: await mk(2014, 'DRAFT'),
    ajukan: await mk(2015, 'DRAFT'),
    kembalikan: await mk(2016, 'DIAJUKAN'),
    tetapkan: await mk(2017, 'DIAJUKAN'),
    ditetapkan: await mk(2018, 'DITETAPKAN'),
    tutup: await mk(2019, 'DRAFT', { rhk: false }),
    massal: await mk(2020, 'DIAJUKAN'),
    kasi: await mk(2021, 'DRAFT', { owner: 'kasi' }),
    notifikasiId: '',
    pelaksanaan: null as unknown as Awaited<ReturnType<typeof buildPelaksanaanFixture>>,
    pkPut: '',
    pkTetapkan: '',
    xlsx: multipartFile(
      await pkXlsx([['Meningkatnya mutu kurikulum', 'Persentase sekolah dengan kurikulum muatan lokal', 80, '%']]),
    ),
  };
  fixture.pelaksanaan = await buildPelaksanaanFixture(database, org, periode.id);
  const [detail] = await db
    .select()
    .from(skp)
    .where((await import('drizzle-orm')).eq(skp.id, fixture.ditetapkan.id));
  await db.insert(skpVersi).values({
    instansiId,
    skpId: fixture.ditetapkan.id,
    revisi: 1,
    isi: {
      ...detail,
      rhk: [],
      perilaku: [],
      lampiran: { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] },
      catatanPenilai: null,
      ditandatanganiAt: null,
      ditetapkanAt: null,
      ditetapkanOlehNama: null,
      createdAt: undefined,
      updatedAt: undefined,
    },
    ditetapkanAt: new Date(),
  });
  const [n] = await db
    .insert(notifikasi)
    .values({
      instansiId,
      pegawaiId: org.pegawai.staf.id,
      jenis: 'SKP_DITETAPKAN',
      judul: 'Uji',
      isi: 'Uji',
      tautan: `/skp/${fixture.ditetapkan.id}`,
    })
    .returning();
  fixture.notifikasiId = n.id;
  for (const [key, tahun] of [
    ['pkPut', 2030],
    ['pkTetapkan', 2031],
  ] as const) {
    const [pk] = await db
      .insert(perjanjianKinerja)
      .values({ instansiId, unitId: org.units.seksi.id, tahun })
      .returning();
    const [s] = await db
      .insert(pkSasaran)
      .values({ instansiId, pkId: pk.id, urutan: 1, sasaran: 'Meningkatnya mutu kurikulum' })
      .returning();
    await db.insert(pkIndikator).values({
      instansiId,
      sasaranId: s.id,
      urutan: 1,
      indikator: 'Persentase sekolah',
      targetNilai: '80',
      satuan: '%',
    });
    fixture[key] = pk.id;
  }
  return {
    ...fixture,
    bukti: await buildBuktiFixture(database, org),
    umpanBalik: await buildUmpanBalikFixture(database, org, fixture),
    dialog: await buildDialogFixture(database, org, fixture.ditetapkan.id),
    dokumenEvaluasi: await buildEvaluasiDokumenFixture(database, org, fixture.ditetapkan.id, 2018),
    evaluasiCore: await buildEvaluasiFixtureCore(database, org, fixture.ditetapkan.id),
  };
}

export type SkpFixture = Awaited<ReturnType<typeof buildSkpFixture>>;

/**
 * Execution-stage data of the feedback and 360° endpoints (issue 10), added beside the planning
 * fixture: a set SKP of the staf with one thread by the kasi, and a 360° request on the kasi's set SKP
 * that asks the staf (among others). 360° input stays off (the matrix's PUT /pengaturan expects no
 * settings row), so its writes answer 409 MASUKAN360.NONAKTIF to whoever may make them.
 */
export async function buildUmpanBalikFixture(database: Database, org: Org, planning: { periodeId: string }) {
  const { umpanBalik, masukan360, masukan360Responden } = await import('../src/db/schema-pelaksanaan.ts');
  const db = database.db;
  const instansiId = org.instansi.id;
  const setSkp = async (tahun: number, owner: 'staf' | 'kasi') => {
    const p = org.pegawai[owner];
    const [row] = await db
      .insert(skp)
      .values({
        instansiId,
        periodeId: planning.periodeId,
        tahun,
        pegawaiId: p.id,
        jabatanId: owner === 'kasi' ? org.jabatan.jKasi.id : org.jabatan.jStaf.id,
        unitId: org.units.seksi.id,
        penilaiPegawaiId: owner === 'kasi' ? org.pegawai.kabid.id : org.pegawai.kasi.id,
        mulai: `${tahun}-01-01`,
        selesai: `${tahun}-12-31`,
        pendekatan: 'KUANTITATIF',
        jenisForm: 'JA_JF',
        status: 'DITETAPKAN',
        revisi: 1,
        snapshot: {
          pegawai: { id: p.id, nama: p.nama, nip: p.nip, golongan: 'III/a' },
          jabatan: {
            id: owner === 'kasi' ? org.jabatan.jKasi.id : org.jabatan.jStaf.id,
            nama: owner === 'kasi' ? org.jabatan.jKasi.nama : org.jabatan.jStaf.nama,
            jenis: owner === 'kasi' ? org.jabatan.jKasi.jenis : org.jabatan.jStaf.jenis,
          },
          unit: { id: org.units.seksi.id, nama: org.units.seksi.nama },
          penilai: null,
          atasanPenilai: null,
        },
      })
      .returning();
    const [r] = await db
      .insert(rhk)
      .values({ instansiId, skpId: row.id, jenis: 'UTAMA', urutan: 1, teks: 'Tersusunnya laporan', sumber: 'JF' })
      .returning();
    return { id: row.id, rhkId: r.id };
  };
  const stafSkp = await setSkp(2022, 'staf');
  const kasiSkp = await setSkp(2023, 'kasi');
  const [utas] = await db
    .insert(umpanBalik)
    .values({
      instansiId,
      skpId: stafSkp.id,
      sasaran: 'RHK',
      rhkId: stafSkp.rhkId,
      penulisPegawaiId: org.pegawai.kasi.id,
      peranPenulis: 'PENILAI',
      teks: 'Laporan bulan ini rapi 👍',
    })
    .returning();
  const [m] = await db
    .insert(masukan360)
    .values({
      instansiId,
      skpId: kasiSkp.id,
      pegawaiId: org.pegawai.kasi.id,
      dimintaOleh: org.pegawai.kasi.id,
      minimumJawaban: 3,
    })
    .returning();
  await db.insert(masukan360Responden).values(
    (['staf', 'kadis', 'kepsek', 'guru'] as const).map((k) => ({
      instansiId,
      masukanId: m.id,
      pegawaiId: org.pegawai[k].id,
      hubungan: 'PEER',
    })),
  );
  return { stafSkp, kasiSkp, utasId: utas.id, masukanId: m.id };
}

export type UmpanBalikFixture = Awaited<ReturnType<typeof buildUmpanBalikFixture>>;
