/**
 * Everything derived from the loaded data and the URL's filters, computed once
 * per change and shared by the map, the list, the counts and the summary.
 * Filtering runs on a deferred copy of the filters, so typing and clicking stay
 * responsive on large datasets.
 */
import { useDeferredValue, useMemo } from 'react';
import type { AtlasData } from '../api/queries';
import { applyFilters, buildSiteIndex, facetCounts, partnershipsOf, regionsOf } from '../state/filters';
import { EMPTY_FILTERS, type Filters } from '../state/urlState';
import { yearSpanOf } from '../state/years';

/** The year inputs' hint when the data has no dates at all. */
const NO_YEARS: [number, number] = [2000, 2030];

export function useExplore(data: AtlasData | undefined, filters: Filters) {
  const deferred = useDeferredValue(filters);
  const sites = data?.sites;
  const partnerships = data?.partnerships;

  const index = useMemo(() => (sites && partnerships ? buildSiteIndex(sites, partnerships) : undefined), [sites, partnerships]);
  const regions = useMemo(() => regionsOf(sites ?? []), [sites]);
  const regionNames = useMemo(() => new Map(regions.map((r) => [r.code, r.name])), [regions]);

  // One pass with every filter but the years (what the timeline picks years from), then the years on that.
  const sitesForTimeline = useMemo(
    () => (sites && index ? applyFilters(sites, { ...deferred, from: null, to: null }, index) : []),
    [sites, index, deferred],
  );
  const filteredSites = useMemo(
    () =>
      index && (deferred.from != null || deferred.to != null)
        ? applyFilters(sitesForTimeline, { ...EMPTY_FILTERS, from: deferred.from, to: deferred.to }, index)
        : sitesForTimeline,
    [sitesForTimeline, index, deferred.from, deferred.to],
  );
  const filteredIds = useMemo(() => new Set(filteredSites.map((s) => s.id)), [filteredSites]);
  const filteredPartnerships = useMemo(
    () => partnershipsOf(partnerships ?? [], filteredIds, deferred),
    [partnerships, filteredIds, deferred],
  );
  const counts = useMemo(() => (sites && index ? facetCounts(sites, deferred, index) : undefined), [sites, index, deferred]);
  const partnershipsForTimeline = useMemo(() => {
    const ids = new Set(sitesForTimeline.map((s) => s.id));
    return partnershipsOf(partnerships ?? [], ids, { from: null, to: null });
  }, [partnerships, sitesForTimeline]);
  const yearSpan = useMemo(() => (index && yearSpanOf(index.years.values())) || NO_YEARS, [index]);

  return {
    index,
    regions,
    regionNames,
    filteredSites,
    filteredPartnerships,
    counts,
    sitesForTimeline,
    partnershipsForTimeline,
    yearSpan,
    isStale: deferred !== filters,
  };
}
