/**
 * Vite config of the web UI. Root is `web/`; the build goes to `<repo>/dist/web`, which the server
 * serves at `/` with an SPA fallback. In development (`npm run dev:web`) API calls are proxied to a
 * Kinerja server on port 3000 (override with KINERJA_API).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompressDirectory } from '../src/http/precompress.ts';

const api = process.env.KINERJA_API ?? 'http://localhost:3000';

/** Brotli and gzip copies of the built files, once per build; the server sends them as they are. */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'kinerja-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const r = precompressDirectory(outDir);
      const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
      this.info(`precompressed ${r.files} files: ${kb(r.bytes)} → brotli ${kb(r.brotliBytes)}, gzip ${kb(r.gzipBytes)}`);
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The chunk graph, for bench/frontend-size.bench.ts (bytes each page loads). Not served: the
    // static handler ignores dot folders.
    manifest: true,
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/healthz': { target: api, changeOrigin: false },
    },
  },
});
