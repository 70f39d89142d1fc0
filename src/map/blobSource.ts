/**
 * The map's data arrives as blob: URLs made by the data worker. MapLibre's
 * worker fetches http(s) URLs itself but sends every other scheme through the
 * main thread, which reads the blob, parses the JSON and copies the result to
 * the worker — at 100,000 sites that is most of a second of the page's only
 * thread, on every filter. So the map hands MapLibre these URLs under a scheme
 * of its own, which its worker answers itself (src/map/mapWorker.ts).
 *
 * The sites come as a selection (SiteSelectionBlobs): the GeoJSON of all of
 * them, which MapLibre's worker reads once per dataset, and the positions of
 * those a filter keeps, which it picks.
 */
import type { SiteSelectionBlobs } from '../data/protocol';

export const BLOB_SOURCE_SCHEME = 'atlas-blob';
const PREFIX = `${BLOB_SOURCE_SCHEME}://`;
const ONLY = '?only=';

/** What a URL made by mapSourceUrl holds: one blob of GeoJSON, or a selection of the sites. */
export type BlobSource = { kind: 'blob'; url: string } | ({ kind: 'sites' } & SiteSelectionBlobs);

/** The URL to give MapLibre for map data from the data worker (a blob: URL, or a selection of the sites); other URLs are MapLibre's own to fetch. */
export function mapSourceUrl(data: string | SiteSelectionBlobs): string {
  if (typeof data !== 'string') return PREFIX + encodeURIComponent(data.all) + ONLY + (data.only ? encodeURIComponent(data.only) : '');
  return data.startsWith('blob:') ? PREFIX + encodeURIComponent(data) : data;
}

/** The blobs inside a URL made by mapSourceUrl, or undefined for any other URL. */
export function blobSourceOf(url: string): BlobSource | undefined {
  if (!url.startsWith(PREFIX)) return undefined;
  const [first, only] = url.slice(PREFIX.length).split(ONLY);
  if (only === undefined) return { kind: 'blob', url: decodeURIComponent(first) };
  return { kind: 'sites', all: decodeURIComponent(first), ...(only ? { only: decodeURIComponent(only) } : {}) };
}

/** The features of `all` at these positions, in their order (a selection of the sites); all of them without positions. */
export function selectFeatures<F>(all: { features: F[] }, positions: ArrayLike<number> | undefined): { type: 'FeatureCollection'; features: F[] } {
  if (!positions) return { type: 'FeatureCollection', features: all.features };
  const features: F[] = new Array(positions.length);
  for (let i = 0; i < positions.length; i++) features[i] = all.features[positions[i]];
  return { type: 'FeatureCollection', features };
}
