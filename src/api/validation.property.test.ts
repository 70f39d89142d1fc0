// Property-based: whatever a server sends, validation never throws, keeps
// every valid record and counts every invalid one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partnershipsCollection, sitesCollection } from '../mocks/dataset';
import { mutate, mutation } from './mutations.testing';
import { parsePartnerships, parseSites } from './parse';

const validSites = sitesCollection.features as Record<string, unknown>[];
const validPartnerships = partnershipsCollection.features as Record<string, unknown>[];

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
