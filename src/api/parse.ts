/**
 * Turns an untrusted response body into validated records. A body that is not a
 * FeatureCollection is an error for the whole collection; a feature that fails
 * the schema is skipped and counted, never fatal.
 */
import type { z } from 'zod';
import { DECLINE, fastPathOf } from './fastValidation';
import { partnershipFeatureSchema, siteFeatureSchema, type Partnership, type Site } from './schema';

export interface SkippedRecord {
  collection: 'sites' | 'partnerships';
  /** Position in the collection as received. */
  index: number;
  /** The record's id when it had a readable one. */
  id?: string;
  reason: string;
}

export interface Parsed<T> {
  records: T[];
  skipped: SkippedRecord[];
}

export class DataFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFormatError';
  }
}

/** The features array of a GeoJSON FeatureCollection, or a DataFormatError saying what it was instead. */
export function featuresOf(body: unknown, collection: string): unknown[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DataFormatError(`The ${collection} response is not a GeoJSON FeatureCollection.`);
  }
  const fc = body as { type?: unknown; features?: unknown };
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new DataFormatError(`The ${collection} response is not a GeoJSON FeatureCollection (type: ${String(fc.type).slice(0, 40)}).`);
  }
  return fc.features;
}

function readableId(feature: unknown): string | undefined {
  if (typeof feature !== 'object' || feature === null) return undefined;
  const f = feature as { id?: unknown; properties?: { id?: unknown } };
  const id = f.properties?.id ?? f.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id).slice(0, 80) : undefined;
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  // "properties.sectors.0" reads better as "sectors.0".
  const path = issue.path.join('.').replace(/^properties\./, '');
  return `${path || 'feature'}: ${issue.message}`.slice(0, 200);
}

/**
 * Validates records one by one as they come (from a whole response or a
 * stream): each valid one is kept, each invalid or repeated one skipped with
 * why. A record taken by the fast path shares its objects and arrays with the
 * parsed input (fresh from JSON.parse here): callers must not reuse the input.
 */
function recordParser<F, T>(collection: SkippedRecord['collection'], schema: z.ZodType<F>, toRecord: (feature: F) => T & { id: string }) {
  const fast = fastPathOf(schema);
  const records: T[] = [];
  const skipped: SkippedRecord[] = [];
  const seen = new Set<string>();
  let index = 0;
  return {
    add(feature: unknown) {
      const at = index++;
      // A record in canonical form takes the fast path; zod decides the rest and explains a failure.
      let valid = fast(feature);
      if (valid === DECLINE) {
        const result = schema.safeParse(feature);
        if (!result.success) {
          skipped.push({ collection, index: at, id: readableId(feature), reason: describe(result.error) });
          return;
        }
        valid = result.data;
      }
      const record = toRecord(valid);
      if (seen.has(record.id)) {
        skipped.push({ collection, index: at, id: record.id, reason: 'duplicate id' });
        return;
      }
      seen.add(record.id);
      records.push(record);
    },
    result: (): Parsed<T> => ({ records, skipped }),
  };
}

export const siteParser = () =>
  recordParser('sites', siteFeatureSchema, (f) => ({
    ...f.properties,
    coordinates: f.geometry.coordinates,
  }));

export const partnershipParser = () => recordParser('partnerships', partnershipFeatureSchema, (f) => f.properties);

function parseAll<T>(features: unknown[], parser: { add(f: unknown): void; result(): Parsed<T> }): Parsed<T> {
  for (const feature of features) parser.add(feature);
  return parser.result();
}

export function parseSites(body: unknown): Parsed<Site> {
  return parseAll(featuresOf(body, 'sites'), siteParser());
}

export function parsePartnerships(body: unknown): Parsed<Partnership> {
  return parseAll(featuresOf(body, 'partnerships'), partnershipParser());
}

/** Drops partnerships naming a party that is not among the loaded sites. */
export function linkPartnerships(partnerships: Partnership[], sites: Site[]): Parsed<Partnership> {
  const ids = new Set(sites.map((s) => s.id));
  const records: Partnership[] = [];
  const skipped: SkippedRecord[] = [];
  partnerships.forEach((p, index) => {
    const missing = p.parties.filter((id) => !ids.has(id));
    if (missing.length > 0) {
      skipped.push({ collection: 'partnerships', index, id: p.id, reason: `unknown party: ${missing.join(', ').slice(0, 120)}` });
    } else {
      records.push(p);
    }
  });
  return { records, skipped };
}
