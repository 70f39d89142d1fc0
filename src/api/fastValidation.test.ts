// The fast path may only change speed: whatever it accepts, zod accepts with an equal result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partnershipsCollection, sitesCollection } from '../mocks/dataset';
import { DECLINE, fastPathOf } from './fastValidation';
import { mutate, mutation } from './mutations.testing';
import { partnershipFeatureSchema, siteFeatureSchema } from './schema';
import type { z } from 'zod';
import { z as zod } from './zod';

const validSites = sitesCollection.features as Record<string, unknown>[];
const validPartnerships = partnershipsCollection.features as Record<string, unknown>[];

/** Either the fast path declines, or zod accepts and gives an equal result (absent keys and undefined ones told apart). */
function agreesWithZod(schema: z.ZodType, fast: (value: unknown) => unknown, feature: unknown) {
  const quick = fast(structuredClone(feature));
  if (quick === DECLINE) return;
  const result = schema.safeParse(structuredClone(feature));
  expect(result.success).toBe(true);
  expect(quick).toStrictEqual(result.data);
}

/** Edits that keep a record valid but take it out of canonical form, the way feature servers send records. */
const serverForm = fc.oneof(
  fc.record({
    kind: fc.constant('empty' as const),
    key: fc.constantFrom('city_en', 'name_ko', 'founded', 'note', 'dateEnd', 'summary_ru'),
  }),
  fc.record({ kind: fc.constant('null' as const), key: fc.constantFrom('city_en', 'statusNote', 'founded', 'parentId', 'dateStart') }),
  fc.record({ kind: fc.constant('pad' as const), key: fc.constantFrom('name_en', 'title_en', 'summary_en', 'regionName', 'id') }),
  fc.record({
    kind: fc.constant('stringify' as const),
    key: fc.constantFrom('sectors', 'sources', 'figures', 'milestones', 'aliases', 'parties'),
  }),
  fc.record({ kind: fc.constant('drop' as const), key: fc.constantFrom('aliases', 'milestones', 'figures', 'name_ko', 'note') }),
  fc.record({ kind: fc.constant('extra' as const), key: fc.constantFrom('gml_id', 'ogc_fid', '__proto_', 'constructor') }),
);

function toServerForm(feature: Record<string, unknown>, edit: { kind: string; key: string }) {
  const f = structuredClone(feature) as { properties: Record<string, unknown> };
  const p = f.properties;
  if (edit.kind === 'empty') p[edit.key] = '';
  if (edit.kind === 'null') p[edit.key] = null;
  if (edit.kind === 'pad' && typeof p[edit.key] === 'string') p[edit.key] = `  ${p[edit.key] as string}\n`;
  if (edit.kind === 'stringify' && Array.isArray(p[edit.key])) p[edit.key] = JSON.stringify(p[edit.key]);
  if (edit.kind === 'drop') delete p[edit.key];
  if (edit.kind === 'extra') p[edit.key] = 7;
  return f;
}

describe.each([
  ['sites', siteFeatureSchema, validSites],
  ['partnerships', partnershipFeatureSchema, validPartnerships],
] as const)('the fast path for %s', (_, schema, features) => {
  const fast = fastPathOf(schema as z.ZodType);

  it('takes every record of the real dataset, with zod’s result', () => {
    // Our files are canonical: were one declined, the fast path would have stopped reading the schema (a zod upgrade).
    for (const feature of features) {
      expect(fast(structuredClone(feature))).not.toBe(DECLINE);
      agreesWithZod(schema as z.ZodType, fast, feature);
    }
  });

  it('agrees with zod on broken records', () => {
    fc.assert(
      fc.property(fc.nat(features.length - 1), mutation, (i, m) => agreesWithZod(schema as z.ZodType, fast, mutate(features[i], m))),
      { numRuns: 400 },
    );
  });

  it('agrees with zod on valid records in a server’s form', () => {
    fc.assert(
      fc.property(fc.nat(features.length - 1), fc.array(serverForm, { minLength: 1, maxLength: 4 }), (i, edits) => {
        const feature = edits.reduce<Record<string, unknown>>((f, edit) => toServerForm(f, edit), features[i]);
        agreesWithZod(schema as z.ZodType, fast, feature);
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with zod on anything at all', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => agreesWithZod(schema as z.ZodType, fast, value)));
  });
});

describe('what the fast path declines or rewrites', () => {
  const fast = fastPathOf(siteFeatureSchema);
  const site = validSites[0] as { properties: Record<string, unknown> };
  const withProps = (props: Record<string, unknown>) => ({ ...site, properties: { ...site.properties, ...props } });

  it('leaves to zod what a preprocess step would change', () => {
    expect(fast(withProps({ city_en: '' }))).toBe(DECLINE);
    expect(fast(withProps({ sectors: '(1:vaccines)' }))).toBe(DECLINE);
    expect(fast(withProps({ sectors: 'nope' }))).toBe(DECLINE);
  });

  it('trims text, fills defaults and drops unknown keys as zod does', () => {
    const withoutAliases = { ...site.properties };
    delete withoutAliases.aliases;
    const out = fast({ ...site, properties: { ...withoutAliases, name_en: '  Songdo  ', gml_id: 3 } }) as {
      properties: Record<string, unknown>;
    };
    expect(out.properties.name_en).toBe('Songdo');
    expect(out.properties.aliases).toEqual([]);
    expect(out.properties).not.toHaveProperty('gml_id');
  });
});

describe('schemas the fast path leaves to zod', () => {
  /** Accepted only where zod accepts, with zod's result. */
  const agrees = (schema: z.ZodType, values: unknown[]) => {
    const fast = fastPathOf(schema);
    for (const value of values) agreesWithZod(schema, fast, value);
  };
  enum Numeric {
    A,
    B,
  }

  it('formats that are checks themselves, checks on other kinds, numeric enums, an optional default', () => {
    agrees(zod.int(), [1.5, 2, '3']);
    agrees(zod.email(), ['not an email', 'a@b.co']);
    agrees(
      zod.enum(['a', 'b']).refine((v) => v === 'a'),
      ['a', 'b'],
    );
    agrees(zod.nativeEnum(Numeric), ['A', 0, 1, 'B']);
    agrees(zod.string().default('x').optional(), [undefined, 'y']);
    agrees(zod.object({ n: zod.number().default(3).optional() }), [{}, { n: undefined }, { n: 4 }]);
  });
});
