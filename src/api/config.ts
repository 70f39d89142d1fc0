/**
 * Runtime configuration, read from config.json next to index.html so one build
 * can serve many portals. A missing or invalid file is a ConfigError with a
 * message that names the problem.
 */
import { fetchText, HttpError, TimeoutError } from './http';
import { z } from './zod';

/** "*" or an exact origin: scheme, host and port, nothing else (no path, no trailing slash). */
export function isOriginPattern(value: string): boolean {
  if (value === '*') return true;
  try {
    const url = new URL(value);
    // The URL parser accepts "*" in a host name; an origin is matched exactly, never as a pattern.
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value && !value.includes('*');
  } catch {
    return false;
  }
}

const staticApi = z.object({
  type: z.literal('static'),
  /** Folder holding sites.geojson and partnerships.geojson, relative to the page. */
  baseUrl: z.string().min(1).default('data/'),
  /**
   * A file larger than this many bytes is refused with a message instead of
   * loading until the tab runs out of memory (~300 MB ≈ 650,000 sites).
   */
  maxBytes: z.number().int().min(1).default(300_000_000),
});

const ogcApi = z.object({
  type: z.literal('ogcapi'),
  /** Landing page of the OGC API – Features service. */
  baseUrl: z.string().min(1),
  collections: z
    .object({ sites: z.string().min(1).default('sites'), partnerships: z.string().min(1).default('partnerships') })
    .default({ sites: 'sites', partnerships: 'partnerships' }),
  /** Page size sent as `limit`; the source follows `next` links until done. */
  limit: z.number().int().min(1).max(10000).default(500),
});

export const configSchema = z.object({
  api: z.discriminatedUnion('type', [staticApi, ogcApi]).default({ type: 'static', baseUrl: 'data/', maxBytes: 300_000_000 }),
  basemap: z
    .object({
      /** "embedded" for the offline base map, or the URL of a MapLibre style JSON. */
      style: z.union([z.literal('embedded'), z.url()]).default('embedded'),
    })
    .default({ style: 'embedded' }),
  /** Milliseconds before a data request is aborted. */
  requestTimeoutMs: z.number().int().min(1000).max(300000).default(20000),
  embed: z
    .object({
      /**
       * Host pages allowed to drive an embedded atlas through postMessage: exact origins
       * ("https://portal.example.gov"), or "*" for any. Empty or missing: the API is off.
       */
      allowedOrigins: z
        .array(
          z.string().refine(isOriginPattern, {
            message: 'must be an origin such as "https://portal.example.org" (scheme, host and port only) or "*"',
          }),
        )
        .default([]),
    })
    .default({ allowedOrigins: [] }),
});

export type AtlasConfig = z.infer<typeof configSchema>;
export type ApiConfig = AtlasConfig['api'];

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export const CONFIG_URL = 'config.json';

/** config.json is small and served beside the page: if it has not arrived by then, it will not. */
export const CONFIG_TIMEOUT_MS = 10_000;

export async function loadConfig(
  url = CONFIG_URL,
  { signal, timeoutMs = CONFIG_TIMEOUT_MS }: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<AtlasConfig> {
  let text: string;
  try {
    text = await fetchText(url, { signal, timeoutMs, cache: 'no-cache' });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (error instanceof HttpError) throw new ConfigError(`Could not load ${url}: the server answered ${error.status}.`);
    if (error instanceof TimeoutError) throw new ConfigError(`${url} did not arrive within ${Math.round(timeoutMs / 1000)} s.`);
    throw new ConfigError(`Could not reach ${url}: the network request failed.`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ConfigError(`${url} is not valid JSON.`);
  }
  const result = configSchema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(`${url} is invalid at "${issue.path.join('.') || '(root)'}": ${issue.message}.`);
  }
  return result.data;
}
