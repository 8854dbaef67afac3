/**
 * Evaluation rows for the document tests and the authorisation matrix (issue 11, dokumen-evaluasi):
 * inserted directly on the shared tables (src/db/schema-evaluasi.ts), following the state machine —
 * the evaluation module's own API belongs to another part. Additive: it only adds rows.
 */
import type { Database } from '../src/db/client.ts';
import { evaluasi, keberatan, predikatOrganisasi } from '../src/db/schema-evaluasi.ts';
import type { buildOrg } from './factories.ts';

type Org = Awaited<ReturnType<typeof buildOrg>>;

export interface EvaluasiSpec {
  skpId: string;
  pegawaiId: string;
  tahun: number;
  periodeKode: string;
  unitPenilaianId: string;
  penilaiPegawaiId: string | null;
  atasanPenilaiPegawaiId?: string | null;
  status?: string;
  ratingHasilKerja?: string | null;
  ratingPerilaku?: string | null;
  predikat?: string | null;
  penilaianRhk?: Record<string, { penilaian?: string | null; umpanBalik?: string }>;
  umpanBalikPerilaku?: Record<string, { umpanBalik: string }>;
  catatan?: string | null;
  ditetapkanOlehNama?: string | null;
  diterimaAt?: Date | null;
  batasKeberatan?: string | null;
}

/** One evaluation row; a set one carries its setting date and (if given) its receipt. */
export async function insertEvaluasi(database: Database, instansiId: string, s: EvaluasiSpec): Promise<string> {
  const status = s.status ?? 'DITETAPKAN';
  const set = status !== 'DRAFT';
  const [row] = await database.db
    .insert(evaluasi)
    .values({
      instansiId,
      skpId: s.skpId,
      pegawaiId: s.pegawaiId,
      tahun: s.tahun,
      periodeKode: s.periodeKode,
      unitPenilaianId: s.unitPenilaianId,
      penilaiPegawaiId: s.penilaiPegawaiId,
      atasanPenilaiPegawaiId: s.atasanPenilaiPegawaiId ?? null,
      status,
      penilaianRhk: s.penilaianRhk ?? {},
      umpanBalikPerilaku: s.umpanBalikPerilaku ?? {},
      ratingHasilKerja: s.ratingHasilKerja ?? 'SESUAI',
      ratingHasilKerjaSumber: 'PENILAI',
      ratingPerilaku: s.ratingPerilaku ?? 'SESUAI',
      predikat: s.predikat ?? 'BAIK',
      predikatUsulan: s.predikat ?? 'BAIK',
      catatan: s.catatan ?? null,
      ditetapkanAt: set ? new Date(`${s.tahun}-04-10T03:00:00Z`) : null,
      ditetapkanOlehNama: set ? (s.ditetapkanOlehNama ?? null) : null,
      diterimaAt: s.diterimaAt ?? null,
      batasKeberatan: s.batasKeberatan ?? null,
    })
    .returning({ id: evaluasi.id });
  return row.id;
}

export async function insertPredikatOrganisasi(
  database: Database,
  instansiId: string,
  s: {
    unitId: string;
    tahun: number;
    periodeKode: string;
    predikat: string;
    penetapNama: string;
    penetapJabatan?: string | null;
    penetapPegawaiId?: string | null;
    dasar?: Record<string, unknown>;
  },
): Promise<string> {
  const [row] = await database.db
    .insert(predikatOrganisasi)
    .values({
      instansiId,
      unitId: s.unitId,
      tahun: s.tahun,
      periodeKode: s.periodeKode,
      predikat: s.predikat,
      dasar: s.dasar ?? {},
      penetapPegawaiId: s.penetapPegawaiId ?? null,
      penetapNama: s.penetapNama,
      penetapJabatan: s.penetapJabatan ?? null,
      dicatatOlehAkunId: crypto.randomUUID(),
      ditetapkanAt: new Date(`${s.tahun}-04-01T03:00:00Z`),
    })
    .returning({ id: predikatOrganisasi.id });
  return row.id;
}

export async function insertKeberatan(
  database: Database,
  instansiId: string,
  s: {
    evaluasiId: string;
    pegawaiId: string;
    atasanPegawaiId: string | null;
    alasan: string;
    penjelasanPenilai?: string;
    keputusan?: 'TETAP' | 'UBAH';
    keputusanAlasan?: string;
    hasilSebelum?: Record<string, string>;
    hasilSesudah?: Record<string, string>;
    diputuskanOlehNama?: string;
  },
): Promise<void> {
  await database.db.insert(keberatan).values({
    instansiId,
    evaluasiId: s.evaluasiId,
    pegawaiId: s.pegawaiId,
    atasanPegawaiId: s.atasanPegawaiId,
    status: s.keputusan ? 'DIPUTUSKAN' : 'DIAJUKAN',
    alasan: s.alasan,
    diajukanAt: new Date('2029-04-15T03:00:00Z'),
    penjelasanPenilai: s.penjelasanPenilai ?? null,
    penjelasanPenilaiAt: s.penjelasanPenilai ? new Date('2029-04-18T03:00:00Z') : null,
    keputusan: s.keputusan ?? null,
    keputusanAlasan: s.keputusanAlasan ?? null,
    hasilSebelum: s.hasilSebelum ?? null,
    hasilSesudah: s.hasilSesudah ?? null,
    diputuskanAt: s.keputusan ? new Date('2029-04-22T03:00:00Z') : null,
    diputuskanOlehNama: s.diputuskanOlehNama ?? null,
  });
}

/**
 * The matrix's rows: the staf's set SKP (fixture `ditetapkan`) evaluated for TW1 by the kasi (atasan:
 * the kabid) in the unit penilaian Dinas (the OPD), whose predikat organisasi the regional head set.
 */
export async function buildEvaluasiDokumenFixture(database: Database, org: Org, skpId: string, tahun: number) {
  const instansiId = org.instansi.id;
  const periodeKode = 'TW1';
  const predikatOrganisasiId = await insertPredikatOrganisasi(database, instansiId, {
    unitId: org.units.dinas.id,
    tahun,
    periodeKode,
    predikat: 'BAIK',
    penetapNama: 'Bupati Uji',
    penetapJabatan: 'Bupati',
  });
  const evaluasiId = await insertEvaluasi(database, instansiId, {
    skpId,
    pegawaiId: org.pegawai.staf.id,
    tahun,
    periodeKode,
    unitPenilaianId: org.units.dinas.id,
    penilaiPegawaiId: org.pegawai.kasi.id,
    atasanPenilaiPegawaiId: org.pegawai.kabid.id,
  });
  return { evaluasiId, predikatOrganisasiId, unitPenilaianId: org.units.dinas.id, tahun, periodeKode };
}
