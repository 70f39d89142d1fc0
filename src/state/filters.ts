/**
 * Filtering, free-text search and facet counts over the sites: pure functions,
 * shared by the map, the list, the filter panel and the summary so they always
 * agree.
 */
import type { Partnership, Site } from '../api/schema';
import type { Country } from '../api/vocabulary';
import type { Filters } from './urlState';

/** Lower-case, accents stripped, compatibility forms folded: "Ақтөбе" ~ "ақтөбе", "Séoul" ~ "seoul". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** What each site is searched and dated by, computed once per dataset. */
export interface SiteIndex {
  /** Folded names in every language, aliases, organisations it is linked to, summary, places. */
  haystack: Map<string, string>;
  /** Every year the data attaches to the site: founding, milestones, figures, its partnerships. */
  years: Map<string, number[]>;
  /** Number of partnerships per site. */
  partnershipCount: Map<string, number>;
}

const yearOf = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : undefined);

/** Every year from start to end; a partnership with only an end date (a deadline) is dated by it. */
export function partnershipYears(p: Pick<Partnership, 'dateStart' | 'dateEnd'>): number[] {
  const start = yearOf(p.dateStart) ?? yearOf(p.dateEnd);
  const end = yearOf(p.dateEnd) ?? start;
  if (start === undefined || end === undefined) return [];
  const years: number[] = [];
  for (let y = Math.min(start, end); y <= Math.max(start, end); y++) years.push(y);
  return years;
}

export function siteOwnYears(site: Site): number[] {
  return [yearOf(site.founded), ...site.milestones.map((m) => yearOf(m.date)), ...site.figures.map((f) => f.year)].filter(
    (y): y is number => y !== undefined,
  );
}

export function buildSiteIndex(sites: Site[], partnerships: Partnership[]): SiteIndex {
  const byId = new Map(sites.map((s) => [s.id, s]));
  const linked = new Map<string, Partnership[]>();
  for (const p of partnerships) for (const id of p.parties) linked.set(id, [...(linked.get(id) ?? []), p]);
  const haystack = new Map<string, string>();
  const years = new Map<string, number[]>();
  const partnershipCount = new Map<string, number>();
  for (const s of sites) {
    const links = linked.get(s.id) ?? [];
    const partners = links.flatMap((p) => p.parties.filter((id) => id !== s.id).map((id) => byId.get(id)?.name_en ?? ''));
    const parent = s.parentId ? byId.get(s.parentId)?.name_en : undefined;
    haystack.set(
      s.id,
      foldText(
        [
          s.name_en,
          s.name_ko,
          s.name_ru,
          s.name_kk,
          s.name_zh,
          ...s.aliases,
          s.summary_en,
          s.city_en,
          s.regionName,
          parent,
          ...partners,
          ...links.map((p) => p.title_en),
          ...s.milestones.map((m) => m.label_en),
        ]
          .filter(Boolean)
          .join('\n'),
      ),
    );
    years.set(
      s.id,
      [...new Set([...siteOwnYears(s), ...links.flatMap(partnershipYears)])].sort((a, b) => a - b),
    );
    partnershipCount.set(s.id, links.length);
  }
  return { haystack, years, partnershipCount };
}

type Facet = 'country' | 'region' | 'sector' | 'kind' | 'status';
export const FACETS: readonly Facet[] = ['country', 'region', 'sector', 'kind', 'status'];

function matchesFacet(site: Site, facet: Facet, selected: readonly string[]): boolean {
  if (selected.length === 0) return true;
  switch (facet) {
    case 'country':
      return selected.includes(site.country);
    case 'region':
      return selected.includes(site.region);
    case 'sector':
      return site.sectors.some((s) => selected.includes(s));
    case 'kind':
      return selected.includes(site.kind);
    case 'status':
      return selected.includes(site.status);
  }
}

/** The non-facet part of the filters, prepared once per filtering pass rather than per site. */
interface Prepared {
  filters: Filters;
  words: string[];
  from: number;
  to: number;
  hasYears: boolean;
}

function prepare(filters: Filters): Prepared {
  return {
    filters,
    // Every word must appear somewhere: "songdo cdmo" finds CDMOs in Songdo.
    words: filters.q ? foldText(filters.q).split(' ').filter(Boolean) : [],
    from: filters.from ?? -Infinity,
    to: filters.to ?? Infinity,
    hasYears: filters.from != null || filters.to != null,
  };
}

function matchesRest(site: Site, p: Prepared, index: SiteIndex): boolean {
  if (p.hasYears && !(index.years.get(site.id) ?? []).some((y) => y >= p.from && y <= p.to)) return false;
  if (p.words.length > 0) {
    const haystack = index.haystack.get(site.id) ?? '';
    if (!p.words.every((word) => haystack.includes(word))) return false;
  }
  return true;
}

function matchesPrepared(site: Site, p: Prepared, index: SiteIndex, except?: Facet): boolean {
  return FACETS.every((f) => f === except || matchesFacet(site, f, p.filters[f])) && matchesRest(site, p, index);
}

export function matchesFilters(site: Site, filters: Filters, index: SiteIndex, except?: Facet): boolean {
  return matchesPrepared(site, prepare(filters), index, except);
}

export function applyFilters(sites: Site[], filters: Filters, index: SiteIndex): Site[] {
  const prepared = prepare(filters);
  return sites.filter((s) => matchesPrepared(s, prepared, index));
}

/** Sites that would match for each option of each facet, given every other active filter. */
export type FacetCounts = Record<Facet, Map<string, number>>;

export function facetCounts(sites: Site[], filters: Filters, index: SiteIndex): FacetCounts {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as FacetCounts;
  const bump = (facet: Facet, value: string) => counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  const prepared = prepare(filters);
  for (const site of sites) {
    if (!matchesRest(site, prepared, index)) continue;
    // Which facets does this site fail? Counting for facet F ignores F's own selection.
    const failing = FACETS.filter((f) => !matchesFacet(site, f, filters[f]));
    if (failing.length > 1) continue;
    for (const facet of FACETS) {
      if (failing.length === 1 && failing[0] !== facet) continue;
      if (facet === 'sector') site.sectors.forEach((s) => bump('sector', s));
      else bump(facet, site[facet]);
    }
  }
  return counts;
}

/** Partnerships to draw for the filtered sites: those with at least one party among them. */
export function partnershipsOf(
  partnerships: Partnership[],
  siteIds: ReadonlySet<string>,
  filters: Pick<Filters, 'from' | 'to'>,
): Partnership[] {
  return partnerships.filter((p) => {
    if (!p.parties.some((id) => siteIds.has(id))) return false;
    if (filters.from == null && filters.to == null) return true;
    const years = partnershipYears(p);
    // An undated partnership is kept only when no year filter is set.
    return years.some((y) => y >= (filters.from ?? -Infinity) && y <= (filters.to ?? Infinity));
  });
}

/** The regions present in the data, per country, for the region filter. */
export function regionsOf(sites: Site[]): { code: string; name: string; country: Country }[] {
  const seen = new Map<string, { code: string; name: string; country: Country }>();
  for (const s of sites) if (!seen.has(s.region)) seen.set(s.region, { code: s.region, name: s.regionName, country: s.country });
  return [...seen.values()].sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
}
