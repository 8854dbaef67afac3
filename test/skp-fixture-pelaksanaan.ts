/**
 * Execution-stage rows for the authorisation matrix (issue 10): the staf's set SKP with periods
 * relative to today (TW1 past its deadline, TW2 open), one RHK with an IKI, and separate rencana aksi
 * and progres harian rows for each mutating endpoint so the endpoints do not depend on each other.
 */
import type { Database } from '../src/db/client.ts';
import { progresHarian, rencanaAksi } from '../src/db/schema-pelaksanaan.ts';
import { iki, periodeKinerja, rhk, skp } from '../src/db/schema-skp.ts';
import type { buildOrg } from './factories.ts';

type Org = Awaited<ReturnType<typeof buildOrg>>;
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

export async function buildPelaksanaanFixture(database: Database, org: Org, _periodeId: string) {
  const db = database.db;
  const instansiId = org.instansi.id;
  const [periode] = await db
    .insert(periodeKinerja)
    .values({
      instansiId,
      tahun: 2029,
      jenisEvaluasi: 'TRIWULANAN',
      batasPenetapanSkp: '2029-01-31',
      periode: [
        { kode: 'TW1', mulai: day(-120), selesai: day(-60), batasPengisian: day(-50) },
        { kode: 'TW2', mulai: day(-59), selesai: day(20), batasPengisian: day(30) },
      ],
    })
    .returning();
  const [row] = await db
    .insert(skp)
    .values({
      instansiId,
      periodeId: periode.id,
      tahun: 2029,
      pegawaiId: org.pegawai.staf.id,
      jabatanId: org.jabatan.jStaf.id,
      unitId: org.units.seksi.id,
      penilaiPegawaiId: org.pegawai.kasi.id,
      mulai: day(-150),
      selesai: day(150),
      pendekatan: 'KUANTITATIF',
      jenisForm: 'JA_JF',
      status: 'DITETAPKAN',
      revisi: 1,
      snapshot: {
        pegawai: { id: org.pegawai.staf.id, nama: org.pegawai.staf.nama, nip: org.pegawai.staf.nip, golongan: 'III/a' },
        jabatan: { id: org.jabatan.jStaf.id, nama: org.jabatan.jStaf.nama, jenis: org.jabatan.jStaf.jenis },
        unit: { id: org.units.seksi.id, nama: org.units.seksi.nama },
        penilai: {
          pegawaiId: org.pegawai.kasi.id,
          nama: org.pegawai.kasi.nama,
          nip: org.pegawai.kasi.nip,
          jabatanNama: null,
        },
        atasanPenilai: null,
      },
    })
    .returning();
  const [r] = await db
    .insert(rhk)
    .values({ instansiId, skpId: row.id, jenis: 'UTAMA', urutan: 1, teks: 'Tersusunnya laporan', sumber: 'JF' })
    .returning();
  const [k] = await db
    .insert(iki)
    .values({
      instansiId,
      rhkId: r.id,
      urutan: 1,
      aspek: 'KUANTITAS',
      indikator: 'Jumlah laporan',
      targetNilai: '12',
      targetSatuan: 'laporan',
    })
    .returning();
  const plan = async (teks: string) =>
    (
      await db
        .insert(rencanaAksi)
        .values({ instansiId, skpId: row.id, rhkId: r.id, periodeKode: 'TW2', urutan: 1, teks })
        .returning()
    )[0].id;
  const entry = async (teks: string) =>
    (
      await db
        .insert(progresHarian)
        .values({
          instansiId,
          pegawaiId: org.pegawai.staf.id,
          skpId: row.id,
          rhkId: r.id,
          tanggal: day(0),
          teks,
          clientId: crypto.randomUUID(),
        })
        .returning()
    )[0].id;
  return {
    skpId: row.id,
    rhkId: r.id,
    ikiId: k.id,
    rencanaPut: await plan('Rencana diubah'),
    rencanaDel: await plan('Rencana dihapus'),
    progresPatch: await entry('Entri diubah'),
    progresDel: await entry('Entri dihapus'),
  };
}
