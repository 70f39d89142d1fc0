import { DataFormatError, featuresOf, parsePartnerships, parseSites } from '../parse';
import { fetchJson, resolveUrl, type DataSource } from './DataSource';

export interface OgcApiOptions {
  baseUrl: string;
  collections: { sites: string; partnerships: string };
  limit: number;
}

/** Upper bound on pages, so a server whose `next` links loop cannot hang the atlas. */
const MAX_PAGES = 1000;

interface Link {
  rel?: unknown;
  href?: unknown;
  type?: unknown;
}

function nextLink(body: unknown, current: string): string | undefined {
  const links = (body as { links?: unknown }).links;
  if (!Array.isArray(links)) return undefined;
  const candidates = (links as Link[]).filter((l) => l && l.rel === 'next' && typeof l.href === 'string');
  // Prefer the GeoJSON representation when a server offers several.
  const chosen = candidates.find((l) => typeof l.type === 'string' && l.type.includes('json')) ?? candidates[0];
  return chosen ? new URL(chosen.href as string, current).toString() : undefined;
}

/**
 * Reads every feature of one collection, following `rel="next"` links until the
 * server stops sending them. Returns the features wrapped as one FeatureCollection.
 */
export async function fetchAllItems(itemsUrl: string, limit: number, signal?: AbortSignal): Promise<unknown> {
  const first = new URL(itemsUrl);
  first.searchParams.set('f', 'json');
  first.searchParams.set('limit', String(limit));
  const features: unknown[] = [];
  const visited = new Set<string>();
  let url: string | undefined = first.toString();
  while (url && !visited.has(url)) {
    if (visited.size >= MAX_PAGES) throw new DataFormatError(`${itemsUrl} kept sending next links after ${MAX_PAGES} pages.`);
    visited.add(url);
    const body = await fetchJson(url, signal, 'application/geo+json, application/json');
    features.push(...featuresOf(body, itemsUrl));
    url = nextLink(body, url);
  }
  return { type: 'FeatureCollection', features };
}

/** An OGC API – Features server (MapServer, pygeoapi, GeoServer, ...). */
export function createOgcApiSource(options: OgcApiOptions): DataSource {
  const landing = resolveUrl(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  const items = (collection: string) => new URL(`collections/${encodeURIComponent(collection)}/items`, landing).toString();
  return {
    describe: landing,
    async fetchSites(signal) {
      return parseSites(await fetchAllItems(items(options.collections.sites), options.limit, signal));
    },
    async fetchPartnerships(signal) {
      return parsePartnerships(await fetchAllItems(items(options.collections.partnerships), options.limit, signal));
    },
  };
}
