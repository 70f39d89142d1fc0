/**
 * The data contract: one runtime schema per collection, TypeScript types inferred
 * from it. Properties are flat and scalar where possible so they survive a round
 * trip through an OGC API – Features server; list-valued fields go through
 * `decodeList`, which accepts the encodings such servers produce.
 */
import { z } from './zod';
import {
  COUNTRIES,
  FIGURE_METRICS,
  FIGURE_UNITS,
  LOCATION_PRECISIONS,
  PARTNERSHIP_KINDS,
  PARTNERSHIP_STATUSES,
  SECTORS,
  SITE_KINDS,
  SITE_STATUSES,
} from './vocabulary';
import { decodeList } from './decodeList';
import { NAME_LANGUAGES, type NameKey } from './names';

/** Servers return "" (or null) for an empty optional text column. */
const optionalText = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().trim().min(1).optional());
const requiredText = z.string().trim().min(1);

/** "2024", "2024-11" or "2024-11-05": the articles give dates at all three precisions. */
export const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const optionalDate = z.preprocess((v) => (v === '' || v === null ? undefined : v), partialDate.optional());

/** One optional text field per name language. */
function nameFields() {
  return Object.fromEntries(NAME_LANGUAGES.map((lang) => [`name_${lang}`, optionalText])) as Record<NameKey, typeof optionalText>;
}

/**
 * Languages the dataset translates its English text into (summaries, partnership
 * titles, milestone labels). Translations are ours, made from the English text; a
 * record without one is still valid and the app shows the English.
 */
export const TRANSLATION_LANGUAGES = ['ko', 'ru', 'kk'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** `${field}_ko`, `${field}_ru`, `${field}_kk`: optional text, flat so it survives a feature server. */
function translatedFields<F extends string>(field: F) {
  return Object.fromEntries(TRANSLATION_LANGUAGES.map((lang) => [`${field}_${lang}`, optionalText])) as Record<
    `${F}_${TranslationLanguage}`,
    typeof optionalText
  >;
}

/** A list field: accepts a JSON array, a JSON string of one, or OGR's "(n:a,b)" list form. */
function listOf<T extends z.ZodType>(item: T, min = 0) {
  return z.preprocess((v) => decodeList(v), z.array(item).min(min));
}

export const sourceSchema = z.object({
  /** Seed article id, e.g. "004". */
  article: requiredText,
  title: requiredText,
  publisher: requiredText,
  /** Publication date; absent when the article itself carries none. */
  date: optionalDate,
  url: optionalText,
  /** The sentence or paragraph the record rests on, quoted from the article. */
  quote: requiredText,
});

export const figureSchema = z.object({
  metric: z.enum(FIGURE_METRICS),
  value: z.coerce.number().finite(),
  unit: z.enum(FIGURE_UNITS),
  /** "over" for "more than 200", "approx" for "approximately", "target" for a stated goal. */
  qualifier: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.enum(['approx', 'over', 'target']).optional()),
  /** The year the figure refers to or is targeted for. */
  year: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().int().min(1900).max(2100).optional()),
  note: optionalText,
});

export const milestoneSchema = z.object({
  date: partialDate,
  label_en: requiredText,
  ...translatedFields('label'),
});

const lonLat = z.tuple([z.number().finite().min(-180).max(180), z.number().finite().min(-90).max(90)]);

export const sitePropertiesSchema = z.object({
  id: requiredText,
  name_en: requiredText,
  /** name_ko, name_ru, name_kk, name_zh: the languages listed in names.ts. */
  ...nameFields(),
  /** Other names, including the article's own (possibly wrong or outdated) wording. */
  aliases: listOf(requiredText).default([]),
  kind: z.enum(SITE_KINDS),
  sectors: listOf(z.enum(SECTORS), 1),
  country: z.enum(COUNTRIES),
  /** ISO 3166-2 code of the first-level division, e.g. "KR-46". */
  region: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'expected an ISO 3166-2 code'),
  /** Current English name of that division. */
  regionName: requiredText,
  city_en: optionalText,
  status: z.enum(SITE_STATUSES),
  statusNote: optionalText,
  founded: optionalDate,
  milestones: listOf(milestoneSchema).default([]),
  figures: listOf(figureSchema).default([]),
  summary_en: requiredText,
  ...translatedFields('summary'),
  locationPrecision: z.enum(LOCATION_PRECISIONS),
  /** The cluster or zone this site belongs to. */
  parentId: optionalText,
  /** Corrections to the articles and anything else a reader should know. */
  note: optionalText,
  sources: listOf(sourceSchema, 1),
});

export const siteFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  geometry: z.object({ type: z.literal('Point'), coordinates: lonLat }),
  properties: sitePropertiesSchema,
});

export const partnershipPropertiesSchema = z.object({
  id: requiredText,
  title_en: requiredText,
  ...translatedFields('title'),
  kind: z.enum(PARTNERSHIP_KINDS),
  /** Site ids; the first is the initiating or leading party. */
  parties: listOf(requiredText, 2),
  dateStart: optionalDate,
  dateEnd: optionalDate,
  status: z.enum(PARTNERSHIP_STATUSES),
  summary_en: requiredText,
  ...translatedFields('summary'),
  figures: listOf(figureSchema).default([]),
  note: optionalText,
  sources: listOf(sourceSchema, 1),
});

const lineString = z.object({ type: z.literal('LineString'), coordinates: z.array(lonLat).min(2) });

export const partnershipFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  /** Straight segments between the parties' points; null where a party has no location. */
  geometry: lineString.nullable(),
  properties: partnershipPropertiesSchema,
});

export type Source = z.infer<typeof sourceSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type SiteProperties = z.infer<typeof sitePropertiesSchema>;
export type PartnershipProperties = z.infer<typeof partnershipPropertiesSchema>;

/** A validated site as the app uses it. */
export type Site = SiteProperties & { coordinates: [number, number] };
/** A validated partnership as the app uses it. */
export type Partnership = PartnershipProperties;
