/**
 * The interface language: the URL's `?lang=` when a link names one, else the
 * choice made here before (not inside a portal's frame), else the browser's,
 * else English (src/i18n/languages.ts). Choosing one in the switcher writes it
 * into the URL, so a copied link keeps it, and remembers it for the next visit.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';
import { isLanguage, pickLanguage, STORED_LANGUAGE_KEY, type Language } from '../i18n/languages';
import { useLanguageParam } from '../state/urlState';

export function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORED_LANGUAGE_KEY);
  } catch {
    return null; // storage blocked (a sandboxed frame, privacy settings)
  }
}

export function initialLanguage(search: string = window.location.search, embedded = false): Language {
  return pickLanguage({
    url: new URLSearchParams(search).get('lang'),
    stored: readStoredLanguage(),
    browser: navigator.languages ?? [navigator.language],
    embedded,
  });
}

export function useLanguage(embedded = false) {
  const { i18n } = useTranslation();
  const { lang, setLang } = useLanguageParam();
  const wanted = pickLanguage({ url: lang, stored: readStoredLanguage(), browser: navigator.languages ?? [], embedded });

  // i18next is the system being kept in step with the URL; it re-renders every translated component.
  useEffect(() => {
    if (wanted !== i18n.language) void setLanguage(wanted);
  }, [wanted, i18n]);

  const choose = (next: Language) => {
    try {
      if (!embedded) window.localStorage.setItem(STORED_LANGUAGE_KEY, next);
    } catch {
      // Not remembered, still applied through the URL.
    }
    setLang(next);
  };
  const current = isLanguage(i18n.language) ? i18n.language : wanted;
  return { language: current, choose };
}
