/**
 * Removing a tenant's evidence files when its rows are deleted (the demo reset): the keys are read
 * before the rows go and the files removed after the commit, so a failed reset removes nothing.
 */
import type { Database } from '../../db/client.ts';
import { fileStoreFor } from '../dokumen/index.ts';
import { fileKeysOf } from './bukti.repository.ts';

/** Runs `deleteRows` and then removes the files the tenant's `berkas` rows named. */
export async function removeTenantFiles<T>(
  database: Database,
  instansiId: string,
  deleteRows: () => Promise<T>,
): Promise<T> {
  const keys = await fileKeysOf(database.db, instansiId);
  const result = await deleteRows();
  const store = fileStoreFor(database);
  for (const key of keys) await store.delete(key);
  return result;
}
