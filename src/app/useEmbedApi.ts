/**
 * The postMessage API for a host page that frames the atlas (v1, see
 * src/state/embedProtocol.ts and README "Embedding"). Off unless the atlas is in
 * a frame and config.json lists origins in `embed.allowedOrigins`; then it
 * hears commands from the framing page only, and posts only to its origin:
 *
 * - out: `ready` (once the data is in), `state` (debounced, on every change of
 *   filters, selection, view or language), `select` (a person opened a record),
 *   `resize` (the height the content needs), `error` (data could not be loaded);
 * - in: `setFilters`, `select`, `flyTo`, `setLanguage`, `getState`, each
 *   answered with a `response` when it carries a requestId.
 *
 * Commands act through the same paths as a person: the URL's filters, opening
 * a record (useOpenRecord), the camera requests (useCameraFocus).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Partnership, Site } from '../api/schema';
import { partnershipDetailsOptions, siteDetailsOptions, type useAtlasData } from '../data/queries';
import { useAtlasRuntime } from '../data/runtime';
import type { Language } from '../i18n/languages';
import { atlasEvent, targetOriginFor, PROTOCOL_VERSION, type AtlasMessage, type AtlasState, type RecordNames } from '../state/embedProtocol';
import { fullMapHref } from '../state/shareLinks';
import type { Filters, useFilters, useSelection } from '../state/urlState';
import { createHostListener, type EmbedActions } from './embedApi';
import type { useCameraFocus } from './useCameraFocus';
import type { useOpenRecord } from './useOpenRecord';
import type { MapCamera } from './useViewBounds';

/** State messages wait for changes to pause this long (a drag, typing), then report the result once. */
export const STATE_DEBOUNCE_MS = 250;

type Open = ReturnType<typeof useOpenRecord>;

interface EmbedApiParams {
  data: ReturnType<typeof useAtlasData>;
  filters: Filters;
  updateFilters: ReturnType<typeof useFilters>['update'];
  selection: ReturnType<typeof useSelection>;
  open: Open;
  camera: ReturnType<typeof useCameraFocus>;
  view: MapCamera | undefined;
  /** What the filters match, once the answer for the current filters is in (undefined while it is on its way). */
  matching: { sites: number; partnerships: number } | undefined;
  language: string;
  /** Switches the interface language; undefined until the languages are available (then `setLanguage` answers an error). */
  setLanguage?: (language: Language) => Promise<void> | void;
}

/** The framing page's origin as the browser tells it (Chromium, Safari), else from the referrer. */
function parentOriginAtStart(): string | undefined {
  const ancestors = window.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[0];
  try {
    return document.referrer ? new URL(document.referrer).origin : undefined;
  } catch {
    return undefined;
  }
}

const namesOf = (record: Site | Partnership): RecordNames => {
  const names: RecordNames = {};
  const prefix = 'name_en' in record ? 'name' : 'title';
  for (const lang of ['en', 'ko', 'ru', 'kk', 'zh'] as const) {
    const value = (record as unknown as Record<string, unknown>)[`${prefix}_${lang}`];
    if (typeof value === 'string' && value) names[lang] = value;
  }
  return names;
};

const warnInDevelopment = (message: string) => {
  if (import.meta.env.DEV) console.warn(`[atlas embed API] ${message}`);
};

export function useEmbedApi(params: EmbedApiParams) {
  const { data, filters, updateFilters, selection, open, camera, view, matching, language, setLanguage } = params;
  const { config, client } = useAtlasRuntime();
  const queryClient = useQueryClient();
  const allowedOrigins = config.embed.allowedOrigins;
  const framed = window.parent !== window;
  const enabled = framed && allowedOrigins.length > 0;
  const parentOrigin = useRef<string | undefined>(undefined);

  const post = useCallback(
    (message: AtlasMessage) => {
      if (!enabled) return;
      parentOrigin.current ??= parentOriginAtStart();
      const target = targetOriginFor(parentOrigin.current, allowedOrigins);
      if (target) window.parent.postMessage(message, target);
    },
    [enabled, allowedOrigins],
  );

  // The state a host sees, rebuilt when any part of it changes.
  const totals = data.summary;
  const state = useMemo<AtlasState>(
    () => ({
      filters,
      selection: { site: selection.siteId ?? null, partnership: selection.partnershipId ?? null },
      view: view ?? null,
      counts:
        totals && matching
          ? { sites: totals.siteCount, partnerships: totals.partnershipCount, matchingSites: matching.sites, matchingPartnerships: matching.partnerships }
          : null,
      language,
      url: fullMapHref(window.location.href, view),
    }),
    [filters, selection.siteId, selection.partnershipId, view, totals, matching, language],
  );

  // Commands read the latest of everything through one ref, so the listener is set up once.
  const latest = useRef({ state, data, open, camera, selection, updateFilters, setLanguage });
  useEffect(() => {
    latest.current = { state, data, open, camera, selection, updateFilters, setLanguage };
  });

  const actions = useMemo<EmbedActions>(
    () => ({
      setFilters: (next) => latest.current.updateFilters(next),
      knownRegions: () => {
        const summary = latest.current.data.summary;
        return summary ? new Set(summary.regions.map((r) => r.code)) : undefined;
      },
      async select(target) {
        const { data: now, open: openNow, selection: selectionNow } = latest.current;
        if (!target) {
          selectionNow.clear();
          return { ok: true };
        }
        if ('site' in target) {
          if (!now.sitesQuery.isSuccess) return { ok: false, error: 'select: the sites are not loaded yet' };
          const found = await queryClient.fetchQuery(siteDetailsOptions(client, now.version, target.site));
          if (!found) return { ok: false, error: `select: no site "${target.site}" in the data` };
          openNow.openSite(target.site);
          return { ok: true, payload: { kind: 'site', id: target.site, names: namesOf(found.site) } };
        }
        if (!now.partnershipsQuery.isSuccess) return { ok: false, error: 'select: the partnerships are not loaded' };
        const found = await queryClient.fetchQuery(partnershipDetailsOptions(client, now.version, target.partnership));
        if (!found) return { ok: false, error: `select: no partnership "${target.partnership}" in the data` };
        openNow.openPartnership(target.partnership);
        return { ok: true, payload: { kind: 'partnership', id: target.partnership, names: namesOf(found.partnership) } };
      },
      flyTo: (target) => latest.current.camera.focusOnView(target),
      setLanguage: setLanguage && ((language) => latest.current.setLanguage?.(language)),
      getState: () => latest.current.state,
    }),
    [queryClient, client, setLanguage],
  );

  useEffect(() => {
    if (!enabled) return;
    const listener = createHostListener({
      allowedOrigins,
      parent: window.parent,
      actions,
      post,
      heardFrom: (origin) => void (parentOrigin.current ??= origin),
      warn: warnInDevelopment,
    });
    window.addEventListener('message', listener);
    return () => window.removeEventListener('message', listener);
  }, [enabled, allowedOrigins, actions, post]);

  // `ready`, once: the sites are in and the partnerships have arrived or failed.
  const { summary, sitesQuery, partnershipsQuery } = data;
  const ready = summary !== undefined && sitesQuery.isSuccess && !partnershipsQuery.isPending && state.counts !== null;
  const announcedReady = useRef(false);
  useEffect(() => {
    if (!ready || announcedReady.current) return;
    announcedReady.current = true;
    post(atlasEvent('ready', { apiVersion: PROTOCOL_VERSION, counts: { sites: summary.siteCount, partnerships: summary.partnershipCount }, state }));
  }, [ready, summary, state, post]);

  // `state`, after `ready`, once changes pause and the counts for the new filters are in; the same state is not sent twice.
  const stateKey = JSON.stringify(state);
  const settled = state.counts !== null;
  const lastSent = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!ready || !settled) return;
    if (lastSent.current === undefined) {
      lastSent.current = stateKey; // `ready` carried it
      return;
    }
    if (stateKey === lastSent.current) return;
    const timer = setTimeout(() => {
      lastSent.current = stateKey;
      post(atlasEvent('state', latest.current.state));
    }, STATE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [ready, settled, stateKey, post]);

  // `error`, once per failure of each collection.
  useEffect(() => {
    if (sitesQuery.isError) post(atlasEvent('error', { code: 'data', collection: 'sites', message: sitesQuery.error.message }));
  }, [sitesQuery.isError, sitesQuery.error, sitesQuery.errorUpdatedAt, post]);
  useEffect(() => {
    if (partnershipsQuery.isError) post(atlasEvent('error', { code: 'data', collection: 'partnerships', message: partnershipsQuery.error.message }));
  }, [partnershipsQuery.isError, partnershipsQuery.error, partnershipsQuery.errorUpdatedAt, post]);

  // `select`, when a person opens a record: with its names, from its details (the query the panel or card uses).
  const announce = useCallback(
    (kind: 'site' | 'partnership', id: string) => {
      const { version } = latest.current.data;
      const details =
        kind === 'site'
          ? queryClient.fetchQuery(siteDetailsOptions(client, version, id)).then((found) => found?.site)
          : queryClient.fetchQuery(partnershipDetailsOptions(client, version, id)).then((found) => found?.partnership);
      details.then(
        (record) => record && post(atlasEvent('select', { kind, id, names: namesOf(record) })),
        () => undefined, // the panel says why the record could not be shown
      );
    },
    [queryClient, client, post],
  );

  /** The same ways of opening a record, each also telling the host (for what a person does, not for commands). */
  const announcing = useCallback(
    (base: Open): Open => {
      if (!enabled) return base;
      return {
        ...base,
        openSite: (id) => (announce('site', id), base.openSite(id)),
        openPartnership: (id) => (announce('partnership', id), base.openPartnership(id)),
        pickSite: (id) => (announce('site', id), base.pickSite(id)),
        pickPartnership: (id) => (announce('partnership', id), base.pickPartnership(id)),
      };
    },
    [enabled, announce],
  );

  // `resize`, whenever the height the content needs changes.
  const lastHeight = useRef<number | undefined>(undefined);
  const reportHeight = useCallback(
    (height: number) => {
      const rounded = Math.ceil(height);
      if (rounded === lastHeight.current) return;
      lastHeight.current = rounded;
      post(atlasEvent('resize', { height: rounded }));
    },
    [post],
  );

  return { enabled, announcing, reportHeight };
}
