/**
 * The map's data arrives as blob: URLs made by the data worker. MapLibre's
 * worker fetches http(s) URLs itself but sends every other scheme through the
 * main thread, which reads the blob, parses the JSON and copies the result to
 * the worker — at 100,000 sites that is most of a second of the page's only
 * thread, on every filter. So the map hands MapLibre these URLs under a scheme
 * of its own, which its worker answers itself (src/map/mapWorker.ts).
 */
export const BLOB_SOURCE_SCHEME = 'atlas-blob';
const PREFIX = `${BLOB_SOURCE_SCHEME}://`;

/** The URL to give MapLibre for the map data at `url` (a blob: URL is wrapped; the rest are MapLibre's own to fetch). */
export function mapSourceUrl(url: string): string {
  return url.startsWith('blob:') ? PREFIX + encodeURIComponent(url) : url;
}

/** The blob: URL inside a URL made by mapSourceUrl, or undefined for any other URL. */
export function blobUrlOf(url: string): string | undefined {
  return url.startsWith(PREFIX) ? decodeURIComponent(url.slice(PREFIX.length)) : undefined;
}
