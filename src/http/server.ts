/** Starts Kinerja: opens the database, migrates, optionally seeds the demo, and listens. */
import type { FastifyInstance } from 'fastify';
import { type Database, openDatabase } from '../db/client.ts';
import { refreshStatistics } from '../db/maintenance.ts';
import { runMigrations } from '../db/migrate.ts';
import { restrictUmask } from '../db/private-files.ts';
import { mulaiPenjadwalPengingat } from '../modules/dialog/index.ts';
import { fileStoreFor, LocalFileStore } from '../modules/dokumen/index.ts';
import { undoInterruptedImports } from '../modules/exchange/index.ts';
import { failAbandonedJobs, STALE_AFTER_MS } from '../modules/jobs/index.ts';
import { wireModules } from '../modules/wiring.ts';
import { buildApp } from './app.ts';
import { describeTrustProxy, parseTrustProxy, type TrustProxy } from './trust-proxy.ts';

export interface ServerOptions {
  port?: number;
  host?: string;
  /** Generate the demo government when the database has no instansi yet. */
  demoIfEmpty?: boolean;
  logger?: boolean;
  /** Trusted reverse proxies; default: KINERJA_TRUST_PROXY (src/http/trust-proxy.ts). */
  trustProxy?: TrustProxy;
}

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  close(): Promise<void>;
}

async function countInstansi(database: Database): Promise<number> {
  const res = await database.pool.query('select count(*)::int as n from instansi');
  return res.rows[0].n as number;
}

async function hasDemo(database: Database): Promise<boolean> {
  const res = await database.pool.query('select count(*)::int as n from instansi where is_demo');
  return res.rows[0].n > 0;
}

/**
 * Imports interrupted half-way on PGlite are undone, jobs whose process died are failed (with
 * their partial files removed), and `.part` files nobody
 * is writing any more are swept: on PGlite every one (the data-directory lock means no other
 * process runs), on PostgreSQL only those older than a job's staleness threshold (other nodes may
 * be writing theirs).
 */
async function endAbandonedWork(database: Database): Promise<void> {
  wireModules();
  await undoInterruptedImports(database);
  await failAbandonedJobs(database);
  const store = fileStoreFor(database);
  if (store instanceof LocalFileStore) {
    const removed = await store.sweepIncomplete(database.engine === 'pglite' ? 0 : STALE_AFTER_MS);
    if (removed) console.warn(`kinerja: ${removed} berkas .part dihapus / removed ${removed} leftover .part file(s)`);
  }
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  // A wrong setting stops the start before anything opens (InvalidTrustProxyError).
  const trustProxy = options.trustProxy ?? parseTrustProxy(process.env.KINERJA_TRUST_PROXY);
  // Everything the server creates is private to its user (src/db/private-files.ts).
  restrictUmask();
  const database = await openDatabase();
  try {
    await runMigrations(database);
    await endAbandonedWork(database);
    let generated = false;
    if (options.demoIfEmpty && (await countInstansi(database)) === 0) {
      const { generateDemo } = await import('../db/seed/demo.ts');
      const started = Date.now();
      console.log('Database kosong: membuat pemerintah daerah demo… / empty database: generating the demo government…');
      await generateDemo(database, {});
      generated = true;
      console.log(`Demo siap dalam ${((Date.now() - started) / 1000).toFixed(1)} s / demo ready`);
    }
    // PGlite has no autovacuum: refresh planner statistics at start (cheap) — see db/maintenance.ts.
    if (database.engine === 'pglite' || generated) await refreshStatistics(database);
    const isDemo = await hasDemo(database);
    const app = await buildApp(database, { isDemo, logger: options.logger ?? false, trustProxy });
    const port = options.port ?? Number(process.env.PORT ?? 3000);
    const host = options.host ?? process.env.HOST ?? '0.0.0.0';
    const url = await app.listen({ port, host });
    const shown = url.replace('0.0.0.0', 'localhost');
    console.log(`Kinerja berjalan di ${shown} (${database.describe})${isDemo ? ' — mode demo' : ''}`);
    if (trustProxy !== false) console.log(`Proxy tepercaya / trusted proxies: ${describeTrustProxy(trustProxy)}`);
    // Dialog reminders (day before, day itself) from this process; several processes may run it:
    // each reminder is claimed atomically. KINERJA_PENGINGAT_DIALOG=0 leaves it to cron
    // (`kinerja dialog pengingat`).
    const pengingat = process.env.KINERJA_PENGINGAT_DIALOG === '0' ? null : mulaiPenjadwalPengingat(database);
    const close = async () => {
      await pengingat?.stop();
      await app.close();
      await database.close();
    };
    return { app, database, url: shown, close };
  } catch (err) {
    await database.close();
    throw err;
  }
}
