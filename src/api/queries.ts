/**
 * TanStack Query: one queryOptions factory per resource. Keys nest
 * [resource, kind, params]. This file holds the config; the data's queries
 * (loaded and answered by the data worker) are in src/data/queries.ts.
 */
import { queryOptions } from '@tanstack/react-query';
import { takeConfigLoad, type AtlasConfig } from './config';

export const configQueryOptions = () =>
  queryOptions({
    queryKey: ['config'],
    // The first answer may be the one app/boot.ts asked for before the rest of the page's code ran.
    queryFn: ({ signal }) => takeConfigLoad({ signal }),
    staleTime: Infinity,
    retry: false,
    // Start-up asks for config.json before React renders; a failure then is explained, not silently asked again.
    retryOnMount: false,
  });

export type { AtlasConfig };
