/** `kinerja instansi create|list`: the tenants of this install (the operator's acts, audited). */
import type { Command } from 'commander';
import {
  createInstansi,
  INSTANSI_PIMPINAN_BAWAAN,
  invalidInstansiKode,
  listAllInstansi,
} from '../../modules/org/index.ts';
import { JENIS_INSTANSI, ZCreateInstansi } from '../../modules/org/org.schema.ts';
import { CliError, printTable, withDatabase } from '../context.ts';

export function registerInstansi(program: Command): void {
  const cmd = program.command('instansi').description('Instansi (tenant) pada instalasi ini / tenants of this install');
  cmd
    .command('create')
    .description('Membuat instansi kosong / create an empty instansi')
    .requiredOption('-k, --kode <kode>', 'kode unik dan tetap, mis. KAB-SUKAMAJU / unique permanent code')
    .requiredOption('-n, --nama <nama>', 'nama, mis. "Pemerintah Kabupaten Sukamaju"')
    .requiredOption('-j, --jenis <jenis>', JENIS_INSTANSI.join(' | '))
    .option(
      '--pimpinan <jabatan>',
      `jabatan kepala pemerintahan (bawaan: ${Object.entries(INSTANSI_PIMPINAN_BAWAAN)
        .map(([k, v]) => `${k} → ${v}`)
        .join(', ')})`,
    )
    .option('--nama-pimpinan <nama>', 'nama kepala pemerintahan / name of the head of government')
    .addHelpText(
      'after',
      '\nLangkah berikutnya / next steps:\n' +
        '  kinerja import organisasi.xlsx --instansi KODE     (unit teratas berkas menjadi akar / the top unit becomes the root)\n' +
        '  kinerja admin create --username admin.bkpsdm --password-stdin --instansi KODE\n' +
        '  kinerja akun massal --instansi KODE --output akun.xlsx',
    )
    .action(async (opts: { kode: string; nama: string; jenis: string; pimpinan?: string; namaPimpinan?: string }) => {
      const parsed = ZCreateInstansi.safeParse({
        kode: opts.kode,
        nama: opts.nama,
        jenis: opts.jenis.toUpperCase(),
        jabatanPimpinan: opts.pimpinan,
        namaPimpinan: opts.namaPimpinan,
      });
      const badKode = invalidInstansiKode(opts.kode);
      if (!parsed.success || badKode) {
        const lines = (parsed.error?.issues ?? []).map((i) => `  --${flagOf(i.path)}: ${i.message}`);
        if (badKode) lines.unshift(`  --kode: ${badKode.id} / ${badKode.en}`);
        throw new CliError(`Isian tidak valid / invalid input:\n${lines.join('\n')}`);
      }
      await withDatabase(async (database) => {
        const row = await createInstansi(database, parsed.data, {
          akunId: null,
          label: `cli (${process.env.USER ?? 'kinerja'})`,
        });
        console.log(
          `Instansi ${row.kode} "${row.nama}" (${row.jenis}, pimpinan: ${row.jabatanPimpinan}) dibuat / created: ${row.id}`,
        );
      });
    });
  cmd
    .command('list')
    .description('Daftar instansi / list the tenants')
    .action(async () => {
      await withDatabase(async (database) => {
        const rows = await listAllInstansi(database.db);
        if (!rows.length) {
          console.log('Belum ada instansi / no instansi yet: kinerja instansi create --help');
          return;
        }
        printTable(
          ['KODE', 'NAMA', 'JENIS', 'PIMPINAN', 'DEMO', 'ID'],
          rows.map((r) => [r.kode, r.nama, r.jenis, r.jabatanPimpinan, r.isDemo ? 'ya' : '', r.id]),
        );
      });
    });
}

const FLAGS: Record<string, string> = { jabatanPimpinan: 'pimpinan', namaPimpinan: 'nama-pimpinan' };
function flagOf(path: readonly PropertyKey[]): string {
  const key = String(path[0] ?? '');
  return FLAGS[key] ?? key;
}
