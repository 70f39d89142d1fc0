import { parsePartnerships, parseSites } from '../parse';
import { fetchJson, resolveUrl, type DataSource } from './DataSource';

/** The embedded default: two GeoJSON files in one folder. */
export function createStaticSource(baseUrl: string): DataSource {
  const folder = resolveUrl(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  const file = (name: string) => new URL(name, folder).toString();
  return {
    describe: folder,
    async fetchSites(signal) {
      return parseSites(await fetchJson(file('sites.geojson'), signal, 'application/geo+json, application/json'));
    },
    async fetchPartnerships(signal) {
      return parsePartnerships(await fetchJson(file('partnerships.geojson'), signal, 'application/geo+json, application/json'));
    },
  };
}
