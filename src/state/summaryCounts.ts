/** Site counts per country and per sector for the summary charts. Free of React. */
import type { Site } from '../api/schema';
import { COUNTRIES, SECTORS, type Country, type Sector } from '../api/vocabulary';

export interface Bar<T extends string> {
  value: T;
  count: number;
}

export interface SummaryCounts {
  /** Every country, in COUNTRIES order, zero counts included (a bar to add it back to the filter). */
  countries: Bar<Country>[];
  /** Sectors in SECTORS order that have a site or are selected; a site counts once for each of its sectors. */
  sectors: Bar<Sector>[];
}

export function summaryCounts(sites: readonly Site[], selectedSectors: readonly Sector[] = []): SummaryCounts {
  const byCountry = new Map<string, number>();
  const bySector = new Map<string, number>();
  for (const site of sites) {
    byCountry.set(site.country, (byCountry.get(site.country) ?? 0) + 1);
    for (const sector of new Set(site.sectors)) bySector.set(sector, (bySector.get(sector) ?? 0) + 1);
  }
  return summaryOfTallies(byCountry, bySector, selectedSectors);
}

/** The charts from sites counted per country and per sector elsewhere (the data worker counts them from its facet index). */
export function summaryOfTallies(
  byCountry: ReadonlyMap<string, number>,
  bySector: ReadonlyMap<string, number>,
  selectedSectors: readonly Sector[] = [],
): SummaryCounts {
  return {
    countries: COUNTRIES.map((value) => ({ value, count: byCountry.get(value) ?? 0 })),
    sectors: SECTORS.filter((s) => bySector.has(s) || selectedSectors.includes(s)).map((value) => ({
      value,
      count: bySector.get(value) ?? 0,
    })),
  };
}

/** A bar's length in percent of the longest bar of its chart. */
export function barPercent(count: number, max: number): number {
  return max > 0 ? Math.max(0, Math.min(100, (count / max) * 100)) : 0;
}
