/**
 * `kinerja evaluasi batch`: the year-end (or any period's) batch — predikat from the stored ratings
 * for every evaluation of the period, the pola distribusi check of every unit penilaian written to
 * `kalibrasi.hasil` where the calibration is not final (docs/evaluasi-kalibrasi.md).
 */
import type { Command } from 'commander';
import { jalankanBatch } from '../../modules/kalibrasi/index.ts';
import { CliError, cliLang, withDatabase } from '../context.ts';
import { resolveInstansi } from './import.ts';

const PERIODE = /^(TW[1-4]|B(0[1-9]|1[0-2])|AKHIR)$/;

export function registerEvaluasi(program: Command): void {
  const evaluasi = program.command('evaluasi').description('Evaluasi kinerja / performance evaluation');
  evaluasi
    .command('batch')
    .description(
      'Hitung predikat dari rating tersimpan dan periksa pola distribusi setiap unit penilaian (kalibrasi FINAL tidak diubah) / compute predikat from the stored ratings and check every unit penilaian against the pattern (FINAL calibrations untouched)',
    )
    .option('-i, --instansi <kode>', 'kode instansi (boleh kosong bila hanya ada satu)')
    .requiredOption('-t, --tahun <tahun>', 'tahun kinerja / performance year')
    .option('-p, --periode <kode>', 'TW1…TW4, B01…B12 atau AKHIR (tahunan)', 'AKHIR')
    .action(async (opts: { instansi?: string; tahun: string; periode: string }) => {
      const tahun = Number(opts.tahun);
      if (!Number.isInteger(tahun) || tahun < 2000 || tahun > 2100)
        throw new CliError(`Tahun tidak valid / invalid year: ${opts.tahun}`);
      const periode = opts.periode.toUpperCase();
      if (!PERIODE.test(periode))
        throw new CliError(`Periode tidak valid (TW1…TW4, B01…B12, AKHIR) / invalid period: ${opts.periode}`);
      const h = await withDatabase(async (database) => {
        const instansi = await resolveInstansi(database, opts.instansi);
        return jalankanBatch(database, {
          instansiId: instansi.id,
          tahun,
          periodeKode: periode,
          actorLabel: `CLI (${process.env.USER ?? 'operator'})`,
        });
      });
      console.log(
        cliLang() === 'en'
          ? `Evaluations: ${h.evaluasi}; predikat updated: ${h.predikatDiperbarui}; units: ${h.unit} (compliant ${h.unitSesuai}, violating ${h.unitMelanggar}, no organisational rating ${h.unitTanpaPredikatOrganisasi}, final and skipped ${h.unitFinalDilewati}); ${h.ms} ms`
          : `Evaluasi: ${h.evaluasi}; predikat diperbarui: ${h.predikatDiperbarui}; unit: ${h.unit} (sesuai ${h.unitSesuai}, melanggar ${h.unitMelanggar}, tanpa predikat organisasi ${h.unitTanpaPredikatOrganisasi}, final dilewati ${h.unitFinalDilewati}); ${h.ms} md`,
      );
    });
}
