/**
 * The languages of the interface, and how the atlas picks one: the URL's
 * `?lang=` (shareable, wins over everything), then the person's choice from an
 * earlier visit (not inside a portal's frame: there the URL decides), then the
 * browser's languages, then English. Adding a language: add its code here, its
 * name below, and a folder of strings (src/i18n/<code>/) shaped like English.
 */
export const LANGUAGES = ['en', 'ko', 'ru', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language in its own words, as the switcher lists them. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  ko: '한국어',
  ru: 'Русский',
  kk: 'Қазақша',
};

export const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);

/** The first supported language among browser tags like "kk-KZ", "ru", "ko-KR". */
function fromBrowser(tags: readonly string[]): Language | undefined {
  for (const tag of tags) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return undefined;
}

export function pickLanguage({
  url,
  stored,
  browser,
  embedded,
}: {
  url: string | null | undefined;
  stored: string | null | undefined;
  browser: readonly string[];
  /** Inside a portal's frame the portal's URL decides, not what this browser chose elsewhere. */
  embedded: boolean;
}): Language {
  if (isLanguage(url)) return url;
  if (!embedded && isLanguage(stored)) return stored;
  return fromBrowser(browser) ?? DEFAULT_LANGUAGE;
}

export const STORED_LANGUAGE_KEY = 'biocluster-atlas.language';
