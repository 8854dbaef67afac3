/**
 * Demo credentials: the random passwords of the demo accounts, kept so the login page can show
 * them in demo mode only (decision 0202). Read by `src/modules/auth/demo-credentials.ts`.
 */
import { sql } from 'drizzle-orm';
import { bulkInsert, toColumns } from '../bulk.ts';
import type { Database } from '../client.ts';
import type { Executor } from '../tx.ts';

export interface DemoAccount {
  username: string;
  password: string;
  role: 'ADMIN_INSTANSI' | 'AUDITOR' | 'PEJABAT_PENILAI' | 'PEGAWAI' | 'GURU' | 'SUPER_ADMIN' | 'ADMIN_UNIT';
  /** Bilingual label shown on the login page. */
  label: string;
}

const COLUMNS = [
  { name: 'instansi_id', type: 'uuid' },
  { name: 'username', type: 'text' },
  { name: 'password_plain', type: 'text' },
  { name: 'label', type: 'text' },
] as const;

/** Replaces the stored demo credentials of one instansi (inside the caller's transaction if given). */
export async function saveDemoCredentials(
  target: Database | Executor,
  creds: { instansiId: string; accounts: readonly DemoAccount[] },
): Promise<void> {
  const exec: Executor = 'pool' in target ? target.db : target;
  await exec.execute(sql`delete from demo_credential where instansi_id = ${creds.instansiId}`);
  await bulkInsert(
    exec,
    'demo_credential',
    COLUMNS,
    toColumns(creds.accounts, COLUMNS, (a) => [creds.instansiId, a.username, a.password, a.label]),
  );
}
