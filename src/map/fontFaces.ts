/**
 * The embedded base map's font list (which woff2 file covers which characters),
 * a small query of its own so start-up can fetch it before the map chunk arrives.
 */
import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '../api/http';
import type { FontFaces } from './baseStyle';

export const fontFacesQuery = (timeoutMs?: number) =>
  queryOptions({
    queryKey: ['basemap', 'font-faces', { timeoutMs }],
    queryFn: async ({ signal }) => (await fetchJson(new URL('basemap/font-faces.json', document.baseURI).toString(), { signal, timeoutMs })) as FontFaces,
    staleTime: Infinity,
    retry: 1,
  });
