/**
 * The one place that knows which languages the data names records in. Every
 * reader of `name_ko`, `name_ru`, ... goes through here, so adding a language
 * is one edit (the schema builds its fields from the same list).
 */
import type { Country } from './vocabulary';

/** Languages a record may be named in besides English, in display order. */
export const NAME_LANGUAGES = ['ko', 'ru', 'kk', 'zh'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

export type NameKey = `name_${NameLanguage}`;
export type Named = { name_en: string } & Partial<Record<NameKey, string>>;

export const nameKey = (lang: NameLanguage): NameKey => `name_${lang}`;

/** The record's name in a language, if the data has one. */
export function nameIn(record: Named, lang: 'en' | NameLanguage): string | undefined {
  return lang === 'en' ? record.name_en : record[nameKey(lang)] || undefined;
}

/** Every non-English name the record has, in display order. */
export function otherNames(record: Named): { lang: NameLanguage; text: string }[] {
  const names: { lang: NameLanguage; text: string }[] = [];
  for (const lang of NAME_LANGUAGES) {
    const text = record[nameKey(lang)];
    if (text) names.push({ lang, text });
  }
  return names;
}

/** The local languages of each country, most used first. */
const LOCAL_LANGUAGES: Record<Country, readonly NameLanguage[]> = { KR: ['ko'], KZ: ['kk', 'ru'], CN: ['zh'] };

/** The name to show beside the English one: in a local language of the record's country, else any other. */
export function nativeName(record: Named & { country: Country }): { lang: NameLanguage; text: string } | undefined {
  for (const lang of [...LOCAL_LANGUAGES[record.country], ...NAME_LANGUAGES]) {
    const text = record[nameKey(lang)];
    if (text) return { lang, text };
  }
  return undefined;
}
