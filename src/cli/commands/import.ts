/** `kinerja import <file>`: imports units, positions and people from XLSX/CSV with a progress bar. */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { Database } from '../../db/client.ts';
import {
  type Entity,
  findInstansiIdByKode,
  type ImportError,
  importFile,
  listInstansi,
  writeCsv,
} from '../../modules/exchange/index.ts';
import { CliError, cliLang, EXIT, printTable, withDatabase } from '../context.ts';
import { phaseBar } from '../progress.ts';

const ENTITY_CHOICES = ['unor', 'jabatan', 'pegawai'];

/** The instansi named by --instansi, or the only one there is. */
export async function resolveInstansi(
  database: Database,
  kode: string | undefined,
): Promise<{ id: string; kode: string }> {
  if (kode) {
    const id = await findInstansiIdByKode(database.db, kode);
    if (!id) throw new CliError(`Instansi dengan kode ${kode} tidak ada / no instansi with code ${kode}`);
    return { id, kode };
  }
  const all = await listInstansi(database.db);
  if (all.length === 1) return all[0];
  throw new CliError(
    all.length === 0
      ? 'Belum ada instansi; buat dahulu: kinerja instansi create (atau kinerja demo) / no instansi yet: kinerja instansi create'
      : `Pilih instansi dengan --instansi KODE (ada: ${all.map((i) => i.kode).join(', ')}) / choose one with --instansi`,
  );
}

/**
 * The `--errors-out` report. NILAI and SHEET echo the file's own text (maybe `=cmd|…`), so it is
 * written through writeCsv, which neutralises formulas like in every CSV the product writes.
 */
export function errorReportCsv(errors: readonly ImportError[]): Buffer {
  return writeCsv(
    ['SHEET', 'BARIS', 'KOLOM', 'KODE', 'PESAN', 'MESSAGE', 'NILAI'],
    errors.map((e) => [e.sheet, e.row, e.column, e.code, e.message.id, e.message.en, e.value]),
  );
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('Impor UNOR, JABATAN dan PEGAWAI dari XLSX/CSV / import units, positions and people')
    .argument('<file>', 'berkas .xlsx (sheet UNOR, JABATAN, PEGAWAI) atau .csv (satu jenis)')
    .option('-i, --instansi <kode>', 'kode instansi tujuan (boleh kosong bila hanya ada satu)')
    .option('-j, --jenis <jenis>', `jenis data CSV: ${ENTITY_CHOICES.join('|')} (bawaan: dari judul kolom)`)
    .option('--dry-run', 'hanya memeriksa, tidak mengubah data / validate only')
    .option('--errors-out <file>', 'tulis semua kesalahan ke CSV / write every error to a CSV file')
    .option('--lang <lang>', 'bahasa pesan: id atau en')
    .addHelpText(
      'after',
      '\nSemua baris diperiksa dahulu; satu kesalahan saja = tidak ada yang berubah (kode keluar 1).\n' +
        'Every row is validated first; any error means nothing changes (exit code 1). Format: docs/import-format.md',
    )
    .action(
      async (
        file: string,
        opts: { instansi?: string; jenis?: string; dryRun?: boolean; errorsOut?: string; lang?: string },
      ) => {
        const lang = cliLang(opts.lang);
        if (opts.jenis && !ENTITY_CHOICES.includes(opts.jenis))
          throw new CliError(`--jenis harus salah satu dari ${ENTITY_CHOICES.join(', ')}`);
        let bytes: Buffer;
        try {
          bytes = await readFile(file);
        } catch (err) {
          throw new CliError(`Tidak dapat membaca ${file}: ${(err as Error).message}`);
        }
        await withDatabase(async (database) => {
          const instansi = await resolveInstansi(database, opts.instansi);
          const bar = phaseBar();
          let result: Awaited<ReturnType<typeof importFile>>;
          try {
            result = await importFile(database, {
              instansiId: instansi.id,
              actor: { akunId: null, label: `cli (${process.env.USER ?? 'kinerja'})` },
              fileName: basename(file),
              bytes,
              jenis: opts.jenis as Entity | undefined,
              dryRun: !!opts.dryRun,
              onProgress: (p) => bar.update(p),
            });
          } finally {
            bar.stop();
          }
          for (const w of result.warnings.slice(0, 20))
            console.warn(`! ${w.sheet} baris/row ${w.row}${w.column ? ` ${w.column}` : ''}: ${w.message[lang]}`);
          if (result.warningCount > 20) console.warn(`! … ${result.warningCount - 20} peringatan lain / more warnings`);
          if (!result.ok) {
            console.error(
              lang === 'en'
                ? `\n${result.errorCount} error(s) in ${basename(file)}; nothing was changed.\n`
                : `\n${result.errorCount} kesalahan di ${basename(file)}; tidak ada data yang diubah.\n`,
            );
            printTable(
              [
                'Sheet',
                lang === 'en' ? 'Row' : 'Baris',
                lang === 'en' ? 'Column' : 'Kolom',
                'Kode',
                lang === 'en' ? 'Message' : 'Pesan',
              ],
              result.errors.slice(0, 100).map((e) => [e.sheet, e.row, e.column, e.code, e.message[lang]]),
              console.error,
            );
            if (result.errorCount > 100)
              console.error(`… ${result.errorCount - 100} ${lang === 'en' ? 'more' : 'lainnya'} (--errors-out)`);
            if (result.errorCount > result.errors.length) {
              // The report keeps the first 1,000 errors; the rest are counted per code and column.
              console.error(
                lang === 'en' ? '\nAll errors by code and column:' : '\nSemua kesalahan per kode dan kolom:',
              );
              printTable(
                [lang === 'en' ? 'Count' : 'Jumlah', 'Kode', lang === 'en' ? 'Column' : 'Kolom'],
                result.errorSummary.slice(0, 50).map((c) => [c.count, c.code, c.column]),
                console.error,
              );
            }
            if (opts.errorsOut) {
              // Names and NIPs of people: readable by the operator only.
              await writeFile(opts.errorsOut, errorReportCsv(result.errors), { mode: 0o600 });
              const capped = result.errorCount > result.errors.length;
              console.error(
                capped
                  ? lang === 'en'
                    ? `The first ${result.errors.length} of ${result.errorCount} errors written to ${opts.errorsOut}`
                    : `${result.errors.length} kesalahan pertama dari ${result.errorCount} ditulis ke ${opts.errorsOut}`
                  : `${lang === 'en' ? 'All errors written to' : 'Semua kesalahan ditulis ke'} ${opts.errorsOut}`,
              );
            }
            process.exitCode = EXIT.FAILURE;
            return;
          }
          const c = result.counts;
          console.log(
            `\n${result.dryRun ? (lang === 'en' ? 'Dry run — nothing written. ' : 'Uji coba — tidak ada yang ditulis. ') : ''}${instansi.kode}: ${basename(file)} (${result.timings.totalMs} ms)`,
          );
          printTable(
            [
              '',
              lang === 'en' ? 'rows' : 'baris',
              lang === 'en' ? 'created' : 'baru',
              lang === 'en' ? 'updated' : 'diubah',
              lang === 'en' ? 'unchanged' : 'tetap',
            ],
            (['unor', 'jabatan', 'pegawai'] as const)
              .filter((e) => c[e].rows > 0)
              .map((e) => [e.toUpperCase(), c[e].rows, c[e].created, c[e].updated, c[e].unchanged]),
          );
          if (c.penempatan.opened || c.penempatan.closed) {
            console.log(
              `penempatan: ${c.penempatan.opened} ${lang === 'en' ? 'opened' : 'dibuka'}, ${c.penempatan.closed} ${lang === 'en' ? 'closed' : 'ditutup'}`,
            );
          }
        });
      },
    );
}
