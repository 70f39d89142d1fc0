import type { Parsed } from '../parse';
import type { ProgressStore } from '../progress';
import type { Partnership, Site } from '../schema';

/** How far a collection has loaded: bytes of the current response, and pages and features so far (paged sources). */
export interface LoadProgress {
  bytes: number;
  totalBytes?: number;
  pages: number;
  features: number;
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Each request (each page) is aborted when the server has sent nothing for this long. */
  timeoutMs?: number;
  onProgress?: (progress: LoadProgress) => void;
  /**
   * Reading waits until this settles. A static file is asked for at once and its body read then (see RequestOptions
   * in http.ts); an OGC API server's pages are asked for then.
   */
  readAfter?: Promise<unknown>;
  /** Asked between parts of a body: a promise pauses the reading until it settles. */
  pace?: () => Promise<void> | undefined;
}

/** Where the atlas reads its two collections from. Implementations validate every record. */
export interface DataSource {
  /** Human-readable origin, shown when something goes wrong. */
  readonly describe: string;
  /** How far each collection has loaded while it loads (for the title bar). */
  readonly progress: ProgressStore;
  fetchSites(options?: LoadOptions): Promise<Parsed<Site>>;
  fetchPartnerships(options?: LoadOptions): Promise<Parsed<Partnership>>;
}

export const GEOJSON_ACCEPT = 'application/geo+json, application/json';
