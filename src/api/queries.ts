/**
 * TanStack Query: one queryOptions factory per resource. Keys nest
 * [resource, kind, params]; server data lives only in the Query cache.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import { CONFIG_URL, loadConfig, type AtlasConfig } from './config';
import { linkPartnerships, type SkippedRecord } from './parse';
import type { Partnership, Site } from './schema';
import { useAtlasRuntime } from './runtime';
import type { ProgressState } from './progress';
import type { DataSource } from './sources/DataSource';

export const configQueryOptions = () =>
  queryOptions({
    queryKey: ['config'],
    queryFn: ({ signal }) => loadConfig(CONFIG_URL, { signal }),
    staleTime: Infinity,
    retry: false,
  });

/**
 * Both collections. Each request has the configured timeout; a failed attempt
 * is retried by TanStack Query with backoff (see createQueryClient), and a
 * paged source goes on from the page that failed.
 */
export const sitesQueryOptions = (source: DataSource, timeoutMs: number) =>
  queryOptions({
    queryKey: ['sites', 'list', { source: source.describe, timeoutMs }],
    queryFn: ({ signal }) => source.fetchSites({ signal, timeoutMs }),
    staleTime: 5 * 60_000,
  });

export const partnershipsQueryOptions = (source: DataSource, timeoutMs: number) =>
  queryOptions({
    queryKey: ['partnerships', 'list', { source: source.describe, timeoutMs }],
    queryFn: ({ signal }) => source.fetchPartnerships({ signal, timeoutMs }),
    staleTime: 5 * 60_000,
  });


export interface AtlasData {
  sites: Site[];
  partnerships: Partnership[];
  sitesById: Map<string, Site>;
  partnershipsById: Map<string, Partnership>;
  /** Every record left out, with why: invalid, duplicate, or naming an unknown party. */
  skipped: SkippedRecord[];
}

/**
 * Both collections, validated and linked. Sites and partnerships load
 * independently: a failing partnerships request does not hide the sites.
 */
export function useAtlasData() {
  const { source, config } = useAtlasRuntime();
  const sitesQuery = useQuery(sitesQueryOptions(source, config.requestTimeoutMs));
  const partnershipsQuery = useQuery(partnershipsQueryOptions(source, config.requestTimeoutMs));

  const data = useMemo<AtlasData | undefined>(() => {
    if (!sitesQuery.data) return undefined;
    const sites = sitesQuery.data.records;
    const linked = partnershipsQuery.data ? linkPartnerships(partnershipsQuery.data.records, sites) : { records: [], skipped: [] };
    return {
      sites,
      partnerships: linked.records,
      sitesById: new Map(sites.map((s) => [s.id, s])),
      partnershipsById: new Map(linked.records.map((p) => [p.id, p])),
      skipped: [...sitesQuery.data.skipped, ...(partnershipsQuery.data?.skipped ?? []), ...linked.skipped],
    };
  }, [sitesQuery.data, partnershipsQuery.data]);

  return { data, sitesQuery, partnershipsQuery };
}

export type { AtlasConfig };

/** How far each collection has loaded, while it loads. */
export function useLoadProgress(): ProgressState {
  const { progress } = useAtlasRuntime().source;
  return useSyncExternalStore(progress.subscribe, progress.get);
}
