/**
 * Runtime configuration, read from config.json next to index.html so one build
 * can serve many portals. A missing or invalid file is a ConfigError with a
 * message that names the problem.
 */
import { fetchText, HttpError, TimeoutError } from './http';
import { zm } from './zodMini';

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

const text = () => zm.string().check(zm.minLength(1));
function isAddress(value: string): boolean {
  try {
    // As the sources use it, with a slash added ("https://example.org " passes alone, not as "https://example.org /").
    // URL.canParse is too new for some portals' browsers.
    new URL(value.endsWith('/') ? value : `${value}/`, 'https://atlas.example/');
    return true;
  } catch {
    return false;
  }
}
/** An address, absolute or relative to the page: one the browser cannot read ("https://", a space in a host) is named here. */
const address = () =>
  text().check(
    zm.refine(isAddress, {
      message: 'must be an address, absolute (https://…) or relative to the page (data/)',
    }),
  );
/** A whole number in a range; a value outside it is named with the range, not as zod's bare "Invalid input". */
const integer = (min: number, max?: number) => {
  const message = max === undefined ? `must be a whole number, ${min} or more` : `must be a whole number from ${min} to ${max}`;
  return max === undefined
    ? zm.int({ message }).check(zm.minimum(min, { message }))
    : zm.int({ message }).check(zm.minimum(min, { message }), zm.maximum(max, { message }));
};

const staticApi = zm.object({
  type: zm.literal('static'),
  /** Folder holding sites.geojson and partnerships.geojson, relative to the page. */
  baseUrl: zm._default(address(), 'data/'),
  /**
   * A file larger than this many bytes is refused with a message instead of
   * loading until the tab runs out of memory (~300 MB ≈ 650,000 sites).
   */
  maxBytes: zm._default(integer(1), 300_000_000),
});

const ogcApi = zm.object({
  type: zm.literal('ogcapi'),
  /** Landing page of the OGC API – Features service. */
  baseUrl: address(),
  collections: zm._default(zm.object({ sites: zm._default(text(), 'sites'), partnerships: zm._default(text(), 'partnerships') }), {
    sites: 'sites',
    partnerships: 'partnerships',
  }),
  /** Page size sent as `limit`; the source follows `next` links until done. */
  limit: zm._default(integer(1, 10000), 500),
});

export const configSchema = zm.object({
  api: zm._default(zm.discriminatedUnion('type', [staticApi, ogcApi]), { type: 'static', baseUrl: 'data/', maxBytes: 300_000_000 }),
  basemap: zm._default(
    zm.object({
      /** "embedded" for the offline base map, or the URL of a MapLibre style JSON. */
      style: zm._default(zm.union([zm.literal('embedded'), zm.url()]), 'embedded'),
    }),
    { style: 'embedded' },
  ),
  /**
   * Above this many partnerships on the map, it draws one line per pair of regions, as wide as their count,
   * instead of each partnership's arcs: at the zoom that shows both countries, hundreds of arcs merge into
   * bands whose line styles cannot be told apart, and thousands are slow to draw. 0: always.
   */
  flowsAbove: zm._default(integer(0), 500),
  /** Milliseconds before a data request is aborted. */
  requestTimeoutMs: zm._default(integer(1000, 300000), 20000),
  embed: zm._default(
    zm.object({
      /**
       * Host pages allowed to drive an embedded atlas through postMessage: exact origins
       * ("https://portal.example.gov"), or "*" for any. Empty or missing: the API is off.
       */
      allowedOrigins: zm._default(
        zm.array(
          zm.string().check(
            zm.refine(isOriginPattern, {
              message: 'must be an origin such as "https://portal.example.org" (scheme, host and port only) or "*"',
            }),
          ),
        ),
        [],
      ),
    }),
    { allowedOrigins: [] },
  ),
});

export type AtlasConfig = zm.infer<typeof configSchema>;
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

/** config.json asked for before the rest of the page's code has run (see app/boot.ts), until the first load takes it. */
let early: Promise<AtlasConfig> | undefined;

export function startConfigLoad() {
  early ??= loadConfig();
  // Taken (and its failure explained) by the first load; not an unhandled rejection meanwhile.
  early.catch(() => undefined);
}

/** The load started early if there is one, once; otherwise a new one. */
export function takeConfigLoad(options: { signal?: AbortSignal } = {}): Promise<AtlasConfig> {
  const started = early;
  early = undefined;
  return started ?? loadConfig(CONFIG_URL, options);
}
