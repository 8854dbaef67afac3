/** `kinerja serve`: starts the HTTP server (src/http/server.ts). */
import type { Command } from 'commander';
import { DataDirLockedError } from '../../db/client.ts';
import { CliError, EXIT } from '../context.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Menjalankan server web dan API / run the web server and API')
    .option('-p, --port <port>', 'port (bawaan PORT atau 3000)', (v) => Number.parseInt(v, 10))
    .option('-H, --host <host>', 'alamat dengar (bawaan HOST atau 0.0.0.0)')
    .option('--demo-if-empty', 'buat pemerintah daerah demo bila database kosong / generate the demo when empty')
    .action(async (opts: { port?: number; host?: string; demoIfEmpty?: boolean }) => {
      const { startServer } = await import('../../http/server.ts');
      const { InvalidTrustProxyError } = await import('../../http/trust-proxy.ts');
      let server: Awaited<ReturnType<typeof startServer>>;
      try {
        server = await startServer({ port: opts.port, host: opts.host, demoIfEmpty: !!opts.demoIfEmpty, logger: true });
      } catch (err) {
        if (err instanceof DataDirLockedError) throw new CliError(err.message, EXIT.BUSY);
        if (err instanceof InvalidTrustProxyError) throw new CliError(err.message);
        throw err;
      }
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
