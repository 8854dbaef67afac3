/**
 * Demo government generator: `generateDemo(database, { pegawai, seed })` plans a deterministic
 * regency (demo-plan.ts) and writes it with bulk `unnest` inserts in one transaction, together with
 * a few demo login accounts whose random passwords are stored for the demo-mode login page.
 *
 * Determinism: the same (seed, pegawai, kode, nama, referenceDate) gives the same rows, ids
 * included. Not deterministic on purpose: the demo passwords (crypto-random every time, never a
 * fixed default) and the created_at/updated_at timestamps (they say when the rows were written).
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { writeAudit } from '../../modules/audit/index.ts';
import { hashPassword } from '../../modules/auth/password.ts';
import { prepareTenantFileRemoval } from '../../modules/bukti/index.ts';
import { bulkInsert, toColumns } from '../bulk.ts';
import type { Database } from '../client.ts';
import type { Executor } from '../tx.ts';
import { generateBuktiDemo } from './bukti-demo.ts';
import { type DemoAccount, saveDemoCredentials } from './demo-credentials.ts';
import { DEMO_DEFAULTS, type DemoOptions, type DemoPlan, type DemoProblem, planDemo } from './demo-plan.ts';
import { generateDialogDemo } from './dialog-demo.ts';
import { generateEvaluasiDemo } from './evaluasi-demo.ts';
import { generateRealisasiDemo } from './pelaksanaan-realisasi-demo.ts';
import { Rng } from './prng.ts';
import { generateSkpDemo } from './skp-demo.ts';
import { generateUmpanBalikDemo } from './umpan-balik-demo.ts';

export type { DemoAccount } from './demo-credentials.ts';
export { saveDemoCredentials } from './demo-credentials.ts';
export { DEMO_DEFAULTS, type DemoProblem, planDemo } from './demo-plan.ts';

export interface GenerateDemoOptions extends Partial<DemoOptions> {
  /** Store the demo credentials for the login page in the same transaction (default true). */
  saveCredentials?: boolean;
  onProgress?: (p: { phase: string; processed: number; total: number }) => void;
}

export interface DemoResult {
  instansiId: string;
  kode: string;
  accounts: DemoAccount[];
  counts: { unit: number; jabatan: number; pegawai: number; penempatan: number };
  problems: DemoProblem[];
}

export class DemoExistsError extends Error {
  constructor(readonly kode: string) {
    super(
      `Instansi dengan kode ${kode} sudah ada; pakai --reset untuk membuat ulang demo. / ` +
        `An instansi with code ${kode} already exists; use --reset to regenerate the demo.`,
    );
  }
}

/** An easy-to-read random password: 3 groups of 5 from an alphabet without look-alikes (≈ 74 bits). */
export function randomDemoPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(15);
  let out = '';
  for (let i = 0; i < 15; i++) {
    if (i > 0 && i % 5 === 0) out += '-';
    out += alphabet[bytes[i] % alphabet.length];
  }
  return out;
}

const UNIT_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'instansi_id', type: 'uuid' },
  { name: 'parent_id', type: 'uuid' },
  { name: 'kode', type: 'text' },
  { name: 'nama', type: 'text' },
  { name: 'jenis', type: 'text' },
  { name: 'kepala_jabatan_id', type: 'uuid' },
  { name: 'path', type: 'text' },
  { name: 'depth', type: 'int4' },
];
const JABATAN_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'instansi_id', type: 'uuid' },
  { name: 'unit_id', type: 'uuid' },
  { name: 'kode', type: 'text' },
  { name: 'nama', type: 'text' },
  { name: 'jenis', type: 'text' },
  { name: 'jenjang', type: 'text' },
  { name: 'atasan_jabatan_id', type: 'uuid' },
  { name: 'kelas', type: 'int4' },
];
const PEGAWAI_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'instansi_id', type: 'uuid' },
  { name: 'nip', type: 'text' },
  { name: 'nama', type: 'text' },
  { name: 'gelar_depan', type: 'text' },
  { name: 'gelar_belakang', type: 'text' },
  { name: 'jenis_asn', type: 'text' },
  { name: 'golongan', type: 'text' },
  { name: 'tanggal_lahir', type: 'date' },
  { name: 'jenis_kelamin', type: 'text' },
  { name: 'email', type: 'text' },
  { name: 'telepon', type: 'text' },
];
const PENEMPATAN_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'instansi_id', type: 'uuid' },
  { name: 'pegawai_id', type: 'uuid' },
  { name: 'jabatan_id', type: 'uuid' },
  { name: 'jenis', type: 'text' },
  { name: 'mulai', type: 'date' },
  { name: 'selesai', type: 'date' },
  { name: 'nomor_sk', type: 'text' },
];

/** Writes the planned rows (everything but accounts). */
async function insertPlan(tx: Executor, plan: DemoPlan, onProgress: GenerateDemoOptions['onProgress']): Promise<void> {
  const iid = plan.instansi.id;
  const i = plan.instansi;
  await tx.execute(
    sql`insert into instansi (id, kode, nama, jenis, jabatan_pimpinan, nama_pimpinan, is_demo)
        values (${iid}, ${i.kode}, ${i.nama}, ${i.jenis}, ${i.jabatanPimpinan}, ${i.namaPimpinan}, true)`,
  );
  const total = plan.units.length + plan.jabatan.length + plan.pegawai.length + plan.penempatan.length;
  let base = 0;
  const step = (phase: string) => (done: number) => onProgress?.({ phase, processed: base + done, total });
  await bulkInsert(
    tx,
    'unit_organisasi',
    UNIT_COLUMNS,
    toColumns(plan.units, UNIT_COLUMNS, (u) => [
      u.id,
      iid,
      u.parentId,
      u.kode,
      u.nama,
      u.jenis,
      u.kepalaJabatanId,
      u.path,
      u.depth,
    ]),
    { onChunk: step('unit') },
  );
  base += plan.units.length;
  await bulkInsert(
    tx,
    'jabatan',
    JABATAN_COLUMNS,
    toColumns(plan.jabatan, JABATAN_COLUMNS, (j) => [
      j.id,
      iid,
      j.unitId,
      j.kode,
      j.nama,
      j.jenis,
      j.jenjang,
      j.atasanJabatanId,
      j.kelas,
    ]),
    { onChunk: step('jabatan') },
  );
  base += plan.jabatan.length;
  await bulkInsert(
    tx,
    'pegawai',
    PEGAWAI_COLUMNS,
    toColumns(plan.pegawai, PEGAWAI_COLUMNS, (p) => [
      p.id,
      iid,
      p.nip,
      p.nama,
      p.gelarDepan,
      p.gelarBelakang,
      p.jenisAsn,
      p.golongan,
      p.tanggalLahir,
      p.jenisKelamin,
      p.email,
      p.telepon,
    ]),
    { onChunk: step('pegawai') },
  );
  base += plan.pegawai.length;
  await bulkInsert(
    tx,
    'penempatan',
    PENEMPATAN_COLUMNS,
    toColumns(plan.penempatan, PENEMPATAN_COLUMNS, (p) => [
      p.id,
      iid,
      p.pegawaiId,
      p.jabatanId,
      p.jenis,
      p.mulai,
      p.selesai,
      p.nomorSk,
    ]),
    { onChunk: step('penempatan') },
  );
}

interface AccountPlan {
  id: string;
  account: DemoAccount;
  namaTampilan: string;
  pegawaiId: string | null;
  peran: string | null;
  /** The unit an ADMIN_UNIT administers (with its subtree). */
  unitId?: string;
}

function planAccounts(plan: DemoPlan, seed: number | string): AccountPlan[] {
  const ids = new Rng(`kinerja-demo-akun|${seed}|${plan.instansi.kode}`);
  const slug = plan.instansi.kode.toLowerCase();
  const full = (p: DemoPlan['pegawai'][number]) =>
    [p.gelarDepan, p.nama].filter(Boolean).join(' ') + (p.gelarBelakang ? `, ${p.gelarBelakang}` : '');
  const { opdHead, staff, appraiser, guru, opdHeadUnit } = plan.picks;
  // Labels say who appraises whom, so the journey submit → return → set can be tried alone.
  const appraiserName = appraiser ? full(appraiser) : full(opdHead);
  const headLabel = appraiser
    ? `Kepala OPD — atasan pejabat penilai (${opdHeadUnit.nama}): menilai ${full(appraiser)} / ` +
      `Head of agency unit — appraiser's superior (${opdHeadUnit.nama}): appraises ${full(appraiser)}`
    : `Kepala OPD — pejabat penilai (${opdHeadUnit.nama}) / Head of agency unit — appraiser`;
  const accounts: AccountPlan[] = [
    {
      id: ids.uuid(),
      account: {
        username: `admin.${slug}`,
        password: '',
        role: 'ADMIN_INSTANSI',
        label: 'Admin instansi / Agency administrator',
      },
      namaTampilan: `Admin ${plan.instansi.nama}`,
      pegawaiId: null,
      peran: 'ADMIN_INSTANSI',
    },
    {
      id: ids.uuid(),
      account: {
        username: opdHead.nip,
        password: '',
        role: 'PEJABAT_PENILAI',
        label: headLabel,
      },
      namaTampilan: full(opdHead),
      pegawaiId: opdHead.id,
      peran: null,
    },
    {
      id: ids.uuid(),
      account: {
        username: staff.nip,
        password: '',
        role: 'PEGAWAI',
        label: `Pegawai pelaksana — dinilai oleh ${appraiserName} / Staff employee — appraised by ${appraiserName}`,
      },
      namaTampilan: full(staff),
      pegawaiId: staff.id,
      peran: null,
    },
    {
      id: ids.uuid(),
      account: { username: guru.nip, password: '', role: 'GURU', label: 'Guru / Teacher' },
      namaTampilan: full(guru),
      pegawaiId: guru.id,
      peran: null,
    },
    {
      id: ids.uuid(),
      account: {
        username: `auditor.${slug}`,
        password: '',
        role: 'AUDITOR',
        label: 'Auditor (hanya baca) / Auditor (read-only)',
      },
      namaTampilan: `Auditor ${plan.instansi.nama}`,
      pegawaiId: null,
      peran: 'AUDITOR',
    },
    // Last, so the ids drawn above stay as they were. Without a home tenant (it picks one, like any
    // super admin), so trying Kinerja covers adding an agency and importing its organisation.
    {
      id: ids.uuid(),
      account: {
        username: `super.${slug}`,
        password: '',
        role: 'SUPER_ADMIN',
        label: 'Super admin (semua instansi; tambah instansi) / Super admin (all agencies; add an agency)',
      },
      namaTampilan: 'Super admin (demo)',
      pegawaiId: null,
      peran: 'SUPER_ADMIN',
    },
    // The administrator of the OPD the demo head leads: unit-scoped rights to probe (their subtree only).
    {
      id: ids.uuid(),
      account: {
        username: `adminunit.${slug}`,
        password: '',
        role: 'ADMIN_UNIT',
        label: `Admin unit (${opdHeadUnit.nama}) / Unit administrator`,
      },
      namaTampilan: `Admin ${opdHeadUnit.nama}`,
      pegawaiId: null,
      peran: 'ADMIN_UNIT',
      unitId: opdHeadUnit.id,
    },
  ];
  // The staff member's own appraiser (a unit head under the OPD head), last so earlier ids stay.
  if (appraiser) {
    accounts.push({
      id: ids.uuid(),
      account: {
        username: appraiser.nip,
        password: '',
        role: 'PEJABAT_PENILAI',
        label:
          `Pejabat penilai — menilai ${full(staff)}; dinilai oleh ${full(opdHead)} / ` +
          `Appraiser — appraises ${full(staff)}; appraised by ${full(opdHead)}`,
      },
      namaTampilan: full(appraiser),
      pegawaiId: appraiser.id,
      peran: null,
    });
  }
  return accounts;
}

/** A super admin belongs to no tenant: its account and role rows carry no instansi. */
const tenantOf = (a: AccountPlan, instansiId: string) => (a.peran === 'SUPER_ADMIN' ? null : instansiId);

/**
 * Generates the demo government (default 7,700 pegawai, seed 1, kode DEMO) in one transaction and
 * returns the demo accounts with their plain passwords.
 */
export async function generateDemo(database: Database, options: GenerateDemoOptions = {}): Promise<DemoResult> {
  const opts: DemoOptions = {
    pegawai: options.pegawai ?? 7700,
    seed: options.seed ?? 1,
    kode: options.kode ?? DEMO_DEFAULTS.kode,
    nama: options.nama ?? DEMO_DEFAULTS.nama,
    referenceDate: options.referenceDate ?? DEMO_DEFAULTS.referenceDate,
  };
  const kode = opts.kode as string;
  const exists = await database.pool.query('select 1 from instansi where kode = $1', [kode]);
  if (exists.rowCount) throw new DemoExistsError(kode);

  options.onProgress?.({ phase: 'plan', processed: 0, total: opts.pegawai });
  const plan = planDemo(opts);
  const accounts = planAccounts(plan, opts.seed);
  for (const a of accounts) a.account.password = randomDemoPassword();
  const hashes = await Promise.all(accounts.map((a) => hashPassword(a.account.password)));

  await database.db.transaction(async (tx) => {
    await insertPlan(tx, plan, options.onProgress);
    const iid = plan.instansi.id;
    const akunCols = [
      { name: 'id', type: 'uuid' },
      { name: 'instansi_id', type: 'uuid' },
      { name: 'username', type: 'text' },
      { name: 'password_hash', type: 'text' },
      { name: 'pegawai_id', type: 'uuid' },
      { name: 'nama_tampilan', type: 'text' },
      { name: 'is_demo', type: 'bool' },
    ];
    await bulkInsert(
      tx,
      'akun',
      akunCols,
      toColumns(accounts, akunCols, (a) => [
        a.id,
        tenantOf(a, iid),
        a.account.username,
        hashes[accounts.indexOf(a)],
        a.pegawaiId,
        a.namaTampilan,
        true,
      ]),
    );
    const roles = accounts.filter((a) => a.peran);
    const peranCols = [
      { name: 'akun_id', type: 'uuid' },
      { name: 'peran', type: 'text' },
      { name: 'instansi_id', type: 'uuid' },
      { name: 'unit_id', type: 'uuid' },
    ];
    await bulkInsert(
      tx,
      'akun_peran',
      peranCols,
      toColumns(roles, peranCols, (a) => [a.id, a.peran, tenantOf(a, iid), a.unitId ?? null]),
    );
    if (options.saveCredentials ?? true) {
      await saveDemoCredentials(tx, { instansiId: iid, accounts: accounts.map((a) => a.account) });
    }
    await writeAudit(tx, {
      instansiId: iid,
      akunId: null,
      actorLabel: 'kinerja demo',
      action: 'demo.generate',
      entity: 'instansi',
      entityId: iid,
      after: {
        seed: opts.seed,
        pegawai: plan.pegawai.length,
        unit: plan.units.length,
        jabatan: plan.jabatan.length,
        penempatan: plan.penempatan.length,
        akun: accounts.map((a) => a.account.username),
      },
    });
  });
  // The organisation, people and accounts are committed; what follows (SKP plans) is timed apart.
  options.onProgress?.({ phase: 'committed', processed: plan.pegawai.length, total: plan.pegawai.length });
  await generateSkpDemo(database, {
    instansiId: plan.instansi.id,
    tahun: Number((opts.referenceDate ?? DEMO_DEFAULTS.referenceDate).slice(0, 4)),
    seed: opts.seed,
  });
  await generateRealisasiDemo(database, {
    instansiId: plan.instansi.id,
    tahun: Number((opts.referenceDate ?? DEMO_DEFAULTS.referenceDate).slice(0, 4)),
  });
  await generateBuktiDemo(database, {
    instansiId: plan.instansi.id,
    tahun: Number((opts.referenceDate ?? DEMO_DEFAULTS.referenceDate).slice(0, 4)),
  });
  await generateUmpanBalikDemo(database, {
    instansiId: plan.instansi.id,
    tahun: Number((opts.referenceDate ?? DEMO_DEFAULTS.referenceDate).slice(0, 4)),
    seed: opts.seed,
  });
  await generateDialogDemo(database, {
    instansiId: plan.instansi.id,
    tahun: Number((opts.referenceDate ?? DEMO_DEFAULTS.referenceDate).slice(0, 4)),
    seed: opts.seed,
  });
  options.onProgress?.({ phase: 'evaluasi', processed: plan.pegawai.length, total: plan.pegawai.length });
  await generateEvaluasiDemo(database, {
    instansiId: plan.instansi.id,
    tahun: Number((opts.referenceDate ?? DEMO_DEFAULTS.referenceDate).slice(0, 4)),
    seed: opts.seed,
  });
  options.onProgress?.({ phase: 'done', processed: plan.pegawai.length, total: plan.pegawai.length });
  return {
    instansiId: plan.instansi.id,
    kode,
    accounts: accounts.map((a) => a.account),
    counts: {
      unit: plan.units.length,
      jabatan: plan.jabatan.length,
      pegawai: plan.pegawai.length,
      penempatan: plan.penempatan.length,
    },
    problems: plan.problems,
  };
}

/**
 * Deletes a demo instansi and everything scoped to it (every table with an `instansi_id` column,
 * plus the accounts' sessions and roles). Refuses a non-demo instansi. Returns false when absent.
 */
export async function deleteDemoInstansi(database: Database, kode: string): Promise<boolean> {
  const found = await database.pool.query('select id, is_demo from instansi where kode = $1', [kode]);
  if (!found.rowCount) return false;
  const { id, is_demo: isDemo } = found.rows[0] as { id: string; is_demo: boolean };
  if (!isDemo) {
    throw new Error(
      `Instansi ${kode} bukan data demo; tidak dihapus. / Instansi ${kode} is not demo data; refusing to delete it.`,
    );
  }
  // Evidence files are not rows: their keys are read now and the files removed after the commit.
  const removeFiles = await prepareTenantFileRemoval(database, id);
  await database.db.transaction(async (tx) => {
    // The demo's accounts: those of the tenant, and its super admin, which has no tenant but is
    // named in the demo's credentials (only generateDemo writes that table).
    const demoAkun = sql`select id from akun where instansi_id = ${id}
      union select a.id from akun a join demo_credential c on c.username = a.username
       where c.instansi_id = ${id} and a.instansi_id is null and a.is_demo`;
    await tx.execute(sql`delete from sesi where akun_id in (${demoAkun})`);
    await tx.execute(sql`delete from akun_peran where akun_id in (${demoAkun})`);
    await tx.execute(sql`delete from akun where id in (
      select a.id from akun a join demo_credential c on c.username = a.username
       where c.instansi_id = ${id} and a.instansi_id is null and a.is_demo)`);
    const tables = await tx.execute<{ table_name: string }>(
      sql`select distinct table_name from information_schema.columns
          where column_name = 'instansi_id' and table_schema = current_schema() and table_name <> 'instansi'
          order by table_name`,
    );
    // Tables added later may reference each other: retry the ones a foreign key blocks.
    let pending = tables.rows.map((r) => r.table_name);
    for (let pass = 0; pending.length > 0 && pass <= pending.length; pass++) {
      const failed: string[] = [];
      for (const table of pending) {
        await tx.execute(sql`savepoint demo_reset`);
        try {
          await tx.execute(sql`delete from ${sql.raw(`"${table}"`)} where instansi_id = ${id}`);
          await tx.execute(sql`release savepoint demo_reset`);
        } catch {
          await tx.execute(sql`rollback to savepoint demo_reset`);
          failed.push(table);
        }
      }
      pending = failed;
    }
    if (pending.length) throw new Error(`cannot delete demo data from: ${pending.join(', ')}`);
    await tx.execute(sql`delete from instansi where id = ${id}`);
    await writeAudit(tx, {
      instansiId: null,
      akunId: null,
      actorLabel: 'kinerja demo',
      action: 'demo.reset',
      entity: 'instansi',
      entityId: id,
      before: { kode },
    });
  });
  await removeFiles();
  return true;
}
