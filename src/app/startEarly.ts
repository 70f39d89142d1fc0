/**
 * Everything the first screen needs, started at once before React renders,
 * instead of one after another as components mount: config.json, then at once
 * the data worker with both collections; the map's code (and with it
 * MapLibre's worker); the base map's font list. React's queries then find
 * these already on their way.
 */
import type { QueryClient } from '@tanstack/react-query';
import { configQueryOptions } from '../api/queries';
import { partnershipsQueryOptions, sitesQueryOptions } from '../data/queries';
import { runtimeFor } from '../data/runtime';
import { fontFacesQuery } from '../map/fontFaces';

export function startEarly(queryClient: QueryClient) {
  void import('../map/MapView');
  // The list is a lazy tab; a reader who opens it while the data loads should not then wait for its code.
  void import('../features/site-list/SiteList');
  void queryClient.fetchQuery(configQueryOptions()).then(
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
