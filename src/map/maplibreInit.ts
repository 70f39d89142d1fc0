/**
 * The one place MapLibre is imported and configured. Vite's pre-bundling and
 * build break MapLibre's own worker lookup, so the worker is built from our
 * entry (mapWorker.ts: MapLibre's worker, reading the atlas's map data itself)
 * and its URL handed to setWorkerUrl before the first map is created.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from './mapWorker.ts?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);
// Two workers where there are two cores (MapLibre's default is one; more on Safari, which is kept): the sites and the partnerships' arcs are
// then parsed and tiled side by side after each filter, not one after the other.
if ((navigator.hardwareConcurrency ?? 1) >= 2) maplibregl.setWorkerCount(Math.max(maplibregl.getWorkerCount(), 2));
// Start the workers now, while the data and the style are still arriving, rather than when the map is built.
maplibregl.prewarm();

export { maplibregl };
