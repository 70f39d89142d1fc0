/**
 * Every language against English, the source of truth: the same keys, each
 * plural in every form the language's plural rules use, the same placeholders,
 * and nothing left blank or silently left in English.
 */
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { kk } from './kk';
import { ko } from './ko';
import { ru } from './ru';

const translations = { ko, ru, kk } as const;
const languages = Object.keys(translations) as (keyof typeof translations)[];

type Tree = { readonly [key: string]: string | Tree };

/** "siteList.column.name" → value, for every string in the tree. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of flatten(value, path)) out.set(p, v);
  }
  return out;
}

const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;

/** Plural keys grouped by base ("siteList.count" → {one, other}); other keys as they are. */
function byBase(strings: Map<string, string>) {
  const plurals = new Map<string, Set<string>>();
  const plain = new Set<string>();
  for (const key of strings.keys()) {
    const match = PLURAL.exec(key);
    if (match) plurals.set(match[1], (plurals.get(match[1]) ?? new Set()).add(match[2]));
    else plain.add(key);
  }
  return { plurals, plain };
}

/** The placeholders of a string, normalised: "{{ count, number }}" → "count, number". */
function placeholders(value: string): string[] {
  return [...value.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1].replace(/\s*,\s*/g, ', ')).sort();
}

/**
 * English values a translation may keep unchanged: codes, symbols and terms of
 * art the trade press of each language also leaves in Latin script.
 */
const SAME_AS_ENGLISH = new Set(['CDMO', 'mRNA', 'CSV', 'GeoJSON', 'km²', 'L', '%', 'm', 'km']);

/** True when the English has words to translate (not just placeholders, digits and punctuation). */
const hasWords = (value: string) => /\p{L}/u.test(value.replace(/\{\{[^}]*\}\}/g, ''));

const english = flatten(en);
const englishKeys = byBase(english);

describe.each(languages)('%s interface strings', (lang) => {
  const strings = flatten(translations[lang]);
  const keys = byBase(strings);
  const categories = new Set(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);

  it('has exactly the keys English has, plural forms aside', () => {
    expect([...keys.plain].sort()).toEqual([...englishKeys.plain].sort());
    expect([...keys.plurals.keys()].sort()).toEqual([...englishKeys.plurals.keys()].sort());
  });

  it("gives every plural exactly the forms of the language's plural rules", () => {
    for (const [base, forms] of keys.plurals) {
      expect({ base, forms: [...forms].sort() }).toEqual({ base, forms: [...categories].sort() });
    }
  });

  it('keeps every placeholder of the English, and adds none', () => {
    for (const [key, value] of strings) {
      const match = PLURAL.exec(key);
      const source = match ? english.get(`${match[1]}_other`) : english.get(key);
      expect({ key, placeholders: placeholders(value) }).toEqual({ key, placeholders: placeholders(source ?? '') });
    }
  });

  it('leaves nothing blank and nothing in English but codes and terms of art', () => {
    for (const [key, value] of strings) {
      const match = PLURAL.exec(key);
      const source = (match ? english.get(`${match[1]}_other`) : english.get(key)) ?? '';
      if (source !== '') expect({ key, value: value.trim() }).not.toEqual({ key, value: '' });
      if (value === source && hasWords(source))
        expect({ key, value, allowed: SAME_AS_ENGLISH.has(source) }).toEqual({ key, value, allowed: true });
    }
  });
});

describe('the strings in i18next', () => {
  const i18n = createInstance();
  void i18n.init({
    resources: Object.fromEntries(Object.entries({ en, ...translations }).map(([lang, strings]) => [lang, { translation: strings }])),
    lng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  const count = (lng: string, n: number) => i18n.t('siteList.count', { lng, count: n });

  it('agrees Russian nouns with the number', () => {
    expect([1, 2, 5, 11, 21, 22, 25, 41].map((n) => count('ru', n))).toEqual([
      '1 объект',
      '2 объекта',
      '5 объектов',
      '11 объектов',
      '21 объект',
      '22 объекта',
      '25 объектов',
      '41 объект',
    ]);
  });

  it('keeps the Kazakh noun singular after a numeral, and counts Korean with a counter', () => {
    expect([1, 41].map((n) => count('kk', n))).toEqual(['1 нысан', '41 нысан']);
    expect([1, 41].map((n) => count('ko', n))).toEqual(['시설 1개', '시설 41개']);
    expect(i18n.t('explorer.total', { lng: 'ko', count: 16 })).toBe('협력 16건');
  });

  it('names the language of a text that is not in the reader’s language', () => {
    const inLanguage = (lng: string, code: keyof typeof en.language) =>
      i18n.t('panel.inLanguage', { lng, language: i18n.t(`language.${code}`, { lng }) });
    expect(inLanguage('ru', 'en')).toBe('язык: английский');
    expect(inLanguage('ko', 'en')).toBe('영어 표기');
    // Kazakh adds the locative to the name ("… тілі" → "… тілінде"), so every name must end in "тілі".
    expect((Object.keys(en.language) as (keyof typeof en.language)[]).map((code) => inLanguage('kk', code))).toEqual([
      'ағылшын тілінде',
      'корей тілінде',
      'орыс тілінде',
      'қазақ тілінде',
      'қытай тілінде',
    ]);
  });
});
