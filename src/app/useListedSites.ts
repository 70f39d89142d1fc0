/**
 * The sites the list shows: the filtered sites, or with "only in the current
 * map view" ticked, those inside the area the map last reported.
 */
import { useMemo, useState } from 'react';
import type { Site } from '../api/schema';

export type ViewBounds = [west: number, south: number, east: number, north: number];

export const inBounds = ([lon, lat]: [number, number], [w, s, e, n]: ViewBounds) => lon >= w && lon <= e && lat >= s && lat <= n;

export function useListedSites(filteredSites: Site[], inViewOnly: boolean) {
  const [viewBounds, setViewBounds] = useState<ViewBounds | undefined>();
  const listedSites = useMemo(
    () => (inViewOnly && viewBounds ? filteredSites.filter((s) => inBounds(s.coordinates, viewBounds)) : filteredSites),
    [inViewOnly, viewBounds, filteredSites],
  );
  return { listedSites, onViewChange: setViewBounds };
}
