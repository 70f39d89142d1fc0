/**
 * Ordering of the site list, free of React. Every order is total and stable:
 * ties on the sorted column fall back to the English name (always A→Z), then
 * to the id, so the same sites always come out in the same order.
 */
import type { Site } from '../api/schema';
import { SITE_STATUSES, type SiteKind } from '../api/vocabulary';
import { foldText } from './filters';
import type { SortKey } from './urlState';

export interface SiteSort {
  key: SortKey;
  desc: boolean;
}

/** The order when none is chosen. */
export const DEFAULT_SORT: SiteSort = { key: 'name', desc: false };

export interface SortOptions {
  /** Partnerships per site id; a missing id counts as 0. */
  partnershipCount: ReadonlyMap<string, number>;
  /** The label a reader sees for a kind: kinds sort alphabetically by it. Defaults to the code. */
  kindLabel?: (kind: SiteKind) => string;
  /** The name a reader sees (in their language). Defaults to the English name. */
  nameOf?: (site: Site) => string;
  /** The region name a reader sees. Defaults to the data's English name. */
  regionOf?: (site: Site) => string;
}

const STATUS_RANK = new Map<string, number>(SITE_STATUSES.map((s, i) => [s, i]));

/**
 * The sites in the given order (a new array; the input is not changed).
 * - name, kind (by label), region (by its English name): alphabetical, case- and accent-insensitive, numbers numerically;
 * - status: by stage, operating → under construction → planned → proposed;
 * - partnerships: by number of partnerships, fewest first (desc: most first).
 */
/**
 * A text's key for ordering: folded (case, accents and Kazakh letters as in search) with every number padded,
 * so plain comparison of keys orders case- and accent-insensitively and numbers numerically. Comparing
 * precomputed keys is many times faster than a collator on 100,000 names.
 */
export function collationKey(text: string): string {
  return foldText(text).replace(/\d+/g, (digits) => digits.padStart(12, '0'));
}

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function sortSites(sites: readonly Site[], sort: SiteSort | null, options: SortOptions): Site[] {
  const { key, desc } = sort ?? DEFAULT_SORT;
  const kindLabel = options.kindLabel ?? ((k: SiteKind) => k);
  const nameOf = options.nameOf ?? ((s: Site) => s.name_en);
  const regionOf = options.regionOf ?? ((s: Site) => s.regionName);
  const direction = desc ? -1 : 1;

  // Decorate once, so the comparator does no lookups on large lists.
  const kindLabels = new Map<SiteKind, string>();
  const rows = sites.map((site) => {
    const name = collationKey(nameOf(site));
    let primary: string | number;
    switch (key) {
      case 'kind': {
        let label = kindLabels.get(site.kind);
        if (label === undefined) kindLabels.set(site.kind, (label = collationKey(kindLabel(site.kind))));
        primary = label;
        break;
      }
      case 'region':
        primary = collationKey(regionOf(site));
        break;
      case 'status':
        primary = STATUS_RANK.get(site.status) ?? STATUS_RANK.size;
        break;
      case 'partnerships':
        primary = options.partnershipCount.get(site.id) ?? 0;
        break;
      default:
        primary = name;
    }
    return { site, primary, name };
  });

  rows.sort((a, b) => {
    const p =
      typeof a.primary === 'number' && typeof b.primary === 'number'
        ? a.primary - b.primary
        : compareKeys(String(a.primary), String(b.primary));
    if (p !== 0) return p * direction;
    if (key !== 'name') {
      const n = compareKeys(a.name, b.name);
      if (n !== 0) return n;
    }
    return a.site.id < b.site.id ? -1 : a.site.id > b.site.id ? 1 : 0;
  });
  return rows.map((r) => r.site);
}

/**
 * The order after a click on a column header: the sorted column flips its
 * direction; another column starts A→Z, except partnerships, which start with
 * the most connected sites.
 */
export function nextSort(current: SiteSort | null, key: SortKey): SiteSort {
  const effective = current ?? DEFAULT_SORT;
  if (effective.key === key) return { key, desc: !effective.desc };
  return { key, desc: key === 'partnerships' };
}
