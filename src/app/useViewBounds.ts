/**
 * Where the map is: the area it last reported (passed to the data worker with
 * the filters when "only sites in the map view" is on), and its centre and zoom
 * (what a host page hears in the embed API's state).
 */
import { useCallback, useState } from 'react';

export type ViewBounds = [west: number, south: number, east: number, north: number];
export interface MapCamera {
  zoom: number;
  lat: number;
  lon: number;
  bounds: ViewBounds;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function useViewBounds(inViewOnly: boolean) {
  const [camera, setCamera] = useState<MapCamera | undefined>();
  const onViewChange = useCallback((bounds: ViewBounds, view: { zoom: number; lat: number; lon: number }) => {
    // Rounded like the address's #zoom/lat/lon (about 10 m): no report for a move nobody could see.
    setCamera({
      zoom: round(view.zoom, 2),
      lat: round(view.lat, 4),
      lon: round(view.lon, 4),
      bounds: bounds.map((v) => round(v, 4)) as ViewBounds,
    });
  }, []);
  return { inView: inViewOnly ? camera?.bounds : undefined, onViewChange, camera };
}
