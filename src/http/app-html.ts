/**
 * The web app's page (index.html, also the SPA fallback). For a request with a live session the
 * page carries the account — what GET /api/auth/me answers — as a JSON data block, so the app
 * renders the first screen and asks for its data without waiting for that request first (one
 * round trip less on a slow mobile connection; issue 9, Lighthouse). A data block is not a script
 * (CSP does not apply; nothing runs) and its JSON is escaped so no text in it can close the element.
 * It also names, as modulepreload links, the chunks that page will load anyway — the app shell,
 * and the page itself for Home and the SKP editor (where logins and notification links land) — so
 * they download beside the entry script instead of after it has run. That page is the caller's
 * own: `private, no-store`, varying by cookie. Without a session the static file goes out as
 * before (precompressed, `no-cache`), and the login page loads nothing of the shell.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/client.ts';
import { meOfPage, SESSION_COOKIE } from '../modules/auth/index.ts';

/** Id of the data block the web app reads (web/src/api/auth.ts). */
export const EMBEDDED_ME_ID = 'kinerja-me';

/** JSON that stays data inside <script>: no `<`, `>`, `&` or line separators as themselves. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** Build-manifest key of the app shell, and of the page of a path worth preloading (else null). */
const SHELL = 'src/components/AppLayout.tsx';
function pageOf(pathname: string): string | null {
  if (pathname === '/') return 'src/features/beranda/HomePage.tsx';
  if (/^\/skp\/(?!bawahan$)[^/]+$/.test(pathname)) return 'src/features/skp/pages/SkpEditorPage.tsx';
  return null;
}

/**
 * The files a chunk imports statically, all the way down, minus what index.html loads already
 * (the entry and its imports); empty when the manifest or the key is missing (a dev build).
 */
export function chunkClosure(manifest: Record<string, ManifestChunk>, keys: string[]): string[] {
  const skip = new Set<string>();
  const entry = manifest['index.html'];
  for (const k of ['index.html', ...(entry?.imports ?? [])]) skip.add(k);
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || skip.has(key) || !manifest[key]) return;
    seen.add(key);
    out.push(`/${manifest[key].file}`);
    for (const i of manifest[key].imports ?? []) visit(i);
  };
  for (const k of keys) visit(k);
  return out;
}

function readManifest(webDist: string): Record<string, ManifestChunk> {
  try {
    return JSON.parse(readFileSync(join(webDist, '.vite', 'manifest.json'), 'utf8'));
  } catch {
    return {};
  }
}

/** Sends the app page for `req`, with the account embedded when the session is live. */
export function appHtmlSender(webDist: string, database: Database) {
  let template: string | null = null;
  let manifest: Record<string, ManifestChunk> | null = null;
  return async function sendAppHtml(req: FastifyRequest, reply: FastifyReply) {
    const me = await meOfPage(database, req.cookies[SESSION_COOKIE]);
    if (!me) return reply.sendFile('index.html');
    // Read once: the build is not replaced under a running server.
    template ??= readFileSync(join(webDist, 'index.html'), 'utf8');
    manifest ??= readManifest(webDist);
    const page = pageOf(new URL(req.url, 'http://x').pathname);
    const preload = chunkClosure(manifest, page ? [SHELL, page] : [SHELL])
      .map((href) => `<link rel="modulepreload" crossorigin href="${href}">`)
      .join('');
    const block = `<script type="application/json" id="${EMBEDDED_ME_ID}">${jsonForHtml(me)}</script>`;
    let html = template.replace('</head>', `${preload}</head>`);
    html = html.includes('<div id="root">')
      ? html.replace('<div id="root">', `${block}<div id="root">`)
      : html.replace('</body>', `${block}</body>`);
    return reply
      .header('cache-control', 'private, no-store')
      .header('vary', 'Cookie')
      .type('text/html; charset=utf-8')
      .send(html);
  };
}
