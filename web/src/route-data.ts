/**
 * The data of the first screen starts loading as soon as the session is known, beside the page's
 * chunk, instead of after the page has rendered and asked for it: one round trip less before Home
 * or the SKP editor shows its content on a slow connection (issue 9, Lighthouse on a mobile
 * profile). The keys and fetchers are the pages' own, so the page finds the answer in the cache.
 * Only accounts of one tenant: a super admin's instansi is chosen in the shell. With the account
 * embedded in the page, main.tsx calls this before the chunks are asked for (first in the browser's
 * queue); otherwise App.tsx calls it once GET /api/auth/me has answered.
 */
import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router-dom';
import type { Me } from './api/types.ts';
import { berandaQuery } from './features/beranda/api.ts';
import { kunciDariUrl, papanQuery } from './features/kalibrasi/api.ts';
import { skpQuery } from './features/skp/api/skp.ts';

export function prefetchFirstScreenData(qc: QueryClient, me: Me, pathname: string): void {
  const iid = me.instansi?.id;
  if (!iid || me.wajibGantiSandi) return;
  if (pathname === '/') {
    void qc.prefetchQuery(berandaQuery(iid));
    return;
  }
  if (pathname === '/kalibrasi') {
    const k = kunciDariUrl(new URLSearchParams(window.location.search));
    if (k) void qc.prefetchQuery(papanQuery(iid, k));
    return;
  }
  const skp = matchPath('/skp/:skpId', pathname);
  if (skp?.params.skpId && skp.params.skpId !== 'bawahan') void qc.prefetchQuery(skpQuery(iid, skp.params.skpId));
}
