// Runs embedded PGlite off the HTTP thread (architecture.md §1): a worker thread owns the
// PGlite instance and serves the PostgreSQL wire protocol on a private unix socket, so the
// application always talks through node-postgres, whichever engine is behind it.
// Plain JavaScript on purpose: worker threads cannot load TypeScript without a loader.
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const { dataDir, socketPath, templatePath } = workerData;

async function start() {
  // pg_trgm: the trigram indexes of the pegawai search (PostgreSQL ships it as a contrib module).
  const options = { extensions: { pg_trgm } };
  if (templatePath) {
    const bytes = await readFile(templatePath);
    options.loadDataDir = new Blob([bytes]);
  }
  const db = await PGlite.create(dataDir ?? 'memory://', options);
  // maxConnections 1: PGlite is one backend; the pg pool in front of it has size 1 as well, so
  // transactions are never interleaved by the socket multiplexer.
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 1 });
  await server.start();
  parentPort.on('message', async (msg) => {
    if (msg?.type === 'dump') {
      const file = await db.dumpDataDir('gzip');
      const buf = Buffer.from(await file.arrayBuffer());
      parentPort.postMessage({ type: 'dumped', id: msg.id, bytes: buf });
    }
    if (msg?.type === 'close') {
      await server.stop();
      await db.close();
      parentPort.postMessage({ type: 'closed' });
    }
  });
  parentPort.postMessage({ type: 'ready' });
}

start().catch((err) => {
  parentPort.postMessage({ type: 'error', message: String(err?.stack ?? err) });
});
