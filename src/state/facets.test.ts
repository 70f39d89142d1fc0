// Property-based: counting from the index gives, for every facet and value, the number of items that have the
// value and pass every other filter — the rule written out plainly below — and reports exactly the items that
// pass them all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countFacets, countIndexed, indexFacets, tallyPositions } from './facets';

interface Item {
  color: string;
  tags: string[];
  size: number;
  ok: boolean;
}
type Key = 'color' | 'tags' | 'size';
const VALUE_OF = { color: (i: Item) => i.color, tags: (i: Item) => i.tags, size: (i: Item) => i.size };

const item = fc.record({
  color: fc.constantFrom('red', 'green', 'blue'),
  // Duplicates on purpose: a value listed twice by one item counts once.
  tags: fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 4 }),
  size: fc.integer({ min: 1, max: 4 }),
  ok: fc.boolean(),
});
const selection = fc.record({
  color: fc.subarray(['red', 'green', 'blue', 'grey']),
  tags: fc.subarray(['a', 'b', 'c', 'd', 'e']),
  size: fc.subarray([1, 2, 3, 4, 5]),
});

/** The rule as a person would state it, one item and one facet at a time. */
function expected(items: Item[], selected: Record<Key, readonly (string | number)[]>, rest: boolean) {
  const valuesOf = (i: Item, k: Key) => [...new Set([VALUE_OF[k](i)].flat())];
  const passes = (i: Item, k: Key) => selected[k].length === 0 || valuesOf(i, k).some((v) => selected[k].includes(v));
  const keys: Key[] = ['color', 'tags', 'size'];
  const counts = Object.fromEntries(keys.map((k) => [k, new Map<string | number, number>()])) as Record<Key, Map<string | number, number>>;
  for (const i of items) {
    if (rest && !i.ok) continue;
    for (const k of keys) {
      if (!keys.every((other) => other === k || passes(i, other))) continue;
      for (const v of valuesOf(i, k)) counts[k].set(v, (counts[k].get(v) ?? 0) + 1);
    }
  }
  const matching = items.flatMap((i, n) => ((!rest || i.ok) && keys.every((k) => passes(i, k)) ? [n] : []));
  return { counts, matching };
}

const sorted = (m: Map<string | number, number>) => [...m.entries()].sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('facet counts from an index', () => {
  it('count every option given the other filters, and report the items that pass them all', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), selection, fc.boolean(), (items, selected, rest) => {
        const matched: number[] = [];
        const counts = countIndexed(indexFacets(items, VALUE_OF), selected, rest ? (n) => items[n].ok : undefined, {
          onMatch: (n) => matched.push(n),
        });
        const want = expected(items, selected, rest);
        for (const k of ['color', 'tags', 'size'] as const) expect(sorted(counts[k])).toEqual(sorted(want.counts[k]));
        expect(matched).toEqual(want.matching);
        // The matching items' own values, as the summary charts count them.
        const tags = new Map<string, number>();
        for (const n of want.matching) for (const t of new Set(items[n].tags)) tags.set(t, (tags.get(t) ?? 0) + 1);
        expect(sorted(tallyPositions(indexFacets(items, VALUE_OF), 'tags', matched))).toEqual(sorted(tags));
      }),
    );
  });

  it('lists every value present, with 0, when seeded', () => {
    const items: Item[] = [
      { color: 'red', tags: ['a'], size: 1, ok: true },
      { color: 'blue', tags: ['b'], size: 2, ok: true },
    ];
    const facets = {
      color: { valueOf: VALUE_OF.color, selected: ['red'] },
      tags: { valueOf: VALUE_OF.tags, selected: ['b'] },
      size: { valueOf: VALUE_OF.size, selected: [] },
    };
    const counts = countFacets(items, facets, undefined, { seed: true });
    expect([...counts.color]).toEqual([
      ['red', 0],
      ['blue', 1],
    ]);
    expect([...counts.size]).toEqual([
      [1, 0],
      [2, 0],
    ]);
  });
});
