/**
 * Test support: random changes that may break a feature (a property removed, replaced by junk, the
 * geometry mangled, or the whole feature replaced), for the property tests of validation.
 */
import fc from 'fast-check';

const clone = <T>(v: T): T => structuredClone(v);

export const mutation = fc.oneof(
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

export type Mutation = { kind: 'drop' | 'set' | 'geometry' | 'replace'; key?: string; value?: unknown };

export function mutate(feature: Record<string, unknown>, m: Mutation): unknown {
  const f = clone(feature) as { properties: Record<string, unknown>; geometry: unknown };
  if (m.kind === 'drop') delete f.properties[m.key!];
  if (m.kind === 'set') f.properties[m.key!] = m.value;
  if (m.kind === 'geometry') f.geometry = m.value;
  if (m.kind === 'replace') return m.value;
  return f;
}
