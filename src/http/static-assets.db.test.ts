/**
 * The web UI's files: precompressed copies sent as they are (never compressed twice), hashed assets
 * cached for a year, index.html (also as the SPA fallback) revalidated on every visit.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../test/db.ts';
import { buildApp } from './app.ts';
import { precompressDirectory } from './precompress.ts';

const database = useTestDatabase();
const IMMUTABLE = 'public, max-age=31536000, immutable';

let webDist = '';
const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `kata-${i}`))};\n`;
const html = `<!doctype html><html lang="id"><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div>${' '.repeat(2000)}</body></html>`;

beforeAll(() => {
  webDist = mkdtempSync(join(tmpdir(), 'kinerja-web-'));
  mkdirSync(join(webDist, 'assets'));
  mkdirSync(join(webDist, '.vite'));
  writeFileSync(join(webDist, 'index.html'), html);
  writeFileSync(join(webDist, 'assets', 'index-abc123.js'), script);
  writeFileSync(join(webDist, 'assets', 'tiny-def456.js'), 'export {};\n');
  writeFileSync(join(webDist, '.vite', 'manifest.json'), JSON.stringify({ big: 'x'.repeat(2000) }));
  const result = precompressDirectory(webDist);
  // index.html and the big script; not the tiny one, not build metadata.
  expect(result.files).toBe(2);
});
afterAll(() => rmSync(webDist, { recursive: true, force: true }));

describe('web UI files', () => {
  it('sends the brotli copy of a hashed asset to a browser that accepts it, cached for a year', async () => {
    const app = await buildApp(database(), { webDist });
    const res = await app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    // Decompressing once gives the file: it was not compressed a second time on the way out.
    expect(brotliDecompressSync(res.rawPayload).toString('utf8')).toBe(script);
  });

  it('sends the gzip copy to a browser without brotli and the plain file to one without either', async () => {
    const app = await buildApp(database(), { webDist });
    const zipped = await app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(script);
    expect(zipped.headers['cache-control']).toBe(IMMUTABLE);

    const plain = await app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('revalidates index.html on every visit, directly and as the fallback of an app path', async () => {
    const app = await buildApp(database(), { webDist });
    for (const url of ['/', '/index.html', '/skp/123', '/masuk?next=%2F']) {
      const res = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      const body =
        res.headers['content-encoding'] === 'br' ? brotliDecompressSync(res.rawPayload).toString() : res.body;
      expect(body, url).toBe(html);
    }
  });

  it('does not serve the build metadata and keeps API answers uncacheable', async () => {
    const app = await buildApp(database(), { webDist });
    const manifest = await app.inject({ url: '/.vite/manifest.json' });
    expect(manifest.headers['content-type']).not.toMatch(/json/);
    const api = await app.inject({ url: '/api/auth/me' });
    expect(api.headers['cache-control']).toBe('no-store');
  });
});
