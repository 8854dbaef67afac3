/** Code-split pages that can be fetched ahead of rendering (route-table.ts, App.tsx). */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/** A lazy page with `preload`: starts its download without rendering it. */
export type LazyPage = LazyExoticComponent<ComponentType> & { preload: () => Promise<unknown> };

/** `lazy`, plus `preload` with the same loader (one download: the browser caches the module). */
export function lazyPage(loader: () => Promise<{ default: ComponentType }>): LazyPage {
  return Object.assign(lazy(loader), { preload: loader });
}
