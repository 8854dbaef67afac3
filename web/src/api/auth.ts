/** Session queries and mutations: the current account, login, logout, password, demo accounts. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { currentLanguage, hasChosenLanguage, type Language, switchLanguage } from '../i18n/index.ts';
import { ApiError, api } from './client.ts';
import type { DemoAccounts, Instansi, Me } from './types.ts';

export const meKey = ['me'] as const;

/** Forgets every cached query except the account (whose observers must keep their query). */
function forgetOtherQueries(qc: ReturnType<typeof useQueryClient>) {
  qc.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] && q.queryKey[0] !== 'demo-accounts' });
}

/**
 * The account the server put in the page (src/http/app-html.ts) for a live session: the app starts
 * with it instead of asking GET /api/auth/me first. Taken once — a later query (after logout, say)
 * asks the server. main.tsx takes it before the first render to start the first screen's data.
 */
export function takeEmbeddedMe(): Me | undefined {
  const el = document.getElementById('kinerja-me');
  if (!el) return undefined;
  el.remove();
  try {
    return JSON.parse(el.textContent ?? '') as Me;
  } catch {
    return undefined;
  }
}

/** The logged-in account, or null when nobody is logged in. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    initialData: takeEmbeddedMe,
    queryFn: async () => {
      try {
        return await api<Me>('/api/auth/me');
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/**
 * Records the language on the account, which is what emails to this person are written in. Best
 * effort: the UI has switched already, and a failure here must not read as a failed switch.
 */
export async function saveAccountLanguage(qc: ReturnType<typeof useQueryClient>, bahasa: Language) {
  const me = qc.getQueryData<Me | null>(meKey);
  if (!me || me.bahasa === bahasa) return;
  try {
    await api<{ ok: true }>('/api/auth/bahasa', { method: 'PUT', body: { bahasa } });
    qc.setQueryData<Me | null>(meKey, (m) => (m ? { ...m, bahasa } : m));
  } catch {
    // kept for the next switch or login
  }
}

/**
 * After login the account and this browser agree on a language: a choice made here (on the login
 * page or earlier) is recorded on the account; with none, the account's own choice is shown.
 */
async function alignLanguage(qc: ReturnType<typeof useQueryClient>, me: Me) {
  if (hasChosenLanguage()) await saveAccountLanguage(qc, currentLanguage());
  else if (me.bahasa === 'en' && currentLanguage() !== 'en') await switchLanguage('en');
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string; instansi?: string | null }) =>
      api<Me>('/api/auth/login', { method: 'POST', body }),
    onSuccess: (me) => {
      forgetOtherQueries(qc);
      qc.setQueryData(meKey, me);
      void alignLanguage(qc, me);
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ ok: true }>('/api/auth/logout', { method: 'POST' }),
    onSettled: () => {
      qc.setQueryData(meKey, null);
      forgetOtherQueries(qc);
    },
  });
}

/** Changes the password; a pending forced change (one-time password) is done afterwards. */
export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api<{ ok: true }>('/api/auth/password', { method: 'POST', body }),
    onSuccess: () => qc.setQueryData<Me | null>(meKey, (me) => (me ? { ...me, wajibGantiSandi: false } : me)),
  });
}

/** The API answered AUTH.GANTI_SANDI_WAJIB: the account still has a one-time password to replace. */
export const GANTI_SANDI_WAJIB = 'AUTH.GANTI_SANDI_WAJIB';

/** Where the app sends an account that must replace its one-time password first. */
export function gantiSandiPath(next: string): string {
  return next && next !== '/' ? `/ganti-sandi?next=${encodeURIComponent(next)}` : '/ganti-sandi';
}

/** Demo credentials (an empty list outside demo mode). */
export function useDemoAccounts() {
  return useQuery({
    queryKey: ['demo-accounts'],
    queryFn: () => api<DemoAccounts>('/api/auth/demo-accounts'),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** The tenants the caller may open (used by the super admin's instansi picker). */
export function useInstansiList(enabled: boolean) {
  return useQuery({
    queryKey: ['instansi'],
    queryFn: () => api<Instansi[]>('/api/instansi'),
    enabled,
    staleTime: 5 * 60_000,
  });
}
