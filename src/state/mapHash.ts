/**
 * The map view in the address: MapLibre's `#zoom/lat/lon` hash (optionally
 * followed by bearing and pitch, which the atlas does not use). Part of the
 * shareable state, like the query parameters.
 */
export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/** The view a hash names, or undefined when it names none or is malformed. */
export function parseMapHash(hash: string): MapView | undefined {
  const parts = hash.replace(/^#/, '').split('/');
  if (parts.length < 3) return undefined;
  const [zoom, lat, lon] = parts.slice(0, 3).map((p) => (p.trim() === '' ? NaN : Number(p)));
  if (![zoom, lat, lon].every(Number.isFinite)) return undefined;
  if (zoom < 0 || zoom > 24 || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { zoom, lat, lon };
}

/** The hash MapLibre writes for a view (two decimals of zoom, four of degrees are ~10 m). */
export function formatMapHash({ zoom, lat, lon }: MapView): string {
  const round = (v: number, digits: number) => Number(v.toFixed(digits));
  return `#${round(zoom, 2)}/${round(lat, 4)}/${round(lon, 4)}`;
}
