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

/**
 * Runs a request that is aborted after the configured time as well as when
 * Query cancels it. (A plain timer rather than AbortSignal.timeout, which Node
 * may garbage-collect before it fires.)
 */
async function withTimeout<T>(signal: AbortSignal, ms: number, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`No answer within ${ms} ms`, 'TimeoutError')), ms);
  const cancel = () => controller.abort(signal.reason);
  signal.addEventListener('abort', cancel, { once: true });
  try {
    return await run(controller.signal);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
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
    queryFn: ({ signal }) => withTimeout(signal, timeoutMs, (s) => source.fetchSites(s)),
    staleTime: 5 * 60_000,
  });

export const partnershipsQueryOptions = (source: DataSource, timeoutMs: number) =>
  queryOptions({
    queryKey: ['partnerships', 'list', { source: source.describe, timeoutMs }],
    queryFn: ({ signal }) => withTimeout(signal, timeoutMs, (s) => source.fetchPartnerships(s)),
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
