/** Code-split pages that can be fetched ahead of rendering (route-table.ts, App.tsx). */
import { type ComponentType, createElement, lazy } from 'react';

/** A code-split page with `preload`: starts its download without rendering it. */
export type LazyPage = ComponentType & { preload: () => Promise<unknown> };

/**
 * `lazy`, plus `preload` with the same loader (one download: the browser caches the module). Once
 * the module is in, the page renders it directly instead of through `lazy`: a `lazy` rendered for
 * the first time suspends even when its chunk is loaded (the import answers a tick later), and a
 * loader committed in its place makes React hold the page back for 300 ms (its Suspense throttle) —
 * the first screen after a preload (App.tsx) appeared ~0.3 s after its chunks were in.
 */
export function lazyPage(loader: () => Promise<{ default: ComponentType }>): LazyPage {
  let loaded: ComponentType | null = null;
  let loading: Promise<{ default: ComponentType }> | null = null;
  const load = () => {
    loading ??= loader().then(
      (m) => {
        loaded = m.default;
        return m;
      },
      (err: unknown) => {
        loading = null;
        throw err;
      },
    );
    return loading;
  };
  const Lazy = lazy(load);
  const Page = () => createElement(loaded ?? Lazy);
  return Object.assign(Page, { preload: load });
}
