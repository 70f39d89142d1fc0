/**
 * Everything the first screen needs, started at once before React renders,
 * instead of one after another as components mount: config.json and the data
 * worker's script (already asked for by boot.ts, taken over here), the map's
 * code (and with it MapLibre's worker), the list's and the timeline's code; once the config is in,
 * both collections and the base map's font list. React's queries then find
 * these already on their way.
 */
import type { QueryClient } from '@tanstack/react-query';
import { configQueryOptions } from '../api/queries';
import { partnershipsQueryOptions, sitesQueryOptions } from '../data/queries';
import { startDataWorker } from '../data/client';
import { runtimeFor } from '../data/runtime';
import { fontFacesQuery } from '../map/fontFaces';
import { LazyMapView, LazySiteList, LazyTimeline } from './lazyParts';

/** Resolves once config.json has arrived or failed (the config page then explains it). */
export function startEarly(queryClient: QueryClient): Promise<unknown> {
  // The data worker's script loads while config.json does (both started by boot.ts, except under dev:mock);
  // the data source is given to it when that arrives.
  startDataWorker();
  LazyMapView.prefetch();
  // The list is a lazy tab; a reader who opens it while the data loads should not then wait for its code.
  LazySiteList.prefetch();
  LazyTimeline.prefetch();
  return queryClient.fetchQuery(configQueryOptions()).then(
    (config) => {
      const { client, describe } = runtimeFor(config);
      void queryClient.prefetchQuery(sitesQueryOptions(client, describe, config.requestTimeoutMs));
      void queryClient.prefetchQuery(partnershipsQueryOptions(client, describe, config.requestTimeoutMs));
      if (config.basemap.style === 'embedded') void queryClient.prefetchQuery(fontFacesQuery(config.requestTimeoutMs));
    },
    () => {
      // The config page explains a broken config.json; nothing more to start.
    },
  );
}
