/**
 * The product as `kinerja serve` runs it (startServer: migrations checked, request logging on),
 * on DATABASE_URL, on a free loopback port; tells its parent the URL over IPC. Its log goes to the
 * file the parent gave it as stdout, as a service's log goes to its journal.
 */
import { startServer } from '../../src/http/server.ts';

const server = await startServer({ port: 0, host: '127.0.0.1', logger: true });
process.send?.({ url: server.url.replace('localhost', '127.0.0.1') });
process.on('disconnect', () => {
  void server.close().finally(() => process.exit(0));
});
