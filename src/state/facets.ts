/**
 * Facet counts, the rule every filter list in the atlas follows: each option
 * shows how many items would match if it were chosen, given every *other*
 * active filter. Sites (country, region, sector, kind, status) and the
 * partnership explorer (kind, year, country pair) both count with this.
 */

type Value = string | number;

export interface FacetSpec<T> {
  /** The item's value(s) for this facet: a site's country, or its list of sectors. */
  valueOf: (item: T) => Value | readonly Value[];
  /** Chosen options; an empty list means the facet does not filter. An item matches if any of its values is chosen. */
  selected: readonly Value[];
}

export type FacetSpecs<T, K extends string> = Record<K, FacetSpec<T>>;
export type FacetCountsOf<K extends string, V extends Value = string> = Record<K, Map<V, number>>;

/** One facet's values for every item, as small numbers: item i has `codes[start[i]]` … `codes[start[i + 1] - 1]`. */
interface FacetColumn {
  /** The distinct values, in order of first appearance; a code is a position here. */
  values: Value[];
  start: Uint32Array;
  codes: Uint32Array;
}

/**
 * The items' facet values, read once and kept as numbers. Counting then reads typed arrays, not the items: the
 * data worker keeps one for 100,000 sites, where reading each site's values through functions on every filter
 * change took most of the time to the new counts.
 */
export interface FacetIndex<K extends string> {
  size: number;
  columns: Record<K, FacetColumn>;
}

export function indexFacets<T, K extends string>(items: readonly T[], valueOf: Record<K, FacetSpec<T>['valueOf']>): FacetIndex<K> {
  const columns = {} as Record<K, FacetColumn>;
  for (const key in valueOf) {
    const read = valueOf[key];
    const values: Value[] = [];
    const codeOf = new Map<Value, number>();
    const codeFor = (value: Value) => {
      let code = codeOf.get(value);
      if (code === undefined) {
        code = values.length;
        codeOf.set(value, code);
        values.push(value);
      }
      return code;
    };
    const start = new Uint32Array(items.length + 1);
    let codes = new Uint32Array(items.length);
    let n = 0;
    const makeRoom = (more: number) => {
      if (n + more <= codes.length) return;
      const grown = new Uint32Array(Math.max(codes.length * 2, n + more));
      grown.set(codes);
      codes = grown;
    };
    for (let i = 0; i < items.length; i++) {
      const v = read(items[i]);
      if (Array.isArray(v)) {
        const list = v as readonly Value[];
        makeRoom(list.length);
        const first = n;
        for (let j = 0; j < list.length; j++) {
          const code = codeFor(list[j]);
          // A value listed twice by one item counts once.
          let seen = false;
          for (let k = first; k < n && !seen; k++) seen = codes[k] === code;
          if (!seen) codes[n++] = code;
        }
      } else {
        makeRoom(1);
        codes[n++] = codeFor(v as Value);
      }
      start[i + 1] = n;
    }
    columns[key] = { values, start, codes: codes.slice(0, n) };
  }
  return { size: items.length, columns };
}

/**
 * Counts per facet and option over indexed items. `passesRest(position)` applies the filters that are not facets
 * (search, years); with `seed`, every value present in the items is listed, with 0 when nothing would match.
 * `onMatch` hears the position of each item that passes every filter, so one pass both counts and filters.
 */
export function countIndexed<K extends string>(
  index: FacetIndex<K>,
  selected: Record<K, readonly Value[]>,
  passesRest: ((position: number) => boolean) | undefined,
  { seed = false, onMatch }: { seed?: boolean; onMatch?: (position: number) => void } = {},
): Record<K, Map<Value, number>> {
  const keys = Object.keys(index.columns) as K[];
  const columns = keys.map((k) => index.columns[k]);
  // Per facet, which codes are chosen (null: the facet does not filter).
  const chosen = keys.map((k, f) => {
    if (selected[k].length === 0) return null;
    const mask = new Uint8Array(columns[f].values.length);
    columns[f].values.forEach((v, code) => (mask[code] = selected[k].includes(v) ? 1 : 0));
    return mask;
  });
  const tallies = columns.map((c) => new Uint32Array(c.values.length));
  for (let i = 0; i < index.size; i++) {
    let failures = 0;
    let failing = -1;
    for (let f = 0; f < columns.length && failures < 2; f++) {
      const mask = chosen[f];
      if (mask === null) continue;
      const { start, codes } = columns[f];
      let hit = false;
      for (let j = start[i]; j < start[i + 1] && !hit; j++) hit = mask[codes[j]] === 1;
      if (!hit) {
        failures++;
        failing = f;
      }
    }
    // Failing two facets, the item matches no single option change; failing one, it counts only for that facet.
    if (failures > 1 || (passesRest && !passesRest(i))) continue;
    if (failures === 0) onMatch?.(i);
    for (let f = 0; f < columns.length; f++) {
      if (failures !== 0 && failing !== f) continue;
      const { start, codes } = columns[f];
      const tally = tallies[f];
      for (let j = start[i]; j < start[i + 1]; j++) tally[codes[j]]++;
    }
  }
  const counts = {} as Record<K, Map<Value, number>>;
  keys.forEach((k, f) => {
    const map = new Map<Value, number>();
    columns[f].values.forEach((v, code) => {
      if (seed || tallies[f][code] > 0) map.set(v, tallies[f][code]);
    });
    counts[k] = map;
  });
  return counts;
}

/** How many of the items at these positions have each value of one facet (a value once per item; none left out). */
export function tallyPositions<K extends string>(index: FacetIndex<K>, key: K, positions: ArrayLike<number>): Map<Value, number> {
  const { values, start, codes } = index.columns[key];
  const tally = new Uint32Array(values.length);
  for (let p = 0; p < positions.length; p++) for (let j = start[positions[p]]; j < start[positions[p] + 1]; j++) tally[codes[j]]++;
  const map = new Map<Value, number>();
  values.forEach((v, code) => tally[code] > 0 && map.set(v, tally[code]));
  return map;
}

/** countIndexed over items indexed for this one count (small collections; large ones keep their index). */
export function countFacets<T, K extends string>(
  items: readonly T[],
  facets: FacetSpecs<T, K>,
  passesRest?: (item: T) => boolean,
  options: { seed?: boolean; onMatch?: (position: number) => void } = {},
): Record<K, Map<Value, number>> {
  const valueOf = {} as Record<K, FacetSpec<T>['valueOf']>;
  const selected = {} as Record<K, readonly Value[]>;
  for (const key in facets) {
    valueOf[key] = facets[key].valueOf;
    selected[key] = facets[key].selected;
  }
  return countIndexed(indexFacets(items, valueOf), selected, passesRest && ((i) => passesRest(items[i])), options);
}

/** The items passing every facet (and `passesRest`): the rule countIndexed applies, from the same pass. */
export function filterFacets<T, K extends string>(items: readonly T[], facets: FacetSpecs<T, K>, passesRest?: (item: T) => boolean): T[] {
  const kept: T[] = [];
  countFacets(items, facets, passesRest, { onMatch: (position) => kept.push(items[position]) });
  return kept;
}
