/**
 * Which menu entry a page belongs to when its path alone does not say: /skp/:id is "SKP Saya" for
 * its owner but "SKP Bawahan" for the appraiser. The page names its entry while it is shown
 * (`useActiveNav`); the navbar reads it (`useActiveNavPath`) and falls back to the path.
 */
import { useEffect, useSyncExternalStore } from 'react';

let current: string | null = null;
const listeners = new Set<() => void>();

function set(path: string | null) {
  current = path;
  for (const l of listeners) l();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** The menu path a page asked for, or null. */
export function useActiveNavPath(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}

/** Marks `path`'s menu entry active while the calling page is mounted (null: by URL). */
export function useActiveNav(path: string | null): void {
  useEffect(() => {
    set(path);
    return () => set(null);
  }, [path]);
}
