/**
 * The URL is the state: every filter, the selection and the list options are
 * query parameters (the map view is MapLibre's `#zoom/lat/lon` hash). One
 * parser per parameter serves the hooks, the canonicalisation of incoming
 * links, and the tests, so "valid" means the same thing everywhere.
 */
import {
  createLoader,
  createParser,
  createSerializer,
  debounce,
  parseAsArrayOf,
  parseAsBoolean,
  parseAsStringLiteral,
  useQueryStates,
  type inferParserType,
} from 'nuqs';
import { createContext, useCallback, useContext, useMemo } from 'react';
import { COUNTRIES, PARTNERSHIP_KINDS, SECTORS, SITE_KINDS, SITE_STATUSES } from '../api/vocabulary';
import { LANGUAGES } from '../i18n/languages';
import { pairKey } from './countryPairs';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
const MAX_TEXT = 200;

/** A comma-separated list whose unknown items are dropped, without repeats. */
function listOf<T extends string>(values: readonly T[]) {
  return parseAsArrayOf(parseAsStringLiteral(values), ',').withOptions({ clearOnDefault: true }).withDefault([]);
}

const year = createParser({
  parse: (v) => (/^\d{4}$/.test(v) && Number(v) >= MIN_YEAR && Number(v) <= MAX_YEAR ? Number(v) : null),
  serialize: (v: number) => String(v),
});

const regionCode = createParser({
  parse: (v) => (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(v) ? v : null),
  serialize: (v: string) => v,
});

/** Record ids: short, no spaces or control characters. */
const recordId = createParser({
  parse: (v) => (/^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$/.test(v) ? v : null),
  serialize: (v: string) => v,
});

const text = createParser({
  parse: (v) => {
    const trimmed = v.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
    return trimmed === '' ? null : trimmed;
  },
  serialize: (v: string) => v,
});

export const SORT_KEYS = ['name', 'kind', 'region', 'status', 'partnerships'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
const sortParser = createParser({
  parse: (v) => {
    const desc = v.startsWith('-');
    const key = desc ? v.slice(1) : v;
    return (SORT_KEYS as readonly string[]).includes(key) ? { key: key as SortKey, desc } : null;
  },
  serialize: (v: { key: SortKey; desc: boolean }) => `${v.desc ? '-' : ''}${v.key}`,
  eq: (a, b) => a.key === b.key && a.desc === b.desc,
});

const countryPair = createParser({
  parse: (v) => {
    const m = /^([A-Z]{2})-([A-Z]{2})$/.exec(v);
    if (!m || !(COUNTRIES as readonly string[]).includes(m[1]) || !(COUNTRIES as readonly string[]).includes(m[2])) return null;
    return pairKey(m[1], m[2]);
  },
  serialize: (v: string) => v,
});

/** Site filters: what the map, the list, the counts and the summary all show. */
export const filterParsers = {
  country: listOf(COUNTRIES),
  region: parseAsArrayOf(regionCode, ',').withOptions({ clearOnDefault: true }).withDefault([]),
  sector: listOf(SECTORS),
  kind: listOf(SITE_KINDS),
  status: listOf(SITE_STATUSES),
  from: year,
  to: year,
  q: text,
};

export const selectionParsers = { site: recordId, partnership: recordId };

/** The partnership explorer's filters: kinds, one year, and a country pair such as "KR-KZ" ("KR-KR": within Korea). */
export const explorerParsers = {
  pkind: listOf(PARTNERSHIP_KINDS),
  pyear: year,
  pair: countryPair,
};

/** Options of the list and of the partnership explorer. */
export const viewParsers = {
  sort: sortParser,
  inview: parseAsBoolean.withOptions({ clearOnDefault: true }).withDefault(false),
  ...explorerParsers,
};

/** The interface language, when a link names one (it then wins over the browser's and the stored choice). */
export const languageParsers = { lang: parseAsStringLiteral(LANGUAGES) };

/** The parts of the atlas a portal can show around an embedded map (`ui=`). */
export const UI_PARTS = ['search', 'filters', 'list', 'timeline', 'legend', 'summary', 'export'] as const;
export type UiPart = (typeof UI_PARTS)[number];
/** Shown in embed mode when the link has no (valid) `ui=`. */
export const DEFAULT_UI_PARTS: readonly UiPart[] = ['legend'];
/** `ui=none`: only the map and its header. */
const NO_UI_PARTS = 'none';

/**
 * `ui=legend,filters`: known parts in vocabulary order, unknown ones dropped; nothing
 * known left means no choice was made (the default applies). `none` chooses no part.
 */
const uiParts = createParser<UiPart[]>({
  parse: (v) => {
    const items = v.split(',').map((item) => item.trim());
    if (items.includes(NO_UI_PARTS)) return [];
    const known = UI_PARTS.filter((part) => items.includes(part));
    return known.length > 0 ? known : null;
  },
  serialize: (parts) => (parts.length === 0 ? NO_UI_PARTS : UI_PARTS.filter((part) => parts.includes(part)).join(',')),
  eq: (a, b) => a.length === b.length && a.every((part) => b.includes(part)),
});

/** `embed=1`: the layout for a portal's frame. Any other value is dropped. */
const embedFlag = createParser<true>({
  parse: (v) => (v === '1' || v === 'true' ? true : null),
  serialize: () => '1',
});

/** Embedding in a portal: the layout and the parts shown around the map. */
export const embedParsers = { embed: embedFlag, ui: uiParts };

export const urlParsers = { ...filterParsers, ...selectionParsers, ...viewParsers, ...languageParsers, ...embedParsers };

export type Filters = inferParserType<typeof filterParsers>;
export type ExplorerFilters = inferParserType<typeof explorerParsers>;
export type UrlState = inferParserType<typeof urlParsers>;

/** No filter set: what each parser gives for an empty address. */
export const EMPTY_FILTERS: Filters = createLoader(filterParsers)('');

/**
 * Whether which sites match depends on the partnerships too: the years (a site's partnership years count) and
 * the search (its partners' names and partnership titles are searched), as `matchesRest` in filters.ts applies
 * them. Here, beside the filters, so the page can ask without loading the filtering code.
 */
export const matchingReadsPartnerships = (filters: Pick<Filters, 'q' | 'from' | 'to'>): boolean =>
  Boolean(filters.q) || filters.from != null || filters.to != null;
export const EMPTY_EXPLORER_FILTERS: ExplorerFilters = createLoader(explorerParsers)('');

export const loadUrlState = createLoader(urlParsers);
export const serializeUrlState = createSerializer(urlParsers);

/**
 * The canonical form of an incoming query string: unknown parameters and
 * malformed or unknown values dropped, lists de-duplicated, a reversed year
 * range put in order. Never throws.
 */
export function canonicalSearch(search: string): string {
  let state: UrlState;
  try {
    state = loadUrlState(search);
  } catch {
    return '';
  }
  return serializeUrlState(normalise(state));
}

export function normalise<T extends Partial<UrlState>>(state: T): T {
  const dedupe = <V>(list: V[] | undefined) => (list ? [...new Set(list)] : list);
  const next = { ...state };
  for (const key of ['country', 'region', 'sector', 'kind', 'status', 'pkind'] as const) {
    if (key in next) (next as Record<string, unknown>)[key] = dedupe(next[key] as string[]);
  }
  if (next.from != null && next.to != null && next.from > next.to) [next.from, next.to] = [next.to, next.from];
  return next;
}

/** Replaces the address bar's query with its canonical form (no history entry). */
export function canonicaliseLocation(location: Location = window.location, history: History = window.history) {
  const canonical = canonicalSearch(location.search);
  if (canonical !== (location.search === '?' ? '' : location.search)) {
    history.replaceState(history.state, '', `${location.pathname}${canonical}${location.hash}`);
  }
}

export function activeFilterCount(f: Filters): number {
  return (
    f.country.length +
    f.region.length +
    f.sector.length +
    f.kind.length +
    f.status.length +
    (f.from != null || f.to != null ? 1 : 0) +
    (f.q ? 1 : 0)
  );
}

/**
 * Whether a person's choices add history entries ('push', the full app: Back undoes them) or
 * replace the current one ('replace': inside a portal's frame, where entries would join the
 * host page's history and its Back button would step through the atlas instead of leaving).
 */
const UrlHistoryContext = createContext<'push' | 'replace'>('push');
export const UrlHistoryProvider = UrlHistoryContext.Provider;
const useUrlHistory = () => useContext(UrlHistoryContext);

/** Filters in the URL; each change is a history entry, except search typing, which is debounced. */
export function useFilters() {
  const [filters, setFilters] = useQueryStates(filterParsers, { history: useUrlHistory() });
  const update = useCallback(
    (patch: Partial<Filters>, options?: { replace?: boolean }) => {
      const debounced = Object.keys(patch).length === 1 && 'q' in patch;
      // Normalised against the whole state: a From typed after an earlier To still makes a range.
      void setFilters((previous) => normalise({ ...previous, ...patch }), {
        ...(debounced ? { limitUrlUpdates: debounce(300) } : {}),
        // A correction of the address (not a user's step) must not add a history entry Back would return to.
        ...(options?.replace ? { history: 'replace' as const } : {}),
      });
    },
    [setFilters],
  );
  const clear = useCallback(() => void setFilters(EMPTY_FILTERS), [setFilters]);
  return { filters, update, clear };
}

/** The selected site or partnership; selecting one clears the other. */
export function useSelection() {
  const [{ site, partnership }, setParams] = useQueryStates(selectionParsers, { history: useUrlHistory() });
  const selectSite = useCallback((id: string) => void setParams({ site: id, partnership: null }), [setParams]);
  const selectPartnership = useCallback((id: string) => void setParams({ site: null, partnership: id }), [setParams]);
  const clear = useCallback(
    (options?: { replace?: boolean }) =>
      void setParams({ site: null, partnership: null }, options?.replace ? { history: 'replace' } : undefined),
    [setParams],
  );
  return useMemo(
    () => ({ siteId: site ?? undefined, partnershipId: partnership ?? undefined, selectSite, selectPartnership, clear }),
    [site, partnership, selectSite, selectPartnership, clear],
  );
}

/** The `lang` parameter, and a way to set it (a history entry, like every other choice). */
export function useLanguageParam() {
  const [{ lang }, setParams] = useQueryStates(languageParsers, { history: useUrlHistory() });
  const setLang = useCallback((next: (typeof LANGUAGES)[number]) => void setParams({ lang: next }), [setParams]);
  return { lang, setLang };
}

export function useViewOptions() {
  const [view, setView] = useQueryStates(viewParsers, { history: useUrlHistory() });
  return { view, setView };
}

/** `embed` and `ui` as the link gives them (they do not change while the atlas runs). */
export function useEmbedParams() {
  const [{ embed, ui }] = useQueryStates(embedParsers);
  return { embed: embed === true, ui };
}

/** A key for the set of sites the filters match (the list's order and the map view do not change it). */
export function matchKeyOf(f: Filters): string {
  return JSON.stringify([f.country, f.region, f.sector, f.kind, f.status, f.from, f.to, f.q]);
}
