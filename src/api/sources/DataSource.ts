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

/** Fetches JSON; a non-2xx status or a body that is not JSON becomes an Error that says so. */
export async function fetchJson(url: string, signal?: AbortSignal, accept = 'application/json'): Promise<unknown> {
  const response = await fetch(url, { signal, headers: { Accept: accept } });
  if (!response.ok) throw new HttpError(url, response.status);
  const text = await response.text();
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
