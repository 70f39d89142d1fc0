/**
 * i18next set-up. Every user-visible string comes from here. English is built
 * in (the fallback); other languages load on demand from src/i18n/<code>/,
 * found by the glob below, so a new language is a new folder.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ensureIntl } from './intl';
import { DEFAULT_LANGUAGE, type Language } from './languages';
import type { Strings } from './types';

const bundles = import.meta.glob<Record<string, Strings>>(['./*/index.ts', '!./en/index.ts']);

export function initI18n(language: Language = DEFAULT_LANGUAGE) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { en: { translation: en } },
      lng: language,
      fallbackLng: 'en',
      supportedLngs: false,
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      initAsync: false,
      showSupportNotice: false,
    });
  }
  return i18n;
}

/** Loads a language's strings and, where the browser lacks them, its number and date formats. */
export async function loadLanguage(lang: Language): Promise<void> {
  const formats = ensureIntl(lang);
  if (lang !== 'en' && !i18n.hasResourceBundle(lang, 'translation')) {
    const load = bundles[`./${lang}/index.ts`];
    if (!load) throw new Error(`No interface strings for language "${lang}".`);
    const module = await load();
    i18n.addResourceBundle(lang, 'translation', module[lang]);
  }
  await formats;
}

/** Switches the interface (and the page's lang and title) to a language, loading it first. */
export async function setLanguage(lang: Language): Promise<void> {
  await loadLanguage(lang);
  await i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
  document.title = i18n.t('app.title');
}

export { i18n };
