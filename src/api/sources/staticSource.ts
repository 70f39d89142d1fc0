import { createFeatureStream } from '../featureStream';
import { resolveUrl, streamText } from '../http';
import { partnershipParser, siteParser, type Parsed } from '../parse';
import { createProgressStore, tracked, type Collection } from '../progress';
import { GEOJSON_ACCEPT, type DataSource, type LoadOptions } from './DataSource';

/** The embedded default: two GeoJSON files in one folder. */
export function createStaticSource(baseUrl: string, maxBytes = Infinity): DataSource {
  const folder = resolveUrl(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  const progress = createProgressStore();
  // Each feature is validated as it arrives: a large file is parsed while it downloads, never held whole.
  const load = <T>(collection: Collection, parser: { add(f: unknown): void; result(): Parsed<T> }, { signal, timeoutMs, onProgress, readAfter, pace }: LoadOptions = {}) =>
    tracked(progress, collection, onProgress, async (report) => {
      const url = new URL(`${collection}.geojson`, folder).toString();
      let features = 0;
      const stream = createFeatureStream(url, collection, (feature) => {
        features++;
        parser.add(feature);
      });
      await streamText(
        url,
        { signal, timeoutMs, accept: GEOJSON_ACCEPT, maxBytes, readAfter, pace, onBytes: (bytes, totalBytes) => report({ bytes, totalBytes, pages: 0, features }) },
        stream.feed,
      );
      stream.finish();
      return parser.result();
    });
  return {
    describe: folder,
    progress,
    fetchSites: (options) => load('sites', siteParser(), options),
    fetchPartnerships: (options) => load('partnerships', partnershipParser(), options),
  };
}
