import { fetchJson, resolveUrl } from '../http';
import { parsePartnerships, parseSites } from '../parse';
import { createProgressStore, tracked, type Collection } from '../progress';
import { GEOJSON_ACCEPT, type DataSource, type LoadOptions } from './DataSource';

/** The embedded default: two GeoJSON files in one folder. */
export function createStaticSource(baseUrl: string, maxBytes = Infinity): DataSource {
  const folder = resolveUrl(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  const progress = createProgressStore();
  const load = (collection: Collection, { signal, timeoutMs, onProgress }: LoadOptions = {}) =>
    tracked(progress, collection, onProgress, (report) =>
      fetchJson(new URL(`${collection}.geojson`, folder).toString(), {
        signal,
        timeoutMs,
        accept: GEOJSON_ACCEPT,
        maxBytes,
        onBytes: (bytes, totalBytes) => report({ bytes, totalBytes, pages: 0, features: 0 }),
      }),
    );
  return {
    describe: folder,
    progress,
    async fetchSites(options) {
      return parseSites(await load('sites', options));
    },
    async fetchPartnerships(options) {
      return parsePartnerships(await load('partnerships', options));
    },
  };
}
