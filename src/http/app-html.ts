/**
 * The web app's page (index.html, also the SPA fallback). For a request with a live session the
 * page carries the account — what GET /api/auth/me answers — as a JSON data block, so the app
 * renders the first screen and asks for its data without waiting for that request first (one
 * round trip less on a slow mobile connection; issue 9, Lighthouse). A data block is not a script
 * (CSP does not apply; nothing runs) and its JSON is escaped so no text in it can close the element.
 * That page is the caller's own: `private, no-store`, varying by cookie. Without a session the
 * static file goes out as before (precompressed, `no-cache`).
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

/** Sends the app page for `req`, with the account embedded when the session is live. */
export function appHtmlSender(webDist: string, database: Database) {
  let template: string | null = null;
  return async function sendAppHtml(req: FastifyRequest, reply: FastifyReply) {
    const me = await meOfPage(database, req.cookies[SESSION_COOKIE]);
    if (!me) return reply.sendFile('index.html');
    // Read once: the build is not replaced under a running server.
    template ??= readFileSync(join(webDist, 'index.html'), 'utf8');
    const block = `<script type="application/json" id="${EMBEDDED_ME_ID}">${jsonForHtml(me)}</script>`;
    const html = template.includes('<div id="root">')
      ? template.replace('<div id="root">', `${block}<div id="root">`)
      : template.replace('</body>', `${block}</body>`);
    return reply
      .header('cache-control', 'private, no-store')
      .header('vary', 'Cookie')
      .type('text/html; charset=utf-8')
      .send(html);
  };
}
