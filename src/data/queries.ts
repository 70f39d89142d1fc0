/**
 * The data as the interface asks for it, through TanStack Query: loading the
 * two collections (each retried with backoff, each failing on its own), then
 * questions to the data worker keyed by what they depend on. Server data lives
 * in the worker and in this cache; the URL holds what a person would share.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { ReaderLanguage } from '../api/names';
import type { ProgressState } from '../api/progress';
import type { SiteSort } from '../state/sortSites';
import { matchingReadsPartnerships, type Filters } from '../state/urlState';
import type { DataClient } from './client';
import type { LoadedSummary, MapArcsOptions } from './engine';
import { useAtlasRuntime } from './runtime';

export const sitesQueryOptions = (client: DataClient, source: string, timeoutMs: number) =>
  queryOptions({
    queryKey: ['sites', 'load', { source, timeoutMs }],
    queryFn: ({ signal }) => client.loadSites(timeoutMs, signal),
    staleTime: Infinity,
  });

export const partnershipsQueryOptions = (client: DataClient, source: string, timeoutMs: number) =>
  queryOptions({
    queryKey: ['partnerships', 'load', { source, timeoutMs }],
    queryFn: ({ signal }) => client.loadPartnerships(timeoutMs, signal),
    staleTime: Infinity,
  });

/**
 * Both collections, loaded independently: a failing partnerships request does
 * not hide the sites. `summary` is the engine's latest account of both
 * (whichever load finished last has linked them), and `version` changes
 * whenever the loaded data does, so answers about it are asked again.
 */
export function useAtlasData() {
  const { client, describe, config } = useAtlasRuntime();
  const sitesQuery = useQuery(sitesQueryOptions(client, describe, config.requestTimeoutMs));
  const partnershipsQuery = useQuery(partnershipsQueryOptions(client, describe, config.requestTimeoutMs));
  const latest =
    sitesQuery.data && partnershipsQuery.data
      ? partnershipsQuery.dataUpdatedAt >= sitesQuery.dataUpdatedAt
        ? partnershipsQuery.data
        : sitesQuery.data
      : sitesQuery.data;
  const summary: LoadedSummary | undefined = latest;
  const version = `${sitesQuery.dataUpdatedAt}:${partnershipsQuery.dataUpdatedAt}`;
  return { summary, version, sitesQuery, partnershipsQuery };
}

/** How far each collection has loaded, while it loads. */
export function useLoadProgress(): ProgressState {
  const { progress } = useAtlasRuntime().client;
  return useSyncExternalStore(progress.subscribe, progress.get);
}

export interface ExploreParams {
  filters: Filters;
  selectedId?: string;
  sort: SiteSort | null;
  inView?: [number, number, number, number];
  reader: ReaderLanguage;
}

/** Counts, the list's order, the summary and the timeline for the filters: asked of the worker, the last answer kept while the next comes. */
export function useExploreResult(version: string, enabled: boolean, params: ExploreParams) {
  const { client } = useAtlasRuntime();
  return useQuery({
    queryKey: ['sites', 'explore', { version, ...params }],
    queryFn: ({ signal }) => client.explore(params, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

/** The timeline for the filters (every filter but the years), asked apart so the counts never wait for it. */
export function useTimeline(version: string, enabled: boolean, filters: Filters, reader: ReaderLanguage) {
  const { client } = useAtlasRuntime();
  // The years are left out of the key: moving the range does not change what the timeline shows.
  const request = { filters: { ...filters, from: null, to: null }, reader };
  return useQuery({
    queryKey: ['sites', 'timeline', { version, ...request }],
    queryFn: ({ signal }) => client.timeline(request, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

/**
 * The map's sources: the matching sites and their partnerships' arcs, rebuilt only when the matching set changes.
 * Unless the filters read the partnerships, the points follow the sites alone (`sitesVersion`), so partnerships
 * arriving after the sites do not rebuild them (33 MB at 100,000 sites).
 */
export function useMapData(version: string, sitesVersion: number, enabled: boolean, filters: Filters, arcsOptions: MapArcsOptions) {
  const { client } = useAtlasRuntime();
  const sites = useQuery({
    queryKey: ['sites', 'map', { version: matchingReadsPartnerships(filters) ? version : sitesVersion, filters }],
    queryFn: ({ signal }) => client.mapSites(filters, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 0,
  });
  const arcs = useQuery({
    queryKey: ['partnerships', 'map', { version, filters, ...arcsOptions }],
    queryFn: ({ signal }) => client.mapArcs(filters, arcsOptions, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 0,
  });
  return { sites: sites.data, arcs: arcs.data, current: sites.isSuccess && !sites.isPlaceholderData && arcs.isSuccess && !arcs.isPlaceholderData };
}

/** The selected partnership's own arcs, drawn over the others (or over the flows) apart from them. */
export function useSelectedArcs(version: string, enabled: boolean, id: string | undefined) {
  const { client } = useAtlasRuntime();
  return useQuery({
    queryKey: ['partnerships', 'selectedArcs', { version, id }],
    queryFn: () => client.selectedArcs(id!),
    enabled: enabled && id !== undefined,
    staleTime: Infinity,
  }).data;
}

export const siteDetailsOptions = (client: DataClient, version: string, id: string | undefined) =>
  queryOptions({
    queryKey: ['sites', 'detail', { version, id }],
    queryFn: () => client.site(id!),
    enabled: id !== undefined,
    staleTime: Infinity,
  });

export const partnershipDetailsOptions = (client: DataClient, version: string, id: string | undefined) =>
  queryOptions({
    queryKey: ['partnerships', 'detail', { version, id }],
    queryFn: () => client.partnership(id!),
    enabled: id !== undefined,
    staleTime: Infinity,
  });

export function useGroups(version: string, enabled: boolean) {
  const { client } = useAtlasRuntime();
  return useQuery({ queryKey: ['sites', 'groups', { version }], queryFn: () => client.groups(), enabled, staleTime: Infinity });
}
