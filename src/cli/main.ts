/** The `kinerja` command line (commander). Every command has --help; see docs/cli.md. */
import { Command } from 'commander';
import { restrictUmask } from '../db/private-files.ts';
import { registerAdmin } from './commands/admin.ts';
import { registerAkun } from './commands/akun.ts';
import { registerDemo } from './commands/demo.ts';
import { registerDialog } from './commands/dialog.ts';
import { registerEvaluasi } from './commands/evaluasi.ts';
import { registerExport } from './commands/export.ts';
import { registerImport } from './commands/import.ts';
import { registerInstansi } from './commands/instansi.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerServe } from './commands/serve.ts';
import { cliLang, describeError } from './context.ts';

// Files the CLI writes (exports, error reports, the PGlite data directory) are private to its user.
restrictUmask();

const program = new Command()
  .name('kinerja')
  .description('Kinerja — pengelolaan kinerja ASN / performance management for Indonesian civil servants')
  .version('0.1.0')
  .showHelpAfterError()
  .addHelpText(
    'after',
    `
Lingkungan / environment:
  DATABASE_URL       PostgreSQL (postgres://user:pass@host:5432/db); tanpa ini dipakai PGlite tertanam
  KINERJA_DATA_DIR   direktori data PGlite (bawaan ./.data/pglite)
  KINERJA_FILES_DIR  berkas yang dibuat (zip SKP massal; bawaan files/ di samping direktori data)
  KINERJA_LANG       bahasa keluaran: id (bawaan) atau en
  KINERJA_TRUST_PROXY  proxy balik tepercaya untuk X-Forwarded-*: alamat, CIDR atau loopback, dipisah koma;
                     bawaan tidak ada / trusted reverse proxies (addresses, CIDRs, loopback); default none

Kode keluar / exit codes: 0 berhasil, 1 gagal (validasi/penggunaan), 2 database sedang dipakai server atau tak terjangkau.`,
  );

registerServe(program);
registerMigrate(program);
registerDemo(program);
registerImport(program);
registerExport(program);
registerInstansi(program);
registerAdmin(program);
registerAkun(program);
registerDialog(program);
registerEvaluasi(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const { message, exitCode } = describeError(err, cliLang());
  console.error(message);
  process.exitCode = exitCode;
}
