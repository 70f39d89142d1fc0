import type { Parsed } from '../parse';
import type { Partnership, Site } from '../schema';

/** Where the atlas reads its two collections from. Implementations validate every record. */
export interface DataSource {
  /** Human-readable origin, shown when something goes wrong. */
  readonly describe: string;
  fetchSites(signal?: AbortSignal): Promise<Parsed<Site>>;
  fetchPartnerships(signal?: AbortSignal): Promise<Parsed<Partnership>>;
}

export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${url} answered HTTP ${status}.`);
    this.name = 'HttpError';
  }
}

/**
 * Fetches JSON. Every way this can fail becomes an Error whose message a user
 * can act on: unreachable, timed out, an HTTP error status, or not JSON.
 */
export async function fetchJson(url: string, signal?: AbortSignal, accept = 'application/json'): Promise<unknown> {
  let text: string;
  try {
    const response = await fetch(url, { signal, headers: { Accept: accept } });
    if (!response.ok) throw new HttpError(url, response.status);
    text = await response.text();
  } catch (error) {
    if (error instanceof HttpError) throw error;
    if (signal?.aborted && (signal.reason as { name?: string } | undefined)?.name === 'TimeoutError') {
      throw new Error(`${url} did not answer in time.`, { cause: error });
    }
    if (signal?.aborted) throw error; // cancelled by the app: not an error to show
    throw new Error(`${url} could not be reached (network error or blocked request).`, { cause: error });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${url} did not return JSON.`);
  }
}

/** Resolves a possibly relative URL against the page (or another URL). */
export function resolveUrl(url: string, base: string = document.baseURI): string {
  return new URL(url, base).toString();
}
