/** Formatting helpers shared by the pages: NIP grouping, names with gelar, dates in the UI language. */
import { formatNip as formatNipDomain, normalizeNip } from '../../../src/domain/nip.ts';
import { currentLanguage } from '../i18n/index.ts';

/** NIP in its printed grouping (PNS 8-6-1-3, PPPK 8-4-2-1-3); anything else unchanged. */
export function formatNip(nip: string, jenisAsn?: string | null): string {
  const n = normalizeNip(nip);
  if (!/^\d{18}$/.test(n)) return nip;
  return formatNipDomain(n, jenisAsn === 'PPPK' ? 'PPPK' : 'PNS');
}

/** "Dr. Siti Aminah, S.Kom., M.T." from the name and its front/back titles. */
export function namaLengkap(p: { nama: string; gelarDepan?: string | null; gelarBelakang?: string | null }): string {
  const depan = p.gelarDepan?.trim();
  const belakang = p.gelarBelakang?.trim();
  return `${depan ? `${depan} ` : ''}${p.nama}${belakang ? `, ${belakang}` : ''}`;
}

function locale(): string {
  return currentLanguage() === 'en' ? 'en-GB' : 'id-ID';
}

/** Parses 'YYYY-MM-DD' as a local calendar date (no time-zone shift). */
export function parseDate(value: string): Date {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  return new Date(y, (m ?? 1) - 1, d ?? 1);
}

/** "23 Nov 2026" / "23 Nov 2026" in the UI language; '—' when empty. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric' }).format(
    parseDate(value),
  );
}

/** Date and time of an ISO timestamp in the UI language. */
export function formatDateTime(value: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

/** Number with the UI language's grouping. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}

/** Today as 'YYYY-MM-DD' in local time. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
