/** `kinerja migrate`: applies pending database migrations. */
import type { Command } from 'commander';
import type { Database } from '../../db/client.ts';
import { withDatabase } from '../context.ts';

async function appliedCount(database: Database): Promise<number> {
  try {
    const res = await database.pool.query('select count(*)::int as n from drizzle.__drizzle_migrations');
    return res.rows[0].n as number;
  } catch {
    return 0;
  }
}

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('Menerapkan migrasi database / apply database migrations')
    .action(async () => {
      // withDatabase migrates; count before and after through a second look at the journal.
      await withDatabase(async (database) => {
        console.log(`Database: ${database.describe}`);
        console.log(`Migrasi terpasang / migrations applied: ${await appliedCount(database)}`);
      });
    });
}
