/**
 * Brotli and gzip copies of the web UI's built files, made once at build time (web/vite.config.ts
 * calls this after writing dist/web) so that the server sends them without compressing per request:
 * @fastify/static's `preCompressed` picks `x.js.br` or `x.js.gz` by the request's Accept-Encoding,
 * and the on-the-fly @fastify/compress leaves an answer that already has a Content-Encoding alone.
 * Highest settings (brotli quality 11, gzip level 9): the cost is paid once per build, not per
 * request, and every visitor on a phone gets the smaller file.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text formats worth compressing; images and fonts in other formats are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.map']);
/** Below this size the headers cost more than compression saves (the same threshold as @fastify/compress). */
const MIN_BYTES = 1024;

export interface PrecompressResult {
  /** Files that got .br and .gz copies. */
  files: number;
  bytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** Writes `<file>.br` and `<file>.gz` beside every compressible file under `dir` (recursively). */
export function precompressDirectory(dir: string): PrecompressResult {
  const result: PrecompressResult = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      if (name.startsWith('.')) continue; // .vite/manifest.json: build metadata, not served
      const sub = precompressDirectory(path);
      result.files += sub.files;
      result.bytes += sub.bytes;
      result.brotliBytes += sub.brotliBytes;
      result.gzipBytes += sub.gzipBytes;
      continue;
    }
    if (!COMPRESSIBLE.has(extname(name)) || stat.size < MIN_BYTES) continue;
    const bytes = readFileSync(path);
    const brotli = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    const gzip = gzipSync(bytes, { level: 9 });
    writeFileSync(`${path}.br`, brotli);
    writeFileSync(`${path}.gz`, gzip);
    result.files += 1;
    result.bytes += bytes.length;
    result.brotliBytes += brotli.length;
    result.gzipBytes += gzip.length;
  }
  return result;
}

/** Cache-Control of a file of the web UI: hashed assets never change under their name; the rest is revalidated. */
export function webCacheControl(path: string): string {
  return /[/\\]assets[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
