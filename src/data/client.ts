/**
 * The main thread's handle on the data: every question goes to the data
 * service, in a Web Worker where the browser has one (so parsing, searching and
 * sorting 100,000 sites never blocks the page) and in-process otherwise (tests).
 * Progress of loads arrives in a small store the title bar reads.
 */
import type { ApiConfig } from '../api/config';
import { createProgressStore, type ProgressStore } from '../api/progress';
import type { Filters } from '../state/urlState';
import type { ExploreRequest, LoadedSummary } from './engine';
import type { ExportCollection, ExportFormat } from './serialize';
import { deserializeError, type WorkerRequest, type WorkerResponse } from './protocol';
import { createDataService, type DataService } from './service';

/** What MapLibre's GeoJSON source takes: a URL its worker fetches (a blob from the data worker), or the data itself. */
export type MapSourceData = string | GeoJSON.FeatureCollection;

type Result<M extends keyof DataService> = Awaited<ReturnType<DataService[M]>>;

export interface DataClient {
  readonly progress: ProgressStore;
  configure(api: ApiConfig): Promise<string>;
  loadSites(timeoutMs: number, signal?: AbortSignal): Promise<LoadedSummary>;
  loadPartnerships(timeoutMs: number, signal?: AbortSignal): Promise<LoadedSummary>;
  explore(request: ExploreRequest): Promise<Result<'explore'>>;
  timeline(request: Parameters<DataService['timeline']>[0]): Promise<Result<'timeline'>>;
  rows(positions: Uint32Array): Promise<Result<'rows'>>;
  mapSites(filters: Filters): Promise<MapSourceData>;
  mapArcs(filters: Filters): Promise<MapSourceData>;
  sitesLite(ids: readonly string[]): Promise<Result<'sitesLite'>>;
  site(id: string): Promise<Result<'site'>>;
  partnership(id: string): Promise<Result<'partnership'>>;
  groups(): Promise<Result<'groups'>>;
  export(collection: ExportCollection, format: ExportFormat, filters: Filters): Promise<string>;
  dispose(): void;
}

/** In the browser, a worker; where there is none (jsdom), the same service in-process. */
export function createDataClient(): DataClient {
  return typeof Worker === 'function' && import.meta.env.MODE !== 'test' ? createWorkerClient() : createInProcessClient();
}

function createWorkerClient(): DataClient {
  const progress = createProgressStore();
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'atlas-data' });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 1;
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
  worker.onerror = (event) => {
    // The worker itself failed (its script could not load): every question fails, with why.
    const error = new Error(`The data worker stopped: ${event.message || 'it could not be started'}.`);
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };

  const call = <T>(method: DataMethodName, args: unknown[], options: { signal?: AbortSignal; slot?: 'sites' | 'arcs' } = {}) =>
    new Promise<T>((resolve, reject) => {
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
    explore: (request) => call('explore', [request]),
    timeline: (request) => call('timeline', [request]),
    rows: (positions) => call('rows', [positions]),
    mapSites: (filters) => call('mapSites', [filters], { slot: 'sites' }),
    mapArcs: (filters) => call('mapArcs', [filters], { slot: 'arcs' }),
    sitesLite: (ids) => call('sitesLite', [ids]),
    site: (id) => call('site', [id]),
    partnership: (id) => call('partnership', [id]),
    groups: () => call('groups', []),
    export: (collection, format, filters) => call('export', [collection, format, filters]),
    dispose: () => worker.terminate(),
  };
}

type DataMethodName = keyof DataService;

function createInProcessClient(): DataClient {
  const progress = createProgressStore();
  const service = createDataService({
    onProgress: (collection, p) => progress.report(collection, p),
    toSourceData: (geojson) => JSON.parse(geojson) as unknown,
  });
  // Asynchronous like the worker, so the app behaves the same in tests.
  const later = async <T>(run: () => T | Promise<T>): Promise<T> => {
    await Promise.resolve();
    return run();
  };
  return {
    progress,
    configure: (api) => later(() => service.configure(api)),
    loadSites: (timeoutMs, signal) => later(() => service.loadSites(timeoutMs, signal)),
    loadPartnerships: (timeoutMs, signal) => later(() => service.loadPartnerships(timeoutMs, signal)),
    explore: (request) => later(() => service.explore(request)),
    timeline: (request) => later(() => service.timeline(request)),
    rows: (positions) => later(() => service.rows(positions)),
    mapSites: (filters) => later(() => service.mapSites(filters) as MapSourceData),
    mapArcs: (filters) => later(() => service.mapArcs(filters) as MapSourceData),
    sitesLite: (ids) => later(() => service.sitesLite(ids)),
    site: (id) => later(() => service.site(id)),
    partnership: (id) => later(() => service.partnership(id)),
    groups: () => later(() => service.groups()),
    export: (collection, format, filters) => later(() => service.export(collection, format, filters)),
    dispose: () => {},
  };
}
