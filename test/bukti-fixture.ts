/**
 * Evidence rows for the authorisation matrix (test/authz-matrix.bukti.rows.ts): the staf member's
 * SKP in a year whose periods are open, with one IKI, and pieces of evidence — one attached (to
 * download), one to delete, one to attach, one attached to detach — with the file in the store.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Database } from '../src/db/client.ts';
import { berkas, bukti, buktiIki } from '../src/db/schema-pelaksanaan.ts';
import { iki, periodeKinerja, rhk, skp } from '../src/db/schema-skp.ts';
import { samplePdf } from '../src/modules/bukti/bukti.samples.ts';
import { fileStoreFor } from '../src/modules/dokumen/index.ts';
import type { buildOrg } from './factories.ts';

type Org = Awaited<ReturnType<typeof buildOrg>>;

export async function buildBuktiFixture(database: Database, org: Org) {
  const db = database.db;
  const instansiId = org.instansi.id;
  // A year no other row of the matrix uses (POST /periode creates 2040).
  const tahun = 2047;
  const [periode] = await db
    .insert(periodeKinerja)
    .values({
      instansiId,
      tahun,
      jenisEvaluasi: 'TRIWULANAN',
      batasPenetapanSkp: `${tahun}-01-31`,
      periode: [
        { kode: 'TW4', mulai: `${tahun}-10-01`, selesai: `${tahun}-12-31`, batasPengisian: `${tahun + 1}-01-10` },
      ],
    })
    .returning();
  const [s] = await db
    .insert(skp)
    .values({
      instansiId,
      periodeId: periode.id,
      tahun,
      pegawaiId: org.pegawai.staf.id,
      jabatanId: org.jabatan.jStaf.id,
      unitId: org.units.seksi.id,
      penilaiPegawaiId: org.pegawai.kasi.id,
      mulai: `${tahun}-01-01`,
      selesai: `${tahun}-12-31`,
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
    .values({ instansiId, skpId: s.id, jenis: 'UTAMA', urutan: 1, teks: 'Tersusunnya laporan', sumber: 'JF' })
    .returning();
  const [k] = await db
    .insert(iki)
    .values({ instansiId, rhkId: r.id, urutan: 1, aspek: 'KUANTITAS', indikator: 'Jumlah laporan', targetNilai: '4' })
    .returning();
  const bytes = samplePdf('Matriks');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const kunci = `bukti/${instansiId}/${sha256}`;
  await fileStoreFor(database).put(kunci, Readable.from([bytes]));
  const [file] = await db
    .insert(berkas)
    .values({ instansiId, sha256, ukuran: bytes.length, mime: 'application/pdf', kunci })
    .returning();
  const mk = async (judul: string) => {
    const [b] = await db
      .insert(bukti)
      .values({
        instansiId,
        pegawaiId: org.pegawai.staf.id,
        jenis: 'BERKAS',
        judul,
        tanggal: `${tahun}-10-05`,
        berkasId: file.id,
        namaBerkas: `${judul}.pdf`,
      })
      .returning();
    return b.id;
  };
  const fixture = {
    skpId: s.id,
    ikiId: k.id,
    unduh: await mk('unduh'),
    hapus: await mk('hapus'),
    lampir: await mk('lampir'),
    lepas: await mk('lepas'),
  };
  await db.insert(buktiIki).values([
    { instansiId, buktiId: fixture.unduh, skpId: s.id, ikiId: k.id, periodeKode: 'TW4' },
    { instansiId, buktiId: fixture.lepas, skpId: s.id, ikiId: k.id, periodeKode: 'TW4' },
  ]);
  return fixture;
}

export type BuktiFixture = Awaited<ReturnType<typeof buildBuktiFixture>>;
