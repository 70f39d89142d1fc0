/**
 * "Only sites in the current map view": the area the map last reported, passed
 * to the data worker with the filters when the option is on.
 */
import { useState } from 'react';

export type ViewBounds = [west: number, south: number, east: number, north: number];

export function useViewBounds(inViewOnly: boolean) {
  const [viewBounds, setViewBounds] = useState<ViewBounds | undefined>();
  return { inView: inViewOnly ? viewBounds : undefined, onViewChange: setViewBounds };
}
