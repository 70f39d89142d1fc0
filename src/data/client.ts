/**
 * The main thread's handle on the data: every question goes to the data
 * service, in a Web Worker where the browser has one (so parsing, searching and
 * sorting 100,000 sites never blocks the page) and in-process otherwise (tests).
 * Progress of loads arrives in a small store the title bar reads.
 */
import type { ApiConfig } from '../api/config';
import { createProgressStore, type ProgressStore } from '../api/progress';
import type { Filters } from '../state/urlState';
import type { ExploreRequest, LoadedSummary, MapArcsOptions } from './engine';
import type { ExportCollection, ExportFormat } from './serialize';
import { deserializeError, type SiteSelectionBlobs, type WorkerRequest, type WorkerResponse } from './protocol';
import type { DataService } from './service';

/**
 * What the map's GeoJSON sources are given: a blob URL of the data worker's that MapLibre's worker reads, a
 * selection of the sites from blobs (the sites, see SiteSelectionBlobs), or the data itself (in-process, in tests).
 */
export type MapSourceData = string | SiteSelectionBlobs | GeoJSON.FeatureCollection;

type Result<M extends keyof DataService> = Awaited<ReturnType<DataService[M]>>;

export interface DataClient {
  readonly progress: ProgressStore;
  configure(api: ApiConfig): Promise<string>;
  loadSites(timeoutMs: number, signal?: AbortSignal): Promise<LoadedSummary>;
  loadPartnerships(timeoutMs: number, signal?: AbortSignal): Promise<LoadedSummary>;
  /** A question the page stops wanting (its filters changed) is cancelled with `signal` and dropped by the worker. */
  explore(request: ExploreRequest, signal?: AbortSignal): Promise<Result<'explore'>>;
  timeline(request: Parameters<DataService['timeline']>[0], signal?: AbortSignal): Promise<Result<'timeline'>>;
  rows(positions: Uint32Array): Promise<Result<'rows'>>;
  mapSites(filters: Filters, signal?: AbortSignal): Promise<MapSourceData>;
  mapArcs(filters: Filters, options: MapArcsOptions, signal?: AbortSignal): Promise<MapSourceData>;
  selectedArcs(id: string): Promise<Result<'selectedArcs'>>;
  sitesLite(ids: readonly string[]): Promise<Result<'sitesLite'>>;
  site(id: string): Promise<Result<'site'>>;
  partnership(id: string): Promise<Result<'partnership'>>;
  groups(): Promise<Result<'groups'>>;
  export(collection: ExportCollection, format: ExportFormat, filters: Filters): Promise<string>;
  /**
   * Tells the worker whether the map is drawing: its work ahead of need (the search text) waits until the map is
   * idle. On two cores it would otherwise take a core from MapLibre's worker and the page while they draw.
   */
  mapDrawing(drawing: boolean): void;
  dispose(): void;
}

/** In the browser, a worker; where there is none (jsdom), the same service in-process. */
export function createDataClient(): DataClient {
  return canUseWorker() ? createWorkerClient() : createInProcessClient();
}

const canUseWorker = () => typeof Worker === 'function' && import.meta.env.MODE !== 'test';
const spawnWorker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'atlas-data' });
/** A worker started before config.json has arrived (its script takes a while to load), taken by the first client. */
interface EarlyWorker {
  worker: Worker;
  failure?: ErrorEvent;
}
let early: EarlyWorker | undefined;

/** Starts loading the data worker's script now; the first client made afterwards uses this worker. */
export function startDataWorker() {
  if (!canUseWorker() || early) return;
  const started: EarlyWorker = { worker: spawnWorker() };
  // Its script may fail before a client listens: kept, so the client's questions fail with why instead of waiting.
  started.worker.onerror = (event) => void (started.failure = event);
  early = started;
}

function createWorkerClient(): DataClient {
  const progress = createProgressStore();
  const worker = early?.worker ?? spawnWorker();
  const earlyFailure = early?.failure;
  early = undefined;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 1;
  /** Set once the worker has failed: every question after that fails at once, with why. */
  let stopped: Error | undefined;
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    if ('progress' in message) {
      progress.report(message.progress.collection, message.progress.progress);
      return;
    }
    const call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    if (message.ok) call.resolve(message.value);
    else call.reject(deserializeError(message.error));
  };
  const fail = (event: ErrorEvent) => {
    // The worker itself failed (its script could not load): every question fails, with why.
    stopped = new Error(`The data worker stopped: ${event.message || 'it could not be started'}.`);
    for (const call of pending.values()) call.reject(stopped);
    pending.clear();
  };
  worker.onerror = fail;
  if (earlyFailure) fail(earlyFailure);

  const call = <T>(method: DataMethodName, args: unknown[], options: { signal?: AbortSignal; slot?: 'sites' | 'arcs' } = {}) =>
    new Promise<T>((resolve, reject) => {
      if (stopped) {
        reject(stopped);
        return;
      }
      const id = next++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      const { signal, slot } = options;
      signal?.addEventListener(
        'abort',
        () => {
          worker.postMessage({ cancel: id } satisfies WorkerRequest);
          pending.delete(id);
          reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
        },
        { once: true },
      );
      worker.postMessage({ id, method, args, slot } satisfies WorkerRequest);
    });

  return {
    progress,
    configure: (api) => call('configure', [api]),
    loadSites: (timeoutMs, signal) => call('loadSites', [timeoutMs], { signal }),
    loadPartnerships: (timeoutMs, signal) => call('loadPartnerships', [timeoutMs], { signal }),
    explore: (request, signal) => call('explore', [request], { signal }),
    timeline: (request, signal) => call('timeline', [request], { signal }),
    rows: (positions) => call('rows', [positions]),
    mapSites: (filters, signal) => call('mapSites', [filters], { slot: 'sites', signal }),
    mapArcs: (filters, options, signal) => call('mapArcs', [filters, options], { slot: 'arcs', signal }),
    selectedArcs: (id) => call('selectedArcs', [id]),
    sitesLite: (ids) => call('sitesLite', [ids]),
    site: (id) => call('site', [id]),
    partnership: (id) => call('partnership', [id]),
    groups: () => call('groups', []),
    export: (collection, format, filters) => call('export', [collection, format, filters]),
    mapDrawing: (drawing) => worker.postMessage({ mapDrawing: drawing } satisfies WorkerRequest),
    dispose: () => worker.terminate(),
  };
}

type DataMethodName = keyof DataService;

function createInProcessClient(): DataClient {
  const progress = createProgressStore();
  // Imported on demand: in the browser the service lives in the worker's bundle, not in the page's.
  const loading = import('./service').then(({ createDataService }) =>
    createDataService({
      onProgress: (collection, p) => progress.report(collection, p),
      toSourceData: (geojson) => JSON.parse(geojson) as unknown,
    }),
  );
  // Asynchronous like the worker, so the app behaves the same in tests.
  const later = async <T>(run: (service: DataService) => T | Promise<T>): Promise<T> => run(await loading);
  return {
    progress,
    configure: (api) => later((s) => s.configure(api)),
    loadSites: (timeoutMs, signal) => later((s) => s.loadSites(timeoutMs, signal)),
    loadPartnerships: (timeoutMs, signal) => later((s) => s.loadPartnerships(timeoutMs, signal)),
    explore: (request) => later((s) => s.explore(request)),
    timeline: (request) => later((s) => s.timeline(request)),
    rows: (positions) => later((s) => s.rows(positions)),
    mapSites: (filters) => later((s) => s.mapSites(filters) as MapSourceData),
    mapArcs: (filters, options) => later((s) => s.mapArcs(filters, options) as MapSourceData),
    selectedArcs: (id) => later((s) => s.selectedArcs(id)),
    sitesLite: (ids) => later((s) => s.sitesLite(ids)),
    site: (id) => later((s) => s.site(id)),
    partnership: (id) => later((s) => s.partnership(id)),
    groups: () => later((s) => s.groups()),
    export: (collection, format, filters) => later((s) => s.export(collection, format, filters)),
    // In-process (tests) there is no work ahead of need.
    mapDrawing: () => {},
    dispose: () => {},
  };
}
