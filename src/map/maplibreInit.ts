/**
 * The one place MapLibre is imported and configured. Vite's pre-bundling and
 * build break MapLibre's own worker lookup, so the worker file is imported as a
 * URL and handed to setWorkerUrl before the first map is created.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);
// Start the worker now, while the data and the style are still arriving, rather than when the map is built.
maplibregl.prewarm();

export { maplibregl };
