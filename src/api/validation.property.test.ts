// Property-based: whatever a server sends, validation never throws, keeps
// every valid record and counts every invalid one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partnershipsCollection, sitesCollection } from '../mocks/dataset';
import { parsePartnerships, parseSites } from './parse';

const validSites = sitesCollection.features as Record<string, unknown>[];
const validPartnerships = partnershipsCollection.features as Record<string, unknown>[];
const clone = <T>(v: T): T => structuredClone(v);

/** A change that may break a feature: a property removed, replaced by junk, or the geometry mangled. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('drop' as const),
    key: fc.constantFrom('id', 'name_en', 'title_en', 'kind', 'sectors', 'parties', 'sources', 'status', 'region', 'country'),
  }),
  fc.record({
    kind: fc.constant('set' as const),
    key: fc.constantFrom(
      'id',
      'name_en',
      'kind',
      'sectors',
      'sources',
      'figures',
      'founded',
      'status',
      'parties',
      'dateStart',
      'locationPrecision',
    ),
    value: fc.jsonValue(),
  }),
  fc.record({ kind: fc.constant('geometry' as const), value: fc.jsonValue() }),
  fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue() }),
);

type Mutation = { kind: 'drop' | 'set' | 'geometry' | 'replace'; key?: string; value?: unknown };

function mutate(feature: Record<string, unknown>, m: Mutation): unknown {
  const f = clone(feature) as { properties: Record<string, unknown>; geometry: unknown };
  if (m.kind === 'drop') delete f.properties[m.key!];
  if (m.kind === 'set') f.properties[m.key!] = m.value;
  if (m.kind === 'geometry') f.geometry = m.value;
  if (m.kind === 'replace') return m.value;
  return f;
}

describe('validation under arbitrary input', () => {
  it('never throws on arbitrary feature arrays, and accounts for every element', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 30 }), (features) => {
        const sites = parseSites({ type: 'FeatureCollection', features });
        expect(sites.records.length + sites.skipped.length).toBe(features.length);
        const partnerships = parsePartnerships({ type: 'FeatureCollection', features });
        expect(partnerships.records.length + partnerships.skipped.length).toBe(features.length);
      }),
    );
  });

  it('keeps every valid site and counts each mutated one it rejects', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(validSites.length - 1), mutation), { maxLength: 12 }), (changes) => {
        const mutated = new Map(changes.map(([i, m]) => [i, mutate(validSites[i], m)]));
        const features = validSites.map((f, i) => (mutated.has(i) ? mutated.get(i) : f));
        const { records, skipped } = parseSites({ type: 'FeatureCollection', features });
        expect(records.length + skipped.length).toBe(features.length);
        // Every untouched record survives.
        const kept = new Set(records.map((r) => r.id));
        validSites.forEach((f, i) => {
          if (!mutated.has(i)) expect(kept.has((f.properties as { id: string }).id)).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every valid partnership and counts each mutated one it rejects', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(validPartnerships.length - 1), mutation), { maxLength: 8 }), (changes) => {
        const mutated = new Map(changes.map(([i, m]) => [i, mutate(validPartnerships[i], m)]));
        const features = validPartnerships.map((f, i) => (mutated.has(i) ? mutated.get(i) : f));
        const { records, skipped } = parsePartnerships({ type: 'FeatureCollection', features });
        expect(records.length + skipped.length).toBe(features.length);
        validPartnerships.forEach((f, i) => {
          if (!mutated.has(i)) expect(records.some((r) => r.id === (f.properties as { id: string }).id)).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('rejects anything that is not a FeatureCollection with an error, never a crash elsewhere', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (body) => {
        try {
          parseSites(body);
        } catch (error) {
          expect((error as Error).name).toBe('DataFormatError');
        }
      }),
    );
  });
});
