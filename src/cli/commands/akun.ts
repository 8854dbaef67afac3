/** `kinerja akun massal`: accounts for every pegawai without one, passwords into an XLSX file. */
import { type FileHandle, open, unlink } from 'node:fs/promises';
import type { Command } from 'commander';
import type { Database } from '../../db/client.ts';
import { buatAkunMassal, getUnitBrief } from '../../modules/akun/index.ts';
import { findUnitIdByKode } from '../../modules/exchange/index.ts';
import { getInstansi } from '../../modules/org/index.ts';
import { CliError, cliLang, printTable, withDatabase } from '../context.ts';
import { phaseBar } from '../progress.ts';
import { resolveInstansi } from './import.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** --instansi as an id or a kode (or nothing when there is only one instansi). */
async function instansiFrom(database: Database, value: string | undefined) {
  if (value && UUID.test(value)) {
    const row = await getInstansi(database.db, value);
    if (!row) throw new CliError(`Instansi ${value} tidak ada / no such instansi`);
    return { id: row.id, kode: row.kode };
  }
  return resolveInstansi(database, value);
}

async function unitFrom(database: Database, instansi: { id: string; kode: string }, kode: string | undefined) {
  if (!kode) return null;
  const id = await findUnitIdByKode(database.db, instansi.id, kode);
  if (!id) throw new CliError(`Unit ${kode} tidak ada di ${instansi.kode} / no such unit`);
  return getUnitBrief(database.db, instansi.id, id);
}

export function registerAkun(program: Command): void {
  const akun = program.command('akun').description('Akun pengguna / user accounts');
  akun
    .command('massal')
    .description('Buat akun untuk semua pegawai yang belum punya / accounts for every pegawai without one')
    .option('-i, --instansi <id|kode>', 'instansi (boleh kosong bila hanya ada satu)')
    .option('--unit <kode>', 'hanya unit ini beserta sub-unitnya / only this unit and its subunits')
    .option('-o, --output <file.xlsx>', 'berkas sandi sekali pakai (wajib, kecuali --dry-run) / the credentials file')
    .option('--dry-run', 'hanya hitung, tidak membuat akun / count only')
    .option('--lang <lang>', 'bahasa pesan: id atau en')
    .addHelpText(
      'after',
      '\nSetiap pegawai aktif yang sedang menduduki jabatan dan belum punya akun mendapat akun: nama pengguna = NIP,\n' +
        'sandi sekali pakai yang wajib diganti saat pertama masuk. Semua dibuat sekaligus atau tidak sama sekali.\n' +
        'Berkas --output adalah SATU-SATUNYA salinan sandi (Kinerja hanya menyimpan hash-nya); berkas yang sudah ada\n' +
        'tidak ditimpa. Bagikan tiap baris kepada pemiliknya, lalu hapus berkasnya.\n\n' +
        'Every active pegawai holding a position and without an account gets one: username = NIP, a one-time\n' +
        'password to be replaced at first login. All or nothing. The --output file is the ONLY copy of the\n' +
        'passwords (Kinerja keeps only hashes); an existing file is not overwritten.\n\n' +
        'Contoh / examples:\n' +
        '  kinerja akun massal --instansi DEMO --dry-run\n' +
        '  kinerja akun massal --instansi DEMO --unit 02 --output akun-disdik.xlsx',
    )
    .action(async (opts: { instansi?: string; unit?: string; output?: string; dryRun?: boolean; lang?: string }) => {
      const en = cliLang(opts.lang) === 'en';
      if (!opts.output && !opts.dryRun) throw new CliError('--output <file.xlsx> wajib / is required (or --dry-run)');
      // Claim the output file before anything is created: once the accounts exist, this file is
      // the only place their passwords can go.
      let file: FileHandle | null = null;
      if (opts.output && !opts.dryRun) {
        try {
          file = await open(opts.output, 'wx', 0o600);
        } catch (err) {
          throw new CliError(`Tidak dapat membuat ${opts.output} / cannot create it: ${(err as Error).message}`);
        }
      }
      let written = false;
      try {
        await withDatabase(async (database) => {
          const instansi = await instansiFrom(database, opts.instansi);
          const unit = await unitFrom(database, instansi, opts.unit);
          const bar = phaseBar();
          let result: Awaited<ReturnType<typeof buatAkunMassal>>;
          try {
            result = await buatAkunMassal(database, {
              instansiId: instansi.id,
              unit: unit ? { id: unit.id, kode: unit.kode, nama: unit.nama } : null,
              paths: unit ? [unit.path] : null,
              dryRun: !!opts.dryRun,
              actor: { akunId: null, label: `cli (${process.env.USER ?? 'kinerja'})` },
              onProgress: (p) => bar.update(p),
            });
          } finally {
            bar.stop();
          }
          if (result.berkas && file) {
            await file.writeFile(result.berkas.isi);
            written = true;
          }
          const scope = `${instansi.kode}${unit ? ` / ${unit.kode} ${unit.nama}` : ''}`;
          if (result.dryRun) {
            const minutes = ((result.perkiraanMs ?? 0) / 60000).toFixed(1);
            console.log(
              en
                ? `Dry run — nothing created. ${scope}: ${result.jumlah} account(s) to create (about ${minutes} min).`
                : `Uji coba — tidak ada yang dibuat. ${scope}: ${result.jumlah} akun akan dibuat (sekitar ${minutes} menit).`,
            );
          } else {
            console.log(
              en
                ? `${scope}: ${result.jumlah} account(s) created in ${((result.waktuMs.hash + result.waktuMs.tulis) / 1000).toFixed(1)} s${written ? ` → ${opts.output} (the only copy of the passwords)` : ''}.`
                : `${scope}: ${result.jumlah} akun dibuat dalam ${((result.waktuMs.hash + result.waktuMs.tulis) / 1000).toFixed(1)} s${written ? ` → ${opts.output} (satu-satunya salinan sandi)` : ''}.`,
            );
          }
          if (result.dilewati.length) {
            console.warn(en ? `\n${result.dilewati.length} skipped:` : `\n${result.dilewati.length} dilewati:`);
            printTable(
              ['NIP', en ? 'Name' : 'Nama', en ? 'Reason' : 'Alasan'],
              result.dilewati.slice(0, 50).map((d) => [d.nip, d.nama, d.alasan]),
              console.warn,
            );
          }
        });
      } finally {
        await file?.close();
        // Nothing was created (dry run, no one in scope, or a failure): leave no empty file behind.
        if (file && !written && opts.output) await unlink(opts.output).catch(() => {});
      }
    });
}
