/**
 * The shape every language's strings must have, derived from the English ones
 * (the source of truth): the same keys, nested the same way, every value a
 * string. A plural key (`count_one` / `count_other` in English) becomes the
 * plural forms of the other language: `_other` always, and `_zero`, `_one`,
 * `_two`, `_few`, `_many` as that language's rules need them (Russian one /
 * few / many / other; Kazakh one / other; Korean other). A missing or
 * misspelled key fails the type-check; src/i18n/translations.test.ts checks the
 * plural forms against Intl.PluralRules.
 */
import type { en } from './en';

export type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

export type Translation<T> = {
  [K in keyof T as K extends `${string}_${PluralSuffix}` ? never : K]: T[K] extends string ? string : Translation<T[K]>;
} & {
  [K in keyof T as K extends `${infer B}_other` ? `${B}_other` : never]: string;
} & {
  [K in keyof T as K extends `${infer B}_other` ? `${B}_${Exclude<PluralSuffix, 'other'>}` : never]?: string;
};

/** All strings of one language. */
export type Strings = Translation<typeof en>;

/** The strings of one area file (e.g. `Area<'timeline'>` for src/i18n/ko/timeline.ts). */
export type Area<K extends keyof typeof en> = Translation<(typeof en)[K]>;
