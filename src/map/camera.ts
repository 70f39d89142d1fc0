/**
 * Where the camera goes when the app asks the map to show a record: close in
 * on a site, or frame every party of a partnership. Free of MapLibre.
 */
import type { MapFocus } from './types';

export type LngLat = [number, number];
export type Bounds = [LngLat, LngLat];

/** The zoom a site is shown at, unless the map is already closer. */
export const SITE_FOCUS_ZOOM = 9;
/** Framing a partnership never zooms in closer than this (parties in one city would fill the screen). */
export const PARTNERSHIP_MAX_ZOOM = 9;

export type CameraMove = { kind: 'fly'; center: LngLat; zoom: number } | { kind: 'fit'; bounds: Bounds; maxZoom: number };

/** South-west and north-east corners around the points (a loop: no argument spreading, whatever the count). */
export function boundsOf(points: readonly LngLat[]): Bounds | undefined {
  if (points.length === 0) return undefined;
  let [w, s] = points[0];
  let [e, n] = points[0];
  for (const [lon, lat] of points) {
    if (lon < w) w = lon;
    if (lon > e) e = lon;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
  }
  return [
    [w, s],
    [e, n],
  ];
}

/**
 * The camera move for a request, or undefined until its coordinates are known.
 * A view or an area asked for from outside (a host page) is taken as given, within
 * the map's own zoom limits (`maxZoom`).
 */
export function cameraForFocus(focus: MapFocus, currentZoom: number, maxZoom = Infinity): CameraMove | undefined {
  switch (focus.kind) {
    case 'site':
      return focus.center ? { kind: 'fly', center: focus.center, zoom: Math.max(currentZoom, SITE_FOCUS_ZOOM) } : undefined;
    case 'partnership': {
      const bounds = boundsOf(focus.points ?? []);
      return bounds ? { kind: 'fit', bounds, maxZoom: PARTNERSHIP_MAX_ZOOM } : undefined;
    }
    case 'view':
      return { kind: 'fly', center: focus.center, zoom: Math.min(focus.zoom ?? currentZoom, maxZoom) };
    case 'bounds':
      return { kind: 'fit', bounds: focus.bounds, maxZoom };
  }
}
