/**
 * TanStack Query: one queryOptions factory per resource. Keys nest
 * [resource, kind, params]; server data lives only in the Query cache.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { loadConfig, type AtlasConfig } from './config';
import { linkPartnerships, type SkippedRecord } from './parse';
import type { Partnership, Site } from './schema';
import { useAtlasRuntime } from './runtime';
import type { DataSource } from './sources/DataSource';

/** Aborts a request after the configured time as well as when Query cancels it. */
function withTimeout(signal: AbortSignal, ms: number): AbortSignal {
  return AbortSignal.any([signal, AbortSignal.timeout(ms)]);
}

export const configQueryOptions = () =>
  queryOptions({
    queryKey: ['config'],
    queryFn: ({ signal }) => loadConfig(undefined, signal),
    staleTime: Infinity,
    retry: false,
  });

export const sitesQueryOptions = (source: DataSource, timeoutMs: number) =>
  queryOptions({
    queryKey: ['sites', 'list', { source: source.describe, timeoutMs }],
    queryFn: ({ signal }) => source.fetchSites(withTimeout(signal, timeoutMs)),
    staleTime: 5 * 60_000,
  });

export const partnershipsQueryOptions = (source: DataSource, timeoutMs: number) =>
  queryOptions({
    queryKey: ['partnerships', 'list', { source: source.describe, timeoutMs }],
    queryFn: ({ signal }) => source.fetchPartnerships(withTimeout(signal, timeoutMs)),
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
