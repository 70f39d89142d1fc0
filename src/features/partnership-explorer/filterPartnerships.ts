/**
 * The partnership explorer's filtering, free of React: which partnerships match
 * a kind / year / country-pair selection, which options the data offers, and
 * how many partnerships each option would show given the other filters.
 */
import type { Partnership, Site } from '../../api/schema';
import { PARTNERSHIP_KINDS, type PartnershipKind } from '../../api/vocabulary';
import { pairKey } from '../../state/countryPairs';
import { countFacets, filterFacets, type FacetSpecs } from '../../state/facets';
import type { ExplorerFilters } from '../../state/urlState';
import { partnershipYears } from '../../state/years';

type SiteLookup = ReadonlyMap<string, Pick<Site, 'country'>>;
/** What the explorer filters a partnership by. */
type Filterable = Pick<Partnership, 'id' | 'kind' | 'parties' | 'dateStart' | 'dateEnd'>;

export function hasExplorerFilters(f: ExplorerFilters): boolean {
  return f.pkind.length > 0 || f.pyear != null || f.pair != null;
}

/** The distinct countries of a partnership's parties, sorted. Parties that are not loaded are ignored. */
export function countriesOf(p: Pick<Partnership, 'parties'>, sitesById: SiteLookup): string[] {
  const countries = new Set<string>();
  for (const id of p.parties) {
    const country = sitesById.get(id)?.country;
    if (country) countries.add(country);
  }
  return [...countries].sort();
}

/** The pairs a partnership belongs to: "KR-KR" when domestic, otherwise every pair of distinct countries. */
export function pairsOf(p: Pick<Partnership, 'parties'>, sitesById: SiteLookup): string[] {
  const countries = countriesOf(p, sitesById);
  if (countries.length === 1) return [pairKey(countries[0], countries[0])];
  const pairs: string[] = [];
  for (let i = 0; i < countries.length; i++) {
    for (let j = i + 1; j < countries.length; j++) pairs.push(pairKey(countries[i], countries[j]));
  }
  return pairs;
}

type Facet = keyof ExplorerFilters;

function explorerFacets(f: ExplorerFilters, sitesById: SiteLookup): FacetSpecs<Filterable, Facet> {
  return {
    pkind: { valueOf: (p) => p.kind, selected: f.pkind },
    pyear: { valueOf: partnershipYears, selected: f.pyear == null ? [] : [f.pyear] },
    pair: { valueOf: (p) => pairsOf(p, sitesById), selected: f.pair == null ? [] : [f.pair] },
  };
}

export function filterPartnerships<P extends Filterable>(partnerships: readonly P[], f: ExplorerFilters, sitesById: SiteLookup): P[] {
  return filterFacets(partnerships, explorerFacets(f, sitesById));
}

/** Most recent first (by end, else start), undated last; ties keep the data's order. */
export function sortByRecency<P extends Filterable>(partnerships: readonly P[]): P[] {
  const key = (p: P) => p.dateEnd ?? p.dateStart ?? '';
  return partnerships
    .map((p, i) => ({ p, i, k: key(p) }))
    .sort((a, b) => (a.k === b.k ? a.i - b.i : a.k === '' ? 1 : b.k === '' ? -1 : b.k.localeCompare(a.k)))
    .map((x) => x.p);
}

export interface ExplorerOptions {
  /** Every kind of the vocabulary, with how many partnerships it would show given the year and pair filters. */
  kinds: { value: PartnershipKind; count: number }[];
  /** Years present in the data (plus a selected one that is not), ascending, with counts given kind and pair. */
  years: { value: number; count: number }[];
  /** Country pairs present in the data (plus a selected one that is not), with counts given kind and year. */
  pairs: { value: string; count: number }[];
}

export function explorerOptions(partnerships: readonly Filterable[], f: ExplorerFilters, sitesById: SiteLookup): ExplorerOptions {
  // Seeded: every year and pair in the data is offered, with 0 when the other filters leave nothing.
  const counts = countFacets(partnerships, explorerFacets(f, sitesById), undefined, { seed: true });
  const kindCounts = counts.pkind as Map<PartnershipKind, number>;
  const yearCounts = counts.pyear as Map<number, number>;
  const pairCounts = counts.pair as Map<string, number>;
  // A selection from a shared link may name a year or pair this data lacks: keep it visible, with 0.
  if (f.pyear != null && !yearCounts.has(f.pyear)) yearCounts.set(f.pyear, 0);
  if (f.pair != null && !pairCounts.has(f.pair)) pairCounts.set(f.pair, 0);

  const [domestic, crossBorder] = [...pairCounts.entries()]
    .map(([value, count]) => ({ value, count }))
    .reduce<[{ value: string; count: number }[], { value: string; count: number }[]]>(
      (acc, o) => {
        const [a, b] = o.value.split('-');
        acc[a === b ? 0 : 1].push(o);
        return acc;
      },
      [[], []],
    );
  const byValue = (a: { value: string }, b: { value: string }) => a.value.localeCompare(b.value);

  return {
    kinds: PARTNERSHIP_KINDS.map((value) => ({ value, count: kindCounts.get(value) ?? 0 })),
    years: [...yearCounts.entries()].map(([value, count]) => ({ value, count })).sort((a, b) => a.value - b.value),
    // Cross-border pairs first: they are what the atlas is about.
    pairs: [...crossBorder.sort(byValue), ...domestic.sort(byValue)],
  };
}
