/**
 * Evaluations for the results-out tests (issue 11, items 8–9), inserted directly on the shared
 * tables as the state machine leaves them (the appraisal and calibration APIs are other parts'):
 *
 * - unit penilaian DINAS (the OPD of buildOrg; predikat organisasi BAIK): kadis, kabid, kasi, staf,
 *   kepsek, guru, plus two extra staff — rated in TW1 with every status of the state machine (a
 *   DITERIMA past its keberatan window is FINAL for reads; a keberatan; one DRAFT not yet rated;
 *   one set SKP without an evaluation row);
 * - unit penilaian UPT (a self-standing unit under the dinas, predikat organisasi BAIK): three
 *   people all Sangat Baik — a violation — calibrated FINAL with an override;
 * - the annual (AKHIR) evaluation of two people, to show TAHUNAN.
 * One extra staff member is named "=HYPERLINK(…)" to prove the export neutralises formulas.
 */
import type { Database } from '../src/db/client.ts';
import { evaluasi, kalibrasi, keberatan, predikatOrganisasi } from '../src/db/schema-evaluasi.ts';
import { periodeKinerja, skp } from '../src/db/schema-skp.ts';
import { predikatFromRatings } from '../src/domain/predikat.ts';
import type { Rating } from '../src/domain/types.ts';
import { buildJabatan, type buildOrg, buildPegawai, buildUnit } from './factories.ts';

type Org = Awaited<ReturnType<typeof buildOrg>>;
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

export const TAHUN_HASIL = 2030;

export async function buildHasilFixture(database: Database, org: Org) {
  const db = database.db;
  const instansiId = org.instansi.id;
  const tahun = TAHUN_HASIL;
  const upt = await buildUnit(database, instansiId, { nama: 'UPT Pelatihan', jenis: 'UPT', parent: org.units.dinas });
  const jKaupt = await buildJabatan(database, instansiId, upt, {
    nama: 'Kepala UPT',
    jenis: 'ADMINISTRATOR',
    isKepala: true,
  });
  const jUpt = await buildJabatan(database, instansiId, upt, { nama: 'Instruktur', jenis: 'PELAKSANA' });
  const kaupt = await buildPegawai(database, instansiId, { nama: 'Kepala UPT', jabatan: jKaupt });
  const upt1 = await buildPegawai(database, instansiId, { nama: 'Instruktur Satu', jabatan: jUpt });
  const upt2 = await buildPegawai(database, instansiId, { nama: 'Instruktur Dua', jabatan: jUpt });
  const jahat = await buildPegawai(database, instansiId, {
    nama: '=HYPERLINK("http://x","klik")',
    jabatan: org.jabatan.jStaf,
  });
  const belum = await buildPegawai(database, instansiId, { nama: 'Belum Dinilai', jabatan: org.jabatan.jStaf });
  const tanpaEvaluasi = await buildPegawai(database, instansiId, {
    nama: 'Tanpa Evaluasi',
    jabatan: org.jabatan.jStaf,
  });

  const [periode] = await db
    .insert(periodeKinerja)
    .values({
      instansiId,
      tahun,
      jenisEvaluasi: 'TRIWULANAN',
      batasPenetapanSkp: `${tahun}-01-31`,
      periode: ['TW1', 'TW2', 'TW3', 'TW4'].map((kode, i) => ({
        kode,
        mulai: `${tahun}-${String(3 * i + 1).padStart(2, '0')}-01`,
        selesai: `${tahun}-${String(3 * i + 3).padStart(2, '0')}-${i === 0 || i === 3 ? 31 : 30}`,
        batasPengisian: `${tahun}-${String(3 * i + 4 > 12 ? 12 : 3 * i + 4).padStart(2, '0')}-10`,
      })),
    })
    .returning();

  const p = org.pegawai;
  const orang = [
    { peg: p.kadis, unit: org.units.dinas, jab: org.jabatan.jKadis },
    { peg: p.kabid, unit: org.units.bidang, jab: org.jabatan.jKabid },
    { peg: p.kasi, unit: org.units.seksi, jab: org.jabatan.jKasi },
    { peg: p.staf, unit: org.units.seksi, jab: org.jabatan.jStaf },
    { peg: p.kepsek, unit: org.units.sekolah, jab: org.jabatan.jKepsek },
    { peg: p.guru, unit: org.units.sekolah, jab: org.jabatan.jGuru },
    { peg: jahat, unit: org.units.seksi, jab: org.jabatan.jStaf },
    { peg: belum, unit: org.units.seksi, jab: org.jabatan.jStaf },
    { peg: tanpaEvaluasi, unit: org.units.seksi, jab: org.jabatan.jStaf },
    { peg: kaupt, unit: upt, jab: jKaupt },
    { peg: upt1, unit: upt, jab: jUpt },
    { peg: upt2, unit: upt, jab: jUpt },
  ];
  const skpOf = new Map<string, string>();
  for (const o of orang) {
    const [row] = await db
      .insert(skp)
      .values({
        instansiId,
        periodeId: periode.id,
        tahun,
        pegawaiId: o.peg.id,
        jabatanId: o.jab.id,
        unitId: o.unit.id,
        mulai: `${tahun}-01-01`,
        selesai: `${tahun}-12-31`,
        pendekatan: 'KUANTITATIF',
        jenisForm: 'JA_JF',
        status: 'DITETAPKAN',
        revisi: 1,
        snapshot: {
          pegawai: { id: o.peg.id, nama: o.peg.nama, nip: o.peg.nip, golongan: 'III/a' },
          jabatan: { id: o.jab.id, nama: o.jab.nama, jenis: o.jab.jenis },
          unit: { id: o.unit.id, nama: o.unit.nama },
          penilai: null,
          atasanPenilai: null,
        },
      })
      .returning();
    skpOf.set(o.peg.id, row.id);
  }

  let akun = '00000000-0000-4000-8000-000000000001';
  const po = async (unitId: string, periodeKode: string, predikat: string) =>
    db.insert(predikatOrganisasi).values({
      instansiId,
      unitId,
      tahun,
      periodeKode,
      predikat,
      penetapNama: 'Bupati',
      dicatatOlehAkunId: akun,
    });
  await po(org.units.dinas.id, 'TW1', 'BAIK');
  await po(upt.id, 'TW1', 'BAIK');
  await po(org.units.dinas.id, 'AKHIR', 'ISTIMEWA');

  const evals: Array<{
    peg: { id: string };
    unit: string;
    periode?: string;
    rhk?: Rating;
    rp?: Rating;
    status?: string;
    batas?: string;
    penilai?: string;
  }> = [
    { peg: p.kadis, unit: org.units.dinas.id, rhk: 'SESUAI', rp: 'SESUAI', status: 'DITETAPKAN' },
    {
      peg: p.kabid,
      unit: org.units.dinas.id,
      rhk: 'DI_ATAS',
      rp: 'DI_ATAS',
      status: 'DITERIMA',
      batas: day(-3),
      penilai: p.kadis.id,
    },
    {
      peg: p.kasi,
      unit: org.units.dinas.id,
      rhk: 'SESUAI',
      rp: 'DI_ATAS',
      status: 'DITERIMA',
      batas: day(5),
      penilai: p.kabid.id,
    },
    {
      peg: p.staf,
      unit: org.units.dinas.id,
      rhk: 'DI_BAWAH',
      rp: 'SESUAI',
      status: 'KEBERATAN',
      batas: day(2),
      penilai: p.kasi.id,
    },
    { peg: p.kepsek, unit: org.units.dinas.id, rhk: 'SESUAI', rp: 'SESUAI', status: 'FINAL', penilai: p.kadis.id },
    { peg: p.guru, unit: org.units.dinas.id, rhk: 'SESUAI', rp: 'DI_BAWAH', status: 'DRAFT', penilai: p.kepsek.id },
    { peg: jahat, unit: org.units.dinas.id, rhk: 'SESUAI', rp: 'SESUAI', status: 'DITETAPKAN', penilai: p.kasi.id },
    { peg: belum, unit: org.units.dinas.id, status: 'DRAFT', penilai: p.kasi.id },
    { peg: kaupt, unit: upt.id, rhk: 'DI_ATAS', rp: 'DI_ATAS', status: 'DITETAPKAN', penilai: p.kadis.id },
    { peg: upt1, unit: upt.id, rhk: 'DI_ATAS', rp: 'DI_ATAS', status: 'DITETAPKAN', penilai: kaupt.id },
    { peg: upt2, unit: upt.id, rhk: 'DI_ATAS', rp: 'DI_ATAS', status: 'DITETAPKAN', penilai: kaupt.id },
    { peg: p.kabid, unit: org.units.dinas.id, periode: 'AKHIR', rhk: 'DI_ATAS', rp: 'SESUAI', status: 'DRAFT' },
    { peg: p.kasi, unit: org.units.dinas.id, periode: 'AKHIR', rhk: 'SESUAI', rp: 'SESUAI', status: 'DRAFT' },
  ];
  const ids: Record<string, string> = {};
  for (const e of evals) {
    const predikat = e.rhk && e.rp ? predikatFromRatings(e.rhk, e.rp).predikat : null;
    const set = e.status && e.status !== 'DRAFT';
    const [row] = await db
      .insert(evaluasi)
      .values({
        instansiId,
        skpId: skpOf.get(e.peg.id) as string,
        pegawaiId: e.peg.id,
        tahun,
        periodeKode: e.periode ?? 'TW1',
        unitPenilaianId: e.unit,
        penilaiPegawaiId: e.penilai ?? null,
        status: e.status ?? 'DRAFT',
        ratingHasilKerja: e.rhk ?? null,
        ratingHasilKerjaSumber: e.rhk ? 'PENILAI' : null,
        ratingPerilaku: e.rp ?? null,
        predikat,
        predikatUsulan: predikat,
        ditetapkanAt: set ? new Date(`${tahun}-04-05T03:00:00Z`) : null,
        diterimaAt: e.batas ? new Date(`${tahun}-04-07T03:00:00Z`) : null,
        batasKeberatan: e.batas ?? null,
      })
      .returning();
    ids[`${e.peg.id}|${e.periode ?? 'TW1'}`] = row.id;
  }
  await db.insert(keberatan).values({
    instansiId,
    evaluasiId: ids[`${p.staf.id}|TW1`],
    pegawaiId: p.staf.id,
    atasanPegawaiId: p.kabid.id,
    status: 'DIAJUKAN',
    alasan: 'Hasil kerja saya sesuai ekspektasi.',
  });
  akun = '00000000-0000-4000-8000-000000000002';
  await db.insert(kalibrasi).values([
    {
      instansiId,
      unitPenilaianId: upt.id,
      tahun,
      periodeKode: 'TW1',
      status: 'FINAL',
      override: true,
      overrideAlasan: 'Seluruh instruktur melampaui target nasional.',
      finalAt: new Date(),
      finalOlehAkunId: akun,
      finalOlehNama: 'Kepala Dinas',
    },
    { instansiId, unitPenilaianId: org.units.dinas.id, tahun, periodeKode: 'TW1', status: 'FINAL' },
  ]);
  return { tahun, upt, kaupt, upt1, upt2, jahat, belum, tanpaEvaluasi, evaluasiIds: ids };
}
