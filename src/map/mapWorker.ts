/**
 * MapLibre's worker (its own build, unchanged) with the atlas's map data read
 * where it is used: URLs made by mapSourceUrl (blobSource.ts) are fetched and
 * parsed here, off the main thread. And the parsed data is not sent back: for a
 * URL source MapLibre returns its parse to the main thread (only for
 * `getData()`, which the atlas never calls), a copy of 100,000 sites.
 */
import MapLibreWorker from 'maplibre-gl/dist/maplibre-gl-worker.mjs';
import { BLOB_SOURCE_SCHEME, blobSourceOf, selectFeatures } from './blobSource';

interface LoadDataParams {
  type: string;
  source: string;
  request?: { url: string };
}

/** What maplibre-gl-worker.mjs puts on the worker's global scope (worker.ts in MapLibre's source). */
const scope = self as unknown as {
  addProtocol(scheme: string, load: (request: { url: string }, abort: AbortController) => Promise<{ data: unknown }>): void;
  worker: {
    actor: {
      registerMessageHandler(type: string, handler: (mapId: string, params: LoadDataParams) => Promise<unknown>): void;
      /** MapLibre's handlers by message type (its actor.ts). */
      messageHandlers?: Record<string, ((mapId: string, params: LoadDataParams) => Promise<unknown>) | undefined>;
    };
    _getWorkerSource(mapId: string, type: string, source: string): { loadData(params: LoadDataParams): Promise<Record<string, unknown>> };
  };
};

// maplibre-gl marks its dist files free of side effects, so the bundler may drop the line that starts the worker
// (`self.worker = new Worker(self)`): start it here unless it already has.
scope.worker ??= new MapLibreWorker(self) as typeof scope.worker;

/** A blob as bytes. (Decoded here rather than by `response.json()`: reading a blob as text took ~1.5× as long.) */
async function readBlob(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`Could not read the map data (${response.status})`);
  return response.arrayBuffer();
}
const readGeoJson = async (url: string, signal?: AbortSignal) =>
  JSON.parse(new TextDecoder().decode(await readBlob(url, signal))) as { features: unknown[] };

/**
 * The GeoJSON of all sites, read once per dataset (its blob lives as long as the dataset): a filter's selection
 * then costs a few bytes per site kept, not the GeoJSON of each read again (at 100,000 sites a filter's map data
 * was ready 150 ms sooner). Not cancelled with the load that asked for it: the next selection needs it too.
 */
let allSites: { url: string; data: Promise<{ features: unknown[] }> } | undefined;

scope.addProtocol(BLOB_SOURCE_SCHEME, async ({ url }, abort) => {
  const source = blobSourceOf(url)!;
  if (source.kind === 'blob') return { data: await readGeoJson(source.url, abort.signal) };
  const { all, only } = source;
  if (allSites?.url !== all) {
    const kept = { url: all, data: readGeoJson(all) };
    // A failed read is not kept: the next load tries again.
    kept.data.catch(() => allSites === kept && (allSites = undefined));
    allSites = kept;
  }
  const [data, positions] = await Promise.all([allSites.data, only ? readBlob(only, abort.signal) : undefined]);
  // MapLibre does not look at the signal once a protocol has answered: a load given up meanwhile (new filters, the
  // map rebuilt) must not cluster 100,000 sites for nothing.
  abort.signal.throwIfAborted();
  return { data: selectFeatures(data, positions && new Uint32Array(positions)) };
});

// MapLibre's own "load data" handler (worker.ts), without the copy back for the atlas's blob sources. It uses
// MapLibre's internals (pinned version): should they change, MapLibre's own handler stays, and only the copy returns.
if (typeof scope.worker._getWorkerSource === 'function') {
  scope.worker.actor.registerMessageHandler('LD', async (mapId, params) => {
    const result = await scope.worker._getWorkerSource(mapId, params.type, params.source).loadData(params);
    if (params.request && blobSourceOf(params.request.url) !== undefined) delete result.data;
    return result;
  });
}

// A map removed (or rebuilt in another language) removes its sources: the sites kept for it go too, rather than
// stay in this worker for good (the next map reads them again, as it did before they were kept).
const removeSource = scope.worker.actor.messageHandlers?.RS;
if (typeof removeSource === 'function') {
  scope.worker.actor.registerMessageHandler('RS', (mapId, params) => {
    allSites = undefined;
    return removeSource(mapId, params);
  });
}
