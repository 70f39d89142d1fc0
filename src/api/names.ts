/**
 * The one place that knows which languages the data carries text in, and how
 * a reader's language falls back when a record lacks it. Every reader of
 * `name_ko`, `summary_kk`, ... goes through here, so adding a language is one
 * edit (the schema builds its fields from the same lists).
 */
import type { Country } from './vocabulary';

/** Languages a record may be named in besides English, in display order. */
export const NAME_LANGUAGES = ['ko', 'ru', 'kk', 'zh'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];
export type DataLanguage = 'en' | NameLanguage;

export type NameKey = `name_${NameLanguage}`;
export type Named = { name_en: string } & Partial<Record<NameKey, string>>;

export const nameKey = (lang: NameLanguage): NameKey => `name_${lang}`;

/**
 * What a reader of each language sees when a record lacks text in it: Kazakh
 * readers read Russian before English; everyone ends with English, which every
 * record has.
 */
export const FALLBACK_CHAINS: Readonly<Record<'en' | 'ko' | 'ru' | 'kk', readonly DataLanguage[]>> = {
  en: ['en'],
  ko: ['ko', 'en'],
  ru: ['ru', 'en'],
  kk: ['kk', 'ru', 'en'],
};
export type ReaderLanguage = keyof typeof FALLBACK_CHAINS;

/** Fields with a text per language: `name_en`, `name_ko`, ...; `summary_en`, `summary_kk`, ... */
export type TranslatedField = 'name' | 'title' | 'summary' | 'label';

export interface LocalText {
  text: string;
  /** The language the text is in. */
  lang: DataLanguage;
  /** True when the text is not in the reader's language (the UI marks it). */
  fallback: boolean;
}

/** The record's text in the reader's language, or the first fallback it has. */
export function localText(record: object, field: TranslatedField, reader: ReaderLanguage): LocalText {
  const values = record as Record<string, unknown>;
  for (const lang of FALLBACK_CHAINS[reader]) {
    const text = values[`${field}_${lang}`];
    if (typeof text === 'string' && text) return { text, lang, fallback: lang !== reader };
  }
  // Every field has an English text (the schema requires it); this is for the type checker.
  return { text: String(values[`${field}_en`] ?? ''), lang: 'en', fallback: reader !== 'en' };
}

/** The record's name in a language, if the data has one. */
export function nameIn(record: Named, lang: DataLanguage): string | undefined {
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

/**
 * The name to show beside the main one: in a local language of the record's
 * country, else any other — never the language the main name is already in.
 */
export function nativeName(record: Named & { country: Country }, except?: DataLanguage): { lang: NameLanguage; text: string } | undefined {
  for (const lang of [...LOCAL_LANGUAGES[record.country], ...NAME_LANGUAGES]) {
    const text = record[nameKey(lang)];
    if (text && lang !== except && text !== (except ? nameIn(record, except) : undefined)) return { lang, text };
  }
  return undefined;
}
