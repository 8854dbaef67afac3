/** `kinerja export`: writes units, positions or people (or all, XLSX) in the import format. */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { exportData } from '../../modules/exchange/index.ts';
import { CliError, withDatabase } from '../context.ts';
import { resolveInstansi } from './import.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Ekspor UNOR, JABATAN, PEGAWAI ke CSV/XLSX / export units, positions, people')
    .option('-i, --instansi <kode>', 'kode instansi (boleh kosong bila hanya ada satu)')
    .option('-j, --jenis <jenis>', 'unor | jabatan | pegawai | semua (semua: XLSX tiga sheet)', 'semua')
    .option('-f, --format <format>', 'csv | xlsx', 'xlsx')
    .option('-o, --out <file>', 'berkas keluaran (bawaan: nama otomatis di direktori ini)')
    .action(async (opts: { instansi?: string; jenis: string; format: string; out?: string }) => {
      if (!['unor', 'jabatan', 'pegawai', 'semua'].includes(opts.jenis))
        throw new CliError('--jenis: unor | jabatan | pegawai | semua');
      if (!['csv', 'xlsx'].includes(opts.format)) throw new CliError('--format: csv | xlsx');
      if (opts.jenis === 'semua' && opts.format === 'csv')
        throw new CliError('CSV hanya satu jenis; pilih --jenis / CSV holds one entity; choose --jenis');
      await withDatabase(async (database) => {
        const instansi = await resolveInstansi(database, opts.instansi);
        const file = await exportData(database, {
          instansiId: instansi.id,
          jenis: opts.jenis as 'unor' | 'jabatan' | 'pegawai' | 'semua',
          format: opts.format as 'csv' | 'xlsx',
        });
        const out = opts.out ?? file.fileName;
        await writeFile(out, file.body, { mode: 0o600 });
        console.log(`${out} (${(file.body.length / 1024).toFixed(0)} KiB)`);
      });
    });
}
