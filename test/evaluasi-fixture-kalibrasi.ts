/**
 * Calibration data inserted directly (no workflow): a unit penilaian's evaluations with given
 * ratings, its predikat organisasi and, optionally, a kalibrasi row. Used by the module's DB tests
 * and the authorisation matrix (one period per mutating endpoint so rows never depend on each other).
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../src/db/client.ts';
import { evaluasi, kalibrasi, predikatOrganisasi } from '../src/db/schema-evaluasi.ts';
import { predikatFromRatings } from '../src/domain/predikat.ts';
import type { PredikatOrganisasi, Rating } from '../src/domain/types.ts';
import type { buildOrg } from './factories.ts';

type Org = Awaited<ReturnType<typeof buildOrg>>;

export interface EvalSpec {
  pegawaiId: string;
  penilaiPegawaiId?: string | null;
  /** [rating hasil kerja, rating perilaku], or null while not rated. */
  rating: [Rating, Rating] | null;
  status?: string;
  sumber?: 'PENILAI' | 'PREDIKAT_ORGANISASI';
}

/** Inserts one board's data; returns the evaluation ids in the order given. */
export async function buildPapanKalibrasi(
  database: Database,
  opts: {
    instansiId: string;
    unitId: string;
    tahun: number;
    periodeKode: string;
    predikatOrganisasi?: PredikatOrganisasi | null;
    evaluasi: EvalSpec[];
    kalibrasiStatus?: 'TERBUKA' | 'FINAL';
    dicatatOlehAkunId?: string;
  },
): Promise<string[]> {
  const { instansiId, unitId, tahun, periodeKode } = opts;
  if (opts.predikatOrganisasi) {
    await database.db.insert(predikatOrganisasi).values({
      instansiId,
      unitId,
      tahun,
      periodeKode,
      predikat: opts.predikatOrganisasi,
      penetapNama: 'Bupati',
      dicatatOlehAkunId: opts.dicatatOlehAkunId ?? randomUUID(),
    });
  }
  const ids: string[] = [];
  for (const e of opts.evaluasi) {
    const p = e.rating ? predikatFromRatings(e.rating[0], e.rating[1]).predikat : null;
    const [row] = await database.db
      .insert(evaluasi)
      .values({
        instansiId,
        skpId: randomUUID(),
        pegawaiId: e.pegawaiId,
        tahun,
        periodeKode,
        unitPenilaianId: unitId,
        penilaiPegawaiId: e.penilaiPegawaiId ?? null,
        status: e.status ?? 'DRAFT',
        ratingHasilKerja: e.rating?.[0] ?? null,
        ratingHasilKerjaSumber: e.rating ? (e.sumber ?? 'PENILAI') : null,
        ratingPerilaku: e.rating?.[1] ?? null,
        predikat: p,
        predikatUsulan: p,
      })
      .returning({ id: evaluasi.id });
    ids.push(row.id);
  }
  if (opts.kalibrasiStatus) {
    await database.db.insert(kalibrasi).values({
      instansiId,
      unitPenilaianId: unitId,
      tahun,
      periodeKode,
      status: opts.kalibrasiStatus,
      finalAt: opts.kalibrasiStatus === 'FINAL' ? new Date() : null,
    });
  }
  return ids;
}

/**
 * The authorisation matrix's boards, all in the Dinas (unit penilaian) of `buildOrg`, year 2026:
 * TW1 open with a DRAFT staf evaluation to change; TW2 open, complete and compliant, to finalise;
 * TW3 final with nothing set, to reopen.
 */
export async function buildKalibrasiMatrixFixture(database: Database, org: Org) {
  const base = {
    instansiId: org.instansi.id,
    unitId: org.units.dinas.id,
    tahun: 2026,
    predikatOrganisasi: 'BAIK' as const,
  };
  const p = org.pegawai;
  // A Baik unit of 4: Baik 2 (70% of 4 caps the majority), one Butuh Perbaikan, one Sangat Baik.
  const four = (): EvalSpec[] => [
    { pegawaiId: p.kadis.id, rating: ['SESUAI', 'SESUAI'], sumber: 'PREDIKAT_ORGANISASI' },
    { pegawaiId: p.kabid.id, penilaiPegawaiId: p.kadis.id, rating: ['SESUAI', 'SESUAI'] },
    { pegawaiId: p.kasi.id, penilaiPegawaiId: p.kabid.id, rating: ['DI_BAWAH', 'SESUAI'] },
    { pegawaiId: p.staf.id, penilaiPegawaiId: p.kasi.id, rating: ['DI_ATAS', 'DI_ATAS'] },
  ];
  const tw1 = await buildPapanKalibrasi(database, { ...base, periodeKode: 'TW1', evaluasi: four() });
  await buildPapanKalibrasi(database, { ...base, periodeKode: 'TW2', evaluasi: four() });
  await buildPapanKalibrasi(database, { ...base, periodeKode: 'TW3', evaluasi: four(), kalibrasiStatus: 'FINAL' });
  return { unitId: org.units.dinas.id, tahun: 2026, stafEvaluasiTw1: tw1[3] };
}
