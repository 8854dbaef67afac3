/** Transaction types shared by repositories: an executor is the database or an open transaction. */
import type { Db } from './client.ts';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;
