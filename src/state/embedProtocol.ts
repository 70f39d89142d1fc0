/**
 * The postMessage API between an embedded atlas and its host page, version 1.
 * Every message, both ways, is an envelope
 * `{ source: "biocluster-atlas", v: 1, type, payload?, requestId? }`; answers to
 * commands are `{ ..., type: "response", requestId, ok, error?, payload? }`.
 *
 * This module is the contract: the atlas validates what hosts send with it, and
 * the host helper (public/embed/atlas-embed.js, plain JS served as is) is tested
 * against it. Commands are checked with zod and with the URL's own parsers, so
 * `setFilters` accepts exactly what a link may carry. Parsing never throws.
 */
import { zm } from '../api/zodMini';
import { LANGUAGES, type Language } from '../i18n/languages';
import { EMPTY_FILTERS, filterParsers, normalise, selectionParsers, type Filters } from './urlState';

export const PROTOCOL_SOURCE = 'biocluster-atlas';
export const PROTOCOL_VERSION = 1;

/** What a host may ask. */
export const HOST_COMMANDS = ['setFilters', 'select', 'flyTo', 'setLanguage', 'getState'] as const;
export type HostCommandType = (typeof HOST_COMMANDS)[number];

/** What the atlas tells its host. */
export const ATLAS_EVENTS = ['ready', 'state', 'select', 'resize', 'error', 'response'] as const;
export type AtlasEventType = (typeof ATLAS_EVENTS)[number];

/** Longest request id the atlas echoes back. */
const MAX_REQUEST_ID = 100;

// ---------------------------------------------------------------- host → atlas

const envelopeSchema = zm.object({
  source: zm.literal(PROTOCOL_SOURCE),
  v: zm.literal(PROTOCOL_VERSION),
  type: zm.enum(HOST_COMMANDS),
  payload: zm.optional(zm.unknown()),
  requestId: zm.optional(zm.string().check(zm.minLength(1), zm.maxLength(MAX_REQUEST_ID))),
});

const maxText = (length: number) => zm.string().check(zm.maxLength(length));
/** A list filter: an array of values, or the URL's comma-separated form; null or [] clears it. */
const listInput = zm.optional(zm.nullable(zm.union([zm.array(maxText(200)).check(zm.maxLength(100)), maxText(4000)])));
const yearInput = zm.optional(zm.nullable(zm.union([zm.number(), maxText(10)])));

const setFiltersSchema = zm.strictObject({
  country: listInput,
  region: listInput,
  sector: listInput,
  kind: listInput,
  status: listInput,
  from: yearInput,
  to: yearInput,
  q: zm.optional(zm.nullable(maxText(1000))),
});

type ListKey = 'country' | 'region' | 'sector' | 'kind' | 'status';
const LIST_KEYS: readonly ListKey[] = ['country', 'region', 'sector', 'kind', 'status'];

const recordIdSchema = maxText(200);
const selectSchema = zm.union([
  zm.strictObject({ site: recordIdSchema }),
  zm.strictObject({ partnership: recordIdSchema }),
  zm.strictObject({}),
  zm.null(),
  zm.undefined(),
]);

const between = (min: number, max: number) => zm.number().check(zm.gte(min), zm.lte(max));
const lon = between(-180, 180);
const lat = between(-90, 90);
const zoom = between(0, 24);
const flyToSchema = zm.union([
  zm.strictObject({ lon, lat, zoom: zm.optional(zoom) }),
  zm.strictObject({ bounds: zm.tuple([lon, lat, lon, lat]) }).check(
    zm.refine(({ bounds: [west, south, east, north] }) => west < east && south < north, {
      message: 'bounds are [west, south, east, north] with west < east and south < north',
    }),
  ),
]);

const setLanguageSchema = zm.strictObject({ language: zm.enum(LANGUAGES) });
const getStateSchema = zm.union([zm.strictObject({}), zm.null(), zm.undefined()]);

export type FlyTo = { lon: number; lat: number; zoom?: number } | { bounds: [number, number, number, number] };
export type SelectTarget = { site: string } | { partnership: string } | null;

export type HostCommand =
  | { type: 'setFilters'; requestId?: string; filters: Filters }
  | { type: 'select'; requestId?: string; target: SelectTarget }
  | { type: 'flyTo'; requestId?: string; view: FlyTo }
  | { type: 'setLanguage'; requestId?: string; language: Language }
  | { type: 'getState'; requestId?: string };

/**
 * What a message from a host is: not ours (wrong source or version, an unknown type,
 * not an object: ignored without a word), a command whose payload is wrong (answered
 * with `ok: false` when it has a requestId; nothing changes), or a valid command.
 */
export type ParsedHostMessage =
  | { kind: 'ignored'; reason: string }
  | { kind: 'invalid'; type: HostCommandType; requestId?: string; error: string }
  | { kind: 'command'; command: HostCommand };

const issueText = (error: { readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[] }) => {
  const issue = error.issues[0];
  return `${issue.path.length ? `"${issue.path.map(String).join('.')}": ` : ''}${issue.message}`;
};

/** The filters a `setFilters` payload asks for (all of them: what it leaves out is cleared), or what is wrong with it. */
export function filtersFromPayload(payload: unknown): { filters: Filters } | { error: string } {
  const parsed = setFiltersSchema.safeParse(payload ?? {});
  if (!parsed.success) return { error: issueText(parsed.error) };
  const input = parsed.data;
  const filters: Filters = { ...EMPTY_FILTERS };
  for (const key of LIST_KEYS) {
    const raw = input[key];
    if (raw == null) continue;
    const items = (Array.isArray(raw) ? raw : raw.split(',')).map((item) => item.trim()).filter((item) => item !== '');
    if (items.length === 0) continue;
    // The URL's parser decides what is valid; whatever it would drop from a link is an error here.
    const kept = filterParsers[key].parse(items.join(',')) ?? [];
    const unknown = items.filter((item) => !(kept as readonly string[]).includes(item));
    if (unknown.length > 0) return { error: `"${key}": unknown value${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}` };
    (filters as Record<ListKey, string[]>)[key] = [...new Set(kept as string[])];
  }
  for (const key of ['from', 'to'] as const) {
    const raw = input[key];
    if (raw == null) continue;
    const year = filterParsers[key].parse(String(raw));
    if (year === null) return { error: `"${key}": not a year between 1900 and 2100: ${JSON.stringify(raw)}` };
    filters[key] = year;
  }
  if (input.q != null) filters.q = filterParsers.q.parse(input.q);
  return { filters: normalise(filters) };
}

function selectFromPayload(payload: unknown): { target: SelectTarget } | { error: string } {
  const parsed = selectSchema.safeParse(payload);
  if (!parsed.success) return { error: 'expected { site: id }, { partnership: id } or nothing (to clear)' };
  const value = parsed.data;
  if (!value || (!('site' in value) && !('partnership' in value))) return { target: null };
  const [kind, id] = 'site' in value ? (['site', value.site] as const) : (['partnership', value.partnership] as const);
  if (selectionParsers[kind].parse(id) === null) return { error: `"${kind}": not a valid id: ${JSON.stringify(id)}` };
  return { target: kind === 'site' ? { site: id } : { partnership: id } };
}

/** Reads a message a host posted. Never throws, whatever `data` is. */
export function parseHostMessage(data: unknown): ParsedHostMessage {
  try {
    const envelope = envelopeSchema.safeParse(data);
    if (!envelope.success) return { kind: 'ignored', reason: `not a v${PROTOCOL_VERSION} command: ${issueText(envelope.error)}` };
    const { type, payload, requestId } = envelope.data;
    const invalid = (error: string): ParsedHostMessage => ({ kind: 'invalid', type, requestId, error: `${type}: ${error}` });
    switch (type) {
      case 'setFilters': {
        const result = filtersFromPayload(payload);
        return 'error' in result ? invalid(result.error) : { kind: 'command', command: { type, requestId, filters: result.filters } };
      }
      case 'select': {
        const result = selectFromPayload(payload);
        return 'error' in result ? invalid(result.error) : { kind: 'command', command: { type, requestId, target: result.target } };
      }
      case 'flyTo': {
        const result = flyToSchema.safeParse(payload);
        return result.success ? { kind: 'command', command: { type, requestId, view: result.data } } : invalid(issueText(result.error));
      }
      case 'setLanguage': {
        const result = setLanguageSchema.safeParse(payload);
        return result.success ? { kind: 'command', command: { type, requestId, language: result.data.language } } : invalid(issueText(result.error));
      }
      case 'getState': {
        const result = getStateSchema.safeParse(payload);
        return result.success ? { kind: 'command', command: { type, requestId } } : invalid('takes no payload');
      }
    }
  } catch (error) {
    // A hostile object (a throwing getter, a revoked proxy) is not a command either.
    return { kind: 'ignored', reason: `unreadable message: ${error instanceof Error ? error.message : String(error)}` };
  }
}

// ---------------------------------------------------------------- atlas → host

/** The state a host sees: what the URL holds, plus the map's view. */
export interface AtlasState {
  filters: Filters;
  selection: { site: string | null; partnership: string | null };
  /** The map's centre and zoom, and the visible area [west, south, east, north]; null until the map has drawn. */
  view: { zoom: number; lat: number; lon: number; bounds: [number, number, number, number] } | null;
  /**
   * All sites and partnerships loaded, and those the filters match (the map and the
   * list show these); null until the data is in.
   */
  counts: { sites: number; partnerships: number; matchingSites: number; matchingPartnerships: number } | null;
  /** The interface language. */
  language: string;
  /** A link to this state in the full atlas (what "Open full map" opens). */
  url: string;
}

/** The names of a record in every language the data has, keyed by language code. */
export type RecordNames = Partial<Record<'en' | 'ko' | 'ru' | 'kk' | 'zh', string>>;

export interface AtlasEventPayloads {
  ready: { apiVersion: number; counts: { sites: number; partnerships: number }; state: AtlasState };
  state: AtlasState;
  select: { kind: 'site' | 'partnership'; id: string; names: RecordNames };
  resize: { height: number };
  error: { code: 'data'; collection: 'sites' | 'partnerships'; message: string };
}

export type AtlasMessage =
  | { [T in keyof AtlasEventPayloads]: { source: typeof PROTOCOL_SOURCE; v: typeof PROTOCOL_VERSION; type: T; payload: AtlasEventPayloads[T] } }[keyof AtlasEventPayloads]
  | { source: typeof PROTOCOL_SOURCE; v: typeof PROTOCOL_VERSION; type: 'response'; requestId: string; ok: boolean; error?: string; payload?: unknown };

export function atlasEvent<T extends keyof AtlasEventPayloads>(type: T, payload: AtlasEventPayloads[T]): AtlasMessage {
  return { source: PROTOCOL_SOURCE, v: PROTOCOL_VERSION, type, payload } as AtlasMessage;
}

export function atlasResponse(requestId: string, result: { ok: true; payload?: unknown } | { ok: false; error: string }): AtlasMessage {
  return { source: PROTOCOL_SOURCE, v: PROTOCOL_VERSION, type: 'response', requestId, ...result };
}

// ---------------------------------------------------------------- origins

/** A message is heard only from the page that frames the atlas, and only if its origin is listed. */
export function acceptsMessage(
  event: { origin: string; source: unknown },
  { allowedOrigins, parent }: { allowedOrigins: readonly string[]; parent: unknown },
): boolean {
  if (allowedOrigins.length === 0 || event.source !== parent || event.source == null) return false;
  return allowedOrigins.includes('*') || allowedOrigins.includes(event.origin);
}

/**
 * Where the atlas may post: the parent's origin when it is listed; "*" only when the
 * list says "*" and the parent's origin is unknown; otherwise nowhere (undefined).
 */
export function targetOriginFor(parentOrigin: string | undefined, allowedOrigins: readonly string[]): string | undefined {
  if (parentOrigin && parentOrigin !== 'null' && (allowedOrigins.includes(parentOrigin) || allowedOrigins.includes('*'))) return parentOrigin;
  if (allowedOrigins.includes('*')) return '*';
  return undefined;
}
