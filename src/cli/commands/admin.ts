/** `kinerja admin create`: creates an administrator account (never with a default password). */
import type { Command } from 'commander';
import { MIN_PASSWORD_LENGTH } from '../../modules/auth/password.ts';
import { findUnitIdByKode } from '../../modules/exchange/index.ts';
import { CliError, withDatabase } from '../context.ts';
import { resolveInstansi } from './import.ts';

const ROLES = ['SUPER_ADMIN', 'ADMIN_INSTANSI', 'ADMIN_UNIT', 'AUDITOR'] as const;
type Role = (typeof ROLES)[number];

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function registerAdmin(program: Command): void {
  const admin = program.command('admin').description('Akun administrator / administrator accounts');
  admin
    .command('create')
    .description('Membuat akun admin / create an admin account')
    .requiredOption('-u, --username <username>', 'nama pengguna / username')
    .option('-p, --password <password>', `kata sandi (min. ${MIN_PASSWORD_LENGTH} karakter) / password`)
    .option('--password-stdin', 'baca kata sandi dari stdin / read the password from stdin')
    .option(
      '-i, --instansi <kode>',
      'kode instansi; tanpa ini dibuat SUPER_ADMIN / without it a SUPER_ADMIN is created',
    )
    .option('-r, --role <role>', `peran: ${ROLES.join(' | ')}`)
    .option('--unit <kode>', 'kode unit untuk ADMIN_UNIT / unit code for ADMIN_UNIT')
    .option('--nama <nama>', 'nama tampilan / display name')
    .addHelpText(
      'after',
      `\nTidak ada kata sandi bawaan: --password atau --password-stdin wajib, minimal ${MIN_PASSWORD_LENGTH} karakter,\n` +
        'bukan kata sandi umum, tidak memuat nama pengguna, bukan satu karakter berulang.\n' +
        `There is no default password: give --password or --password-stdin (at least ${MIN_PASSWORD_LENGTH} characters,\n` +
        'not a common password, not containing the username, not one character repeated).\n\n' +
        'Contoh / examples:\n' +
        '  kinerja admin create --username root --password-stdin < sandi.txt\n' +
        '  kinerja admin create --username admin.bkpsdm --password "…" --instansi DEMO\n' +
        '  kinerja admin create --username admin.disdik --password "…" --instansi DEMO --role ADMIN_UNIT --unit 02',
    )
    .action(
      async (opts: {
        username: string;
        password?: string;
        passwordStdin?: boolean;
        instansi?: string;
        role?: string;
        unit?: string;
        nama?: string;
      }) => {
        if (opts.password && opts.passwordStdin)
          throw new CliError(
            'Pilih salah satu: --password atau --password-stdin / give either --password or --password-stdin, not both',
          );
        const password = opts.passwordStdin ? await readStdin() : opts.password;
        if (!password)
          throw new CliError(
            'Kata sandi wajib: --password atau --password-stdin / a password is required (no default)',
          );
        // The same policy as the API and the UI (src/domain/password-policy.ts), checked before the
        // database opens; its AppError prints as "CODE: message" in the CLI's language.
        const { assertStrongPassword, createAccount } = await import('../../modules/auth/index.ts');
        await assertStrongPassword(password, { username: opts.username });
        const role = (opts.role?.toUpperCase() ?? (opts.instansi ? 'ADMIN_INSTANSI' : 'SUPER_ADMIN')) as Role;
        if (!ROLES.includes(role)) throw new CliError(`--role: ${ROLES.join(' | ')}`);
        if (!opts.instansi && (role === 'ADMIN_INSTANSI' || role === 'ADMIN_UNIT'))
          throw new CliError(`${role} memerlukan --instansi / needs --instansi`);
        if (opts.instansi && role === 'SUPER_ADMIN')
          throw new CliError(
            'SUPER_ADMIN berlaku untuk semua instansi; hapus --instansi / SUPER_ADMIN is global; omit --instansi',
          );
        if (role === 'ADMIN_UNIT' && !opts.unit) throw new CliError('ADMIN_UNIT memerlukan --unit KODE / needs --unit');
        await withDatabase(async (database) => {
          const instansi = opts.instansi ? await resolveInstansi(database, opts.instansi) : null;
          let unitId: string | null = null;
          if (role === 'ADMIN_UNIT' && instansi) {
            unitId = await findUnitIdByKode(database.db, instansi.id, opts.unit as string);
            if (!unitId) throw new CliError(`Unit ${opts.unit} tidak ada di ${instansi.kode} / no such unit`);
          }
          const id = await createAccount(
            database,
            {
              username: opts.username,
              password,
              namaTampilan: opts.nama ?? opts.username,
              instansiId: instansi?.id ?? null,
              peran: [role],
              unitId,
              // The operator chose this password; it is not a generated one to be replaced.
              wajibGantiSandi: false,
            },
            { akunId: null, label: `cli (${process.env.USER ?? 'kinerja'})` },
          );
          console.log(`Akun ${opts.username} (${role}${instansi ? `, ${instansi.kode}` : ''}) dibuat / created: ${id}`);
        });
      },
    );

  admin
    .command('unlock')
    .description(
      'Membuka kunci akun setelah sandi salah berulang / unlock an account locked after repeated wrong passwords',
    )
    .requiredOption('-u, --username <username>', 'nama pengguna / username')
    .option(
      '-i, --instansi <kode>',
      'kode instansi; tanpa ini akun tingkat instalasi (super admin) / without it an install-level account (super admin)',
    )
    .addHelpText(
      'after',
      '\nAdmin instansi membuka kunci di halaman Akun pengguna; perintah ini untuk operator, mis. super admin yang terkunci.\n' +
        'Agency admins unlock on the Akun pengguna page; this command is for the operator, e.g. a locked super admin.\n\n' +
        'Contoh / examples:\n' +
        '  kinerja admin unlock --username root\n' +
        '  kinerja admin unlock --username 198609262015051001 --instansi KAB-SUKAMAJU',
    )
    .action(async (opts: { username: string; instansi?: string }) => {
      const { unlockAkunAsOperator } = await import('../../modules/akun/index.ts');
      await withDatabase(async (database) => {
        const instansi = opts.instansi ? await resolveInstansi(database, opts.instansi) : null;
        const done = await unlockAkunAsOperator(
          database,
          { instansiId: instansi?.id ?? null, username: opts.username },
          { label: `cli (${process.env.USER ?? 'kinerja'})` },
        );
        if (!done) {
          throw new CliError(
            `Akun ${opts.username} tidak ada${instansi ? ` di ${instansi.kode}` : ' (tingkat instalasi)'} / no such account${instansi ? ` in ${instansi.kode}` : ' (install level)'}`,
          );
        }
        console.log(
          done.wasLocked
            ? `Akun ${opts.username} dibuka kuncinya / unlocked: ${done.id}`
            : `Akun ${opts.username} tidak terkunci; hitungan sandi salah dihapus / was not locked; failure count cleared: ${done.id}`,
        );
      });
    });
}
