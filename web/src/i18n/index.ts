/**
 * i18next set-up: Indonesian by default, English available; the choice is kept in localStorage
 * and mirrored on <html lang>. Terms that are names in the regulation (SKP, RHK, predikat, pejabat
 * penilai, PLT/PLH…) stay Indonesian in both languages.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { id } from './id/index.ts';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'kinerja.lang';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

// Only Indonesian (the default) is in the first download; English is its own chunk, fetched by
// `loadLanguage` before it is shown (main.tsx awaits it at start when English was chosen).
void i18n.use(initReactI18next).init({
  resources: { id: { translation: id } },
  partialBundledLanguages: true,
  lng: storedLanguage(),
  fallbackLng: 'id',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/**
 * The server reads the `kinerja_lang` cookie when a request carries no Accept-Language of ours:
 * plain links (PDF, XLSX downloads) then come in the UI language too.
 */
function mirrorLanguage(lng: string) {
  document.documentElement.lang = lng;
  // biome-ignore lint/suspicious/noDocumentCookie: one non-secret preference, read by the server
  document.cookie = `kinerja_lang=${lng === 'en' ? 'en' : 'id'}; path=/; max-age=31536000; SameSite=Lax`;
}

mirrorLanguage(i18n.language);
i18n.on('languageChanged', (lng) => {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // private mode: the choice lasts for this page only
  }
  mirrorLanguage(lng);
});

/** Whether a language was chosen in this browser (not just the default). */
export function hasChosenLanguage(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

/** The language chosen in an earlier visit (Indonesian when none). */
export const initialLanguage: Language = storedLanguage();

/** Fetches a language's texts when they are not loaded yet. */
export async function loadLanguage(lng: Language): Promise<void> {
  if (i18n.hasResourceBundle(lng, 'translation')) return;
  const { en } = await import('./en/index.ts');
  i18n.addResourceBundle('en', 'translation', en);
}

/** Switches the UI language, loading its texts first. */
export async function switchLanguage(lng: Language): Promise<void> {
  await loadLanguage(lng);
  await i18n.changeLanguage(lng);
}

/** The current UI language as the API expects it. */
export function currentLanguage(): Language {
  return i18n.language?.startsWith('en') ? 'en' : 'id';
}

/** Picks the text of a bilingual `{ id, en }` item from the API in the UI language. */
export function pickText(item: { id: string; en: string }): string {
  return currentLanguage() === 'en' ? item.en : item.id;
}

export default i18n;
