/**
 * Filtering, free-text search and facet counts over the sites: pure functions,
 * shared by the map, the list, the filter panel and the summary so they always
 * agree.
 */
import { otherNames } from '../api/names';
import type { Partnership, Site } from '../api/schema';
import type { Country } from '../api/vocabulary';
import { countIndexed, indexFacets, type FacetCountsOf, type FacetIndex } from './facets';
import type { Filters } from './urlState';
import { partnershipYears, siteOwnYears, yearSpanOf } from './years';

/**
 * Kazakh letters and the Russian letters people type for them on a keyboard
 * without a Kazakh layout: "Ақтөбе" is found by "Актобе", "Қазақстан" by "Казахстан".
 */
const KAZAKH_TO_BASE: Record<string, string> = { ә: 'а', і: 'и', ң: 'н', ғ: 'г', ү: 'у', ұ: 'у', қ: 'к', ө: 'о', һ: 'х' };
const KAZAKH_LETTERS = /[әіңғүұқөһ]/g;

/** Printable ASCII and line breaks (search texts are lines joined). */
const ASCII = /^[\n -~]*$/;

/** Lower-case, accents stripped, compatibility forms and Kazakh letters folded: "Ақтөбе" ~ "актобе", "Séoul" ~ "seoul". */
export function foldText(text: string): string {
  // Plain ASCII has nothing to fold but its case (most names in a large registry: a fast path for 100,000 of them).
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(KAZAKH_LETTERS, (c) => KAZAKH_TO_BASE[c]);
}

/** Korean is often typed without the spaces of the written name: "송도바이오" for "송도 바이오 클러스터". */
const SPACE_IN_HANGUL = /(?<=\p{Script=Hangul})\s+(?=\p{Script=Hangul})/gu;
function withoutHangulSpaces(text: string): string | undefined {
  const joined = text.replace(SPACE_IN_HANGUL, '');
  return joined === text ? undefined : joined;
}

/** What each site is searched and dated by, computed once per dataset. */
export interface SiteIndex {
  /**
   * A site's folded search text: names in every language, aliases, the organisations it is linked to, summary,
   * places. Made on first use (a search), since most visits never search and 100,000 of them take a second.
   */
  haystack: (id: string) => string;
  /**
   * Every year the data attaches to the site: founding, milestones, figures, its partnerships (in no order, maybe
   * repeated). Made on first use (a year filter): listing them for 100,000 sites at every load took half a second.
   */
  years: (id: string) => readonly number[];
  /** The earliest and latest of all sites' years. */
  yearSpan: [number, number] | undefined;
  /** Number of partnerships per site. */
  partnershipCount: Map<string, number>;
}

export function buildSiteIndex(sites: Site[], partnerships: Partnership[]): SiteIndex {
  const byId = new Map(sites.map((s) => [s.id, s]));
  const linked = new Map<string, Partnership[]>();
  for (const p of partnerships) {
    for (const id of p.parties) {
      const list = linked.get(id);
      if (list) list.push(p);
      else linked.set(id, [p]);
    }
  }
  const haystacks = new Map<string, string>();
  const partnershipCount = new Map<string, number>();
  for (const s of sites) partnershipCount.set(s.id, linked.get(s.id)?.length ?? 0);
  const yearsOf = new Map<string, number[]>();
  const years = (id: string) => {
    let list = yearsOf.get(id);
    if (list) return list;
    const s = byId.get(id);
    list = s ? siteOwnYears(s) : [];
    for (const p of linked.get(id) ?? []) for (const y of partnershipYears(p)) list.push(y);
    yearsOf.set(id, list);
    return list;
  };
  // The span of every site's years: its own, and those of the partnerships that have a party among the sites.
  const yearSpan = yearSpanOf(
    (function* () {
      for (const s of sites) yield siteOwnYears(s);
      for (const p of partnerships) if (p.parties.some((id) => byId.has(id))) yield partnershipYears(p);
    })(),
  );
  const haystack = (id: string) => {
    let text = haystacks.get(id);
    if (text !== undefined) return text;
    const s = byId.get(id);
    if (!s) return '';
    const links = linked.get(id) ?? [];
    const partners = links.flatMap((p) => p.parties.filter((other) => other !== id).map((other) => byId.get(other)?.name_en ?? ''));
    const parent = s.parentId ? byId.get(s.parentId)?.name_en : undefined;
    // Folded part by part: most parts (summary, titles, English names) are plain ASCII and take the fast path.
    text = [
      s.name_en,
      ...otherNames(s).map((n) => n.text),
      ...otherNames(s).map((n) => withoutHangulSpaces(n.text)),
      ...s.aliases,
      s.summary_en,
      s.city_en,
      s.regionName,
      parent,
      ...partners,
      ...links.map((p) => p.title_en),
      ...s.milestones.map((m) => m.label_en),
    ]
      .filter((part): part is string => Boolean(part))
      .map(foldText)
      .join('\n');
    haystacks.set(id, text);
    return text;
  };
  return { haystack, years, yearSpan, partnershipCount };
}

type Facet = 'country' | 'region' | 'sector' | 'kind' | 'status';

/** Each facet's value(s) of a site. */
const SITE_FACET_VALUES: { [K in Facet]: (s: Site) => string | readonly string[] } = {
  country: (s) => s.country,
  region: (s) => s.region,
  sector: (s) => s.sectors,
  kind: (s) => s.kind,
  status: (s) => s.status,
};

/** The sites' facet values as numbers, made once per dataset: counting 100,000 sites then reads only typed arrays. */
export type SiteFacetIndex = FacetIndex<Facet>;
export const indexSiteFacets = (sites: readonly Site[]): SiteFacetIndex => indexFacets(sites, SITE_FACET_VALUES);

/** The non-facet part of the filters, prepared once per filtering pass rather than per site. */
interface Prepared {
  words: string[];
  from: number;
  to: number;
  hasYears: boolean;
}

function prepare(filters: Filters): Prepared {
  return {
    // Every word must appear somewhere: "songdo cdmo" finds CDMOs in Songdo.
    words: filters.q ? foldText(filters.q).split(' ').filter(Boolean) : [],
    from: filters.from ?? -Infinity,
    to: filters.to ?? Infinity,
    hasYears: filters.from != null || filters.to != null,
  };
}

/** The years and the search: what `matchingReadsPartnerships` (urlState.ts) says reads the partnerships too. */
function matchesRest(site: Site, p: Prepared, index: SiteIndex): boolean {
  if (p.hasYears && !index.years(site.id).some((y) => y >= p.from && y <= p.to)) return false;
  if (p.words.length > 0) {
    const haystack = index.haystack(site.id);
    if (!p.words.every((word) => haystack.includes(word))) return false;
  }
  return true;
}

/** The sites matching every filter (one pass of facetCounts; `facets` as there). */
export function applyFilters(sites: Site[], filters: Filters, index: SiteIndex, facets?: SiteFacetIndex): Site[] {
  const kept: Site[] = [];
  facetCounts(sites, filters, index, { facets, onMatch: (position) => kept.push(sites[position]) });
  return kept;
}

/** Sites that would match for each option of each facet, given every other active filter. */
export type FacetCounts = FacetCountsOf<Facet>;

/**
 * The facet counts, in one pass that can also pick the matching sites: `onMatch` hears the position of each site
 * matching every filter. `facets` is the sites' index (indexSiteFacets), made here when not given.
 */
export function facetCounts(
  sites: Site[],
  filters: Filters,
  index: SiteIndex,
  { facets = indexSiteFacets(sites), onMatch }: { facets?: SiteFacetIndex; onMatch?: (position: number) => void } = {},
): FacetCounts {
  const prepared = prepare(filters);
  const passesRest = prepared.hasYears || prepared.words.length > 0 ? (i: number) => matchesRest(sites[i], prepared, index) : undefined;
  const { country, region, sector, kind, status } = filters;
  return countIndexed(facets, { country, region, sector, kind, status }, passesRest, { onMatch }) as FacetCounts;
}

/**
 * The filtered sites, as partnershipsOf asks about them: by id (a set of ids), or (faster, for a large dataset)
 * whether the partnership at an index of the list given to partnershipsOf has a party among them.
 */
export type PartySites = { has(id: string): boolean } | { hasPartyAt(index: number): boolean };

/** Partnerships to draw for the filtered sites: those with at least one party among them. */
export function partnershipsOf(partnerships: Partnership[], siteIds: PartySites, filters: Pick<Filters, 'from' | 'to'>): Partnership[] {
  return partnerships.filter((p, index) => {
    if (!('hasPartyAt' in siteIds ? siteIds.hasPartyAt(index) : p.parties.some((id) => siteIds.has(id)))) return false;
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
