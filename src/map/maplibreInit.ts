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
// Start the worker now, while the data and the style are still arriving, rather than when the map is built.
maplibregl.prewarm();

export { maplibregl };
