/**
 * Number and date formatting in every interface language. Chromium claims
 * Kazakh (`supportedLocalesOf(['kk'])` says yes) yet formats it from fallback
 * data: "2024 M03 15", "1,234,567.891". So support is detected by output, and
 * where it is fake the formatjs polyfills replace Intl.NumberFormat and
 * Intl.DateTimeFormat, with the data of each language in use — loaded only in
 * such a browser, only then.
 */
import type { Language } from './languages';

const SAMPLE = new Date(Date.UTC(2024, 2, 15));

/** False when the browser formats the language from root data (months as "M03"). */
export function formatsNatively(lang: string, DateTimeFormat: typeof Intl.DateTimeFormat = Intl.DateTimeFormat): boolean {
  const month = new DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(SAMPLE);
  return !/^M0?3$/.test(month.trim());
}

const LOCALE_DATA: Record<Language, () => Promise<unknown>> = {
  en: () => Promise.all([import('@formatjs/intl-numberformat/locale-data/en.js'), import('@formatjs/intl-datetimeformat/locale-data/en.js')]),
  ko: () => Promise.all([import('@formatjs/intl-numberformat/locale-data/ko.js'), import('@formatjs/intl-datetimeformat/locale-data/ko.js')]),
  ru: () => Promise.all([import('@formatjs/intl-numberformat/locale-data/ru.js'), import('@formatjs/intl-datetimeformat/locale-data/ru.js')]),
  kk: () => Promise.all([import('@formatjs/intl-numberformat/locale-data/kk.js'), import('@formatjs/intl-datetimeformat/locale-data/kk.js')]),
};

let polyfill: Promise<void> | undefined;
const withData = new Map<Language, Promise<unknown>>();

/** Makes Intl format `lang` correctly, loading the polyfills and data if this browser cannot. */
export async function ensureIntl(lang: Language): Promise<void> {
  if (!polyfill) {
    if (formatsNatively(lang)) return;
    // Replaces Intl's number and date formats for every language: from now on each language in use needs its data.
    polyfill = (async () => {
      await import('@formatjs/intl-numberformat/polyfill-force.js');
      await import('@formatjs/intl-datetimeformat/polyfill-force.js');
    })();
  }
  await polyfill;
  for (const needed of new Set<Language>([lang, 'en'])) {
    if (!withData.has(needed)) withData.set(needed, LOCALE_DATA[needed]());
    await withData.get(needed);
  }
}
