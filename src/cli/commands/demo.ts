/** `kinerja demo`: generates the deterministic demo government (optionally replacing it). */

import type { Command } from 'commander';
import { refreshStatistics } from '../../db/maintenance.ts';
import { DEMO_DEFAULTS, DemoExistsError, deleteDemoInstansi, generateDemo } from '../../db/seed/demo.ts';
import { CliError, printTable, withDatabase } from '../context.ts';
import { phaseBar } from '../progress.ts';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('Membuat pemerintah daerah demo yang deterministik / generate the deterministic demo government')
    .option('-n, --pegawai <n>', 'jumlah pegawai / number of employees', (v) => Number.parseInt(v, 10), 7700)
    .option('-s, --seed <seed>', 'benih acak; benih sama = data sama / random seed; same seed = same data', '1')
    .option('-k, --kode <kode>', 'kode instansi demo / demo instansi code', DEMO_DEFAULTS.kode)
    .option('--nama <nama>', 'nama instansi demo / demo instansi name', DEMO_DEFAULTS.nama)
    .option('--reset', 'hapus demo dengan kode yang sama dahulu / delete the demo with the same code first')
    .option('--delete', 'hanya hapus demo (beserta akun demonya) / only delete the demo and its demo accounts')
    .addHelpText(
      'after',
      '\nContoh / examples:\n  kinerja demo\n  kinerja demo --reset --pegawai 100000 --seed 7\n\n' +
        'Akun demo dibuat dengan kata sandi acak dan ditampilkan di sini serta di halaman masuk (mode demo saja).\n' +
        'Demo accounts get random passwords, shown here and on the login page (demo mode only).',
    )
    .action(
      async (opts: {
        pegawai: number;
        seed: string;
        kode: string;
        nama: string;
        reset?: boolean;
        delete?: boolean;
      }) => {
        if (opts.delete) {
          await withDatabase(async (database) => {
            const deleted = await deleteDemoInstansi(database, opts.kode);
            console.log(
              deleted ? `Demo ${opts.kode} dihapus / deleted.` : `Tidak ada demo ${opts.kode} / no demo ${opts.kode}.`,
            );
          });
          return;
        }
        if (!Number.isFinite(opts.pegawai) || opts.pegawai < 30)
          throw new CliError('--pegawai harus ≥ 30 / must be at least 30');
        const seed = /^\d+$/.test(opts.seed) ? Number(opts.seed) : opts.seed;
        await withDatabase(async (database) => {
          if (opts.reset && (await deleteDemoInstansi(database, opts.kode)))
            console.log(`Demo ${opts.kode} dihapus / deleted.`);
          const bar = phaseBar();
          const started = performance.now();
          let result: Awaited<ReturnType<typeof generateDemo>>;
          try {
            result = await generateDemo(database, {
              pegawai: opts.pegawai,
              seed,
              kode: opts.kode,
              nama: opts.nama,
              onProgress: (p) => bar.update(p),
            });
          } catch (err) {
            if (err instanceof DemoExistsError) throw new CliError(err.message);
            throw err;
          } finally {
            bar.stop();
          }
          await refreshStatistics(database);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          console.log(`\n${opts.nama} (${result.kode}) — ${database.describe}`);
          console.log(
            `${result.counts.pegawai} pegawai, ${result.counts.unit} unit, ${result.counts.jabatan} jabatan, ${result.counts.penempatan} penempatan dalam / in ${seconds} s\n`,
          );
          printTable(
            ['Pengguna / username', 'Kata sandi / password', 'Peran / role'],
            result.accounts.map((a) => [a.username, a.password, a.label]),
          );
          console.log('\nMasalah hierarki yang sengaja dibuat / deliberate hierarchy problems:');
          for (const p of result.problems)
            console.log(
              `  ${p.code}: ${'unitKode' in p ? p.unitKode : Array.isArray(p.jabatanKode) ? p.jabatanKode.join(' ↔ ') : p.jabatanKode}`,
            );
        });
      },
    );
}
