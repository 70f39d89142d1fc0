import { fetchJson, resolveUrl } from '../http';
import { DataFormatError, featuresOf, parsePartnerships, parseSites } from '../parse';
import { createProgressStore, tracked, type Collection } from '../progress';
import { GEOJSON_ACCEPT, type DataSource, type LoadOptions } from './DataSource';

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

/** One page as received: its features and the link to the next page. */
interface Page {
  features: unknown[];
  next?: string;
}

/**
 * Reads every feature of one collection, following `rel="next"` links until the
 * server stops sending them. Returns the features wrapped as one FeatureCollection.
 *
 * The timeout applies to each page. Pages already received are kept in `resume`
 * until the whole collection has arrived, so a retry after a failed page goes on
 * from that page instead of starting again at the first.
 */
export async function fetchAllItems(
  itemsUrl: string,
  limit: number,
  { signal, timeoutMs, onProgress, readAfter, pace }: LoadOptions = {},
  resume: Map<string, Page> = new Map(),
): Promise<unknown> {
  // A server's pages are asked for one after another, each read whole: our turn is waited for before the first
  // request, not with a response left unread (a server may drop one left waiting through a long load).
  await readAfter?.catch(() => undefined);
  const first = new URL(itemsUrl);
  first.searchParams.set('f', 'json');
  first.searchParams.set('limit', String(limit));
  const features: unknown[] = [];
  const visited: string[] = [];
  let url: string | undefined = first.toString();
  while (url && !visited.includes(url)) {
    if (visited.length >= MAX_PAGES) throw new DataFormatError(`${itemsUrl} kept sending next links after ${MAX_PAGES} pages.`);
    visited.push(url);
    let page = resume.get(url);
    if (!page) {
      const pageNumber = visited.length;
      const body = await fetchJson(url, {
        signal,
        timeoutMs,
        accept: GEOJSON_ACCEPT,
        pace,
        onBytes: onProgress && ((bytes, totalBytes) => onProgress({ bytes, totalBytes, pages: pageNumber - 1, features: features.length })),
      });
      page = { features: featuresOf(body, itemsUrl), next: nextLink(body, url) };
      resume.set(url, page);
    }
    // A loop, not push(...page.features): spreading a large page into a call overflows the stack.
    for (const feature of page.features) features.push(feature);
    onProgress?.({ bytes: 0, pages: visited.length, features: features.length });
    url = page.next;
  }
  for (const done of visited) resume.delete(done);
  return { type: 'FeatureCollection', features };
}

/** An OGC API – Features server (MapServer, pygeoapi, GeoServer, ...). */
export function createOgcApiSource(options: OgcApiOptions): DataSource {
  const landing = resolveUrl(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  const items = (collection: string) => new URL(`collections/${encodeURIComponent(collection)}/items`, landing).toString();
  const received = new Map<string, Page>();
  const progress = createProgressStore();
  const load = (collection: Collection, { onProgress, ...rest }: LoadOptions = {}) =>
    tracked(progress, collection, onProgress, (report) =>
      fetchAllItems(items(options.collections[collection]), options.limit, { ...rest, onProgress: report }, received),
    );
  return {
    describe: landing,
    progress,
    async fetchSites(loadOptions) {
      return parseSites(await load('sites', loadOptions));
    },
    async fetchPartnerships(loadOptions) {
      return parsePartnerships(await load('partnerships', loadOptions));
    },
  };
}
