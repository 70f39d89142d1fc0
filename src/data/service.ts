/**
 * The engine's side of the line between the main thread and the data: it owns
 * the data source (static files or an OGC API server, from config.json), loads
 * and validates the collections into the engine, and answers requests. The
 * same object runs inside the Web Worker (src/data/worker.ts) and, where there
 * is no worker (tests), in-process behind the same asynchronous interface.
 */
import type { ApiConfig } from '../api/config';
import type { Collection } from '../api/progress';
import { createDataSource } from '../api/sources/createDataSource';
import type { DataSource, LoadProgress } from '../api/sources/DataSource';
import type { ReaderLanguage } from '../api/names';
import type { Filters } from '../state/urlState';
import { createAtlasEngine, type ExploreRequest, type MapArcsOptions, type MapSiteSelection } from './engine';
import type { ExportCollection, ExportFormat } from './serialize';

export interface ServiceContext {
  /** Where progress of a load is reported (posted to the main thread from a worker). */
  onProgress: (collection: Collection, progress: LoadProgress | undefined) => void;
  /** Turns the map's GeoJSON text into what MapLibre's source accepts: a blob URL in a worker, the object in-process. */
  toSourceData: (geojson: string) => unknown;
  /** The map's sites as a selection from all of them, where MapLibre's worker keeps those (see mapWorker.ts); else toSourceData. */
  toSiteSelection?: (selection: MapSiteSelection) => unknown;
  /** Asked between parts of a collection's body: the worker pauses a load there while the page's questions wait. */
  pace?: () => Promise<void> | undefined;
}

export function createDataService(context: ServiceContext) {
  const engine = createAtlasEngine();
  let source: DataSource | undefined;
  /** The sites' load while it runs: the partnerships wait for it (see loadPartnerships). */
  let sitesLoading: Promise<unknown> | undefined;

  const load = async <T>(collection: Collection, run: (source: DataSource) => Promise<T>) => {
    if (!source) throw new Error('The data source is not configured.');
    try {
      return await run(source);
    } finally {
      context.onProgress(collection, undefined);
    }
  };

  return {
    configure(api: ApiConfig) {
      source = createDataSource(api);
      return source.describe;
    },
    async loadSites(timeoutMs: number, signal?: AbortSignal) {
      // Read, validated and indexed: what the partnerships wait for (below).
      const loading = load('sites', (s) => s.fetchSites({ signal, timeoutMs, pace: context.pace, onProgress: (p) => context.onProgress('sites', p) })).then(
        (parsed) => engine.setSites(parsed),
      );
      sitesLoading = loading;
      try {
        return await loading;
      } finally {
        if (sitesLoading === loading) sitesLoading = undefined;
      }
    },
    async loadPartnerships(timeoutMs: number, signal?: AbortSignal) {
      // One thread parses both: the sites (counts, list, map) first, the partnerships after them, whether the sites
      // loaded or failed. Their request starts now, so their bytes are here when the sites are done (at 10,000 sites
      // the request alone took 100 ms after the sites).
      const parsed = await load('partnerships', (s) =>
        s.fetchPartnerships({
          signal,
          timeoutMs,
          readAfter: sitesLoading,
          pace: context.pace,
          onProgress: (p) => context.onProgress('partnerships', p),
        }),
      );
      return engine.setPartnerships(parsed);
    },
    explore: (request: ExploreRequest) => engine.explore(request),
    /** Background work for idle moments; true while there is more. */
    warm: (until: number) => engine.warm(until),
    timeline: (request: { filters: Filters; reader: ReaderLanguage }) => engine.timeline(request),
    rows: (positions: ArrayLike<number>) => engine.rows(positions),
    mapSites: (filters: Filters) =>
      context.toSiteSelection ? context.toSiteSelection(engine.mapSiteSelection(filters)) : context.toSourceData(engine.mapSites(filters)),
    mapArcs: (filters: Filters, options?: MapArcsOptions) => context.toSourceData(engine.mapArcs(filters, options)),
    selectedArcs: (id: string) => engine.selectedArcs(id),
    sitesLite: (ids: readonly string[]) => engine.sitesLite(ids),
    site: (id: string) => engine.site(id),
    partnership: (id: string) => engine.partnership(id),
    groups: () => engine.groups(),
    export: (collection: ExportCollection, format: ExportFormat, filters: Filters) => engine.export(collection, format, filters),
  };
}

export type DataService = ReturnType<typeof createDataService>;
export type DataMethod = keyof DataService;
