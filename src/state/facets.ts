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

function matches(values: Value | readonly Value[], selected: readonly Value[]): boolean {
  if (selected.length === 0) return true;
  return Array.isArray(values) ? (values as readonly Value[]).some((v) => selected.includes(v)) : selected.includes(values as Value);
}

/** True when the item passes every facet (except `skip`). */
export function matchesFacets<T, K extends string>(item: T, facets: FacetSpecs<T, K>, skip?: K): boolean {
  for (const key in facets) {
    if (key !== skip && !matches(facets[key].valueOf(item), facets[key].selected)) return false;
  }
  return true;
}

/**
 * Counts per facet and option. `passesRest` applies the filters that are not
 * facets (search, years); with `seed`, every value present in the items is
 * listed, with 0 when nothing would match. `onMatch` hears the position of each
 * item that passes every filter, so one pass both counts and filters.
 */
export function countFacets<T, K extends string>(
  items: readonly T[],
  facets: FacetSpecs<T, K>,
  passesRest: (item: T) => boolean = () => true,
  { seed = false, onMatch }: { seed?: boolean; onMatch?: (position: number) => void } = {},
): Record<K, Map<Value, number>> {
  const keys = Object.keys(facets) as K[];
  const counts = Object.fromEntries(keys.map((k) => [k, new Map<Value, number>()])) as Record<K, Map<Value, number>>;
  const values = new Array<Value | readonly Value[]>(keys.length);
  const bump = (map: Map<Value, number>, v: Value | readonly Value[], by: number) => {
    if (Array.isArray(v)) for (const x of v as readonly Value[]) map.set(x, (map.get(x) ?? 0) + by);
    else map.set(v as Value, (map.get(v as Value) ?? 0) + by);
  };
  for (let position = 0; position < items.length; position++) {
    const item = items[position];
    let failing = -1;
    let failures = 0;
    for (let i = 0; i < keys.length; i++) {
      values[i] = facets[keys[i]].valueOf(item);
      if (seed) bump(counts[keys[i]], values[i], 0);
      if (!matches(values[i], facets[keys[i]].selected)) {
        failing = i;
        failures++;
      }
    }
    // Failing two facets, the item matches no single option change; failing one, it counts only for that facet.
    if (failures > 1 || !passesRest(item)) continue;
    if (failures === 0) onMatch?.(position);
    for (let i = 0; i < keys.length; i++) if (failures === 0 || failing === i) bump(counts[keys[i]], values[i], 1);
  }
  return counts;
}
