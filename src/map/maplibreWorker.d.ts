/** MapLibre's worker bundle, imported by src/map/mapWorker.ts (the package describes only its main entry). */
declare module 'maplibre-gl/dist/maplibre-gl-worker.mjs' {
  /** Answers a map's messages on the worker's global scope it is given. */
  export default class MapLibreWorker {
    constructor(scope: unknown);
  }
}
