/**
 * Removing a tenant's evidence files when its rows are deleted (the demo reset): the keys are read
 * before the rows go and the files removed only after the commit, so a failed reset removes nothing.
 */
import type { Database } from '../../db/client.ts';
import { fileStoreFor } from '../dokumen/index.ts';
import { fileKeysOf } from './bukti.repository.ts';

/** Reads the tenant's file keys now; the returned function removes those files (call it after the commit). */
export async function prepareTenantFileRemoval(database: Database, instansiId: string): Promise<() => Promise<void>> {
  const keys = await fileKeysOf(database.db, instansiId);
  return async () => {
    const store = fileStoreFor(database);
    for (const key of keys) await store.delete(key);
  };
}
