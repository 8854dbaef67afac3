/**
 * The account behind a page request (the web app's HTML, not the API): what GET /api/auth/me would
 * answer for its session cookie, so the page can carry it and the app starts without that round
 * trip (src/http/app-html.ts). Null when there is no live session, and for an account that must
 * replace a one-time password first (the app asks /api/auth/me and goes to the password screen).
 */
import type { Database } from '../../db/client.ts';
import { describeMe } from './auth.routes.ts';
import type { TMe } from './auth.schema.ts';
import { resolveSessionState } from './auth.service.ts';

export async function meOfPage(database: Database, token: string | undefined): Promise<TMe | null> {
  if (!token) return null;
  const state = await resolveSessionState(database, token);
  if (!state || state.wajibGantiSandi) return null;
  return describeMe(database, state.actor);
}
