/**
 * The partnership explorer's filtering, free of React: which partnerships match
 * a kind / year / country-pair selection, which options the data offers, and
 * how many partnerships each option would show given the other filters.
 */
import type { Partnership, Site } from '../../api/schema';
import { partnershipYears } from '../../state/filters';
import { PARTNERSHIP_KINDS, type PartnershipKind } from '../../api/vocabulary';

/** The same shape as ExplorerFilters in PartnershipExplorer.tsx (kept here so this module stands alone). */
export interface PartnershipFilterState {
  pkind: readonly PartnershipKind[];
  pyear: number | null;
  /** Sorted country pair such as "KR-KZ"; "KR-KR" means every party is in KR. */
  pair: string | null;
}

type SiteLookup = ReadonlyMap<string, Pick<Site, 'country'>>;

export const NO_EXPLORER_FILTERS: PartnershipFilterState = { pkind: [], pyear: null, pair: null };

export function hasExplorerFilters(f: PartnershipFilterState): boolean {
  return f.pkind.length > 0 || f.pyear != null || f.pair != null;
}

/** The years a partnership covers: the same rule the year filter and the timeline use. */
export const yearsOf = partnershipYears;

export function matchesYear(p: Pick<Partnership, 'dateStart' | 'dateEnd'>, year: number): boolean {
  return yearsOf(p).includes(year);
}

/** A pair key with its two country codes in alphabetical order: ("KZ", "KR") → "KR-KZ". */
export function pairKey(a: string, b: string): string {
  return [a, b].sort().join('-');
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

export function matchesPair(p: Pick<Partnership, 'parties'>, pair: string, sitesById: SiteLookup): boolean {
  const [a, b] = pair.split('-');
  if (!a || !b) return false;
  const countries = countriesOf(p, sitesById);
  if (a === b) return countries.length === 1 && countries[0] === a;
  return countries.includes(a) && countries.includes(b);
}

type Facet = 'pkind' | 'pyear' | 'pair';

function matchesExcept(p: Partnership, f: PartnershipFilterState, sitesById: SiteLookup, skip?: Facet): boolean {
  if (skip !== 'pkind' && f.pkind.length > 0 && !f.pkind.includes(p.kind)) return false;
  if (skip !== 'pyear' && f.pyear != null && !matchesYear(p, f.pyear)) return false;
  if (skip !== 'pair' && f.pair != null && !matchesPair(p, f.pair, sitesById)) return false;
  return true;
}

export function matchesExplorerFilters(p: Partnership, f: PartnershipFilterState, sitesById: SiteLookup): boolean {
  return matchesExcept(p, f, sitesById);
}

export function filterPartnerships(partnerships: readonly Partnership[], f: PartnershipFilterState, sitesById: SiteLookup): Partnership[] {
  return partnerships.filter((p) => matchesExcept(p, f, sitesById));
}

/** Most recent first (by end, else start), undated last; ties keep the data's order. */
export function sortByRecency(partnerships: readonly Partnership[]): Partnership[] {
  const key = (p: Partnership) => p.dateEnd ?? p.dateStart ?? '';
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

export function explorerOptions(partnerships: readonly Partnership[], f: PartnershipFilterState, sitesById: SiteLookup): ExplorerOptions {
  const kindCounts = new Map<PartnershipKind, number>();
  const yearCounts = new Map<number, number>();
  const pairCounts = new Map<string, number>();
  for (const p of partnerships) {
    const years = yearsOf(p);
    const pairs = pairsOf(p, sitesById);
    for (const y of years) if (!yearCounts.has(y)) yearCounts.set(y, 0);
    for (const pair of pairs) if (!pairCounts.has(pair)) pairCounts.set(pair, 0);
    if (matchesExcept(p, f, sitesById, 'pkind')) kindCounts.set(p.kind, (kindCounts.get(p.kind) ?? 0) + 1);
    if (matchesExcept(p, f, sitesById, 'pyear')) for (const y of years) yearCounts.set(y, yearCounts.get(y)! + 1);
    if (matchesExcept(p, f, sitesById, 'pair')) for (const pair of pairs) pairCounts.set(pair, pairCounts.get(pair)! + 1);
  }
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
