/**
 * Everything the atlas's parts share, wired in one place: the data (a worker loads, validates and indexes
 * the records; src/data), the URL as state (filters, selection, list options; src/state), the language,
 * the layout, and the hooks that connect them. Read it as the list of what happens:
 *
 * - useAtlasData says what is loaded; useExploreResult answers the filters (counts, list order, summary);
 *   useMapData gives the map its sources; useTimeline the dated events; useRecordDetails the selected record
 * - opening a record: useOpenRecord; moving the map: useCameraFocus
 * - links naming what the data lacks: useUrlRepair
 * - the list's rows: useListRows; "only in the map view": useViewBounds
 * - a host page framing the atlas talks to it through useEmbedApi, which also hears what is opened
 */
import { useMemo, useState } from 'react';
import { useAtlasData, useExploreResult, useGroups, useLoadProgress, useMapData, useSelectedArcs, useTimeline } from '../data/queries';
import { drawsFlows } from '../data/flows';
import { useAtlasRuntime } from '../data/runtime';
import { useFilters, useSelection, useViewOptions } from '../state/urlState';
import { useReaderLanguage } from '../ui/localText';
import { useCameraFocus } from './useCameraFocus';
import { useEmbedApi } from './useEmbedApi';
import { useLanguage } from './useLanguage';
import { useLayoutMode } from './useLayoutMode';
import { useListRows } from './useListRows';
import { useOpenRecord } from './useOpenRecord';
import { useRecordDetails } from './useRecordDetails';
import { useUrlRepair } from './useUrlRepair';
import { useViewBounds } from './useViewBounds';

export function useAtlasState() {
  const { config, client, describe } = useAtlasRuntime();
  const data = useAtlasData();
  const { summary, version, sitesQuery, partnershipsQuery } = data;
  const progress = useLoadProgress();
  const layout = useLayoutMode();
  const language = useLanguage(layout.mode === 'embed');
  const reader = useReaderLanguage();
  const { filters, update: updateFilters, clear: clearFilters } = useFilters();
  const selection = useSelection();
  const { view, setView } = useViewOptions();
  const loaded = summary !== undefined;
  // The questions follow the filters at once (no deferred copy): the worker answers them, the last answer stays on
  // screen meanwhile, and the search box and the timeline's brush already change the filters only when a person pauses.
  const { inView, onViewChange, camera: mapCamera } = useViewBounds(view.inview);
  const explore = useExploreResult(version, loaded, { filters, sort: view.sort, inView, reader, selectedId: selection.siteId });
  const result = explore.data;
  // Above `flowsAbove` matching partnerships the map draws flows between regions (the legend says so, by the same rule).
  const mapData = useMapData(version, sitesQuery.dataUpdatedAt, loaded, filters, { flowsAbove: config.flowsAbove });
  const flows = result !== undefined && drawsFlows(result.partnershipIds.length, config.flowsAbove);
  const selectedArcs = useSelectedArcs(version, loaded, selection.partnershipId);
  const timeline = useTimeline(version, loaded, filters, reader);
  const rows = useListRows(result);
  const details = useRecordDetails(version, { sites: sitesQuery.isSuccess, partnerships: partnershipsQuery.isSuccess }, selection.siteId, selection.partnershipId);
  const camera = useCameraFocus(selection, version, loaded);
  const openRecord = useOpenRecord(selection, camera);
  const embedApi = useEmbedApi({
    data,
    filters,
    updateFilters,
    selection,
    open: openRecord,
    camera,
    view: mapCamera,
    // Counts only once they answer the filters as they are now (not the last answer kept while the next comes).
    matching: result && !explore.isPlaceholderData ? { sites: result.matching, partnerships: result.partnershipIds.length } : undefined,
    language: language.language,
    setLanguage: language.choose,
  });
  // What a person opens is also announced to a host page framing the atlas.
  const open = useMemo(() => embedApi.announcing(openRecord), [embedApi, openRecord]);
  const groups = useGroups(version, loaded);
  const regions = useMemo(() => (summary ? new Set(summary.regions.map((r) => r.code)) : undefined), [summary]);
  useUrlRepair({ regions, missingRecord: details.missing, filters, updateFilters, selection });
  const [hoveredSiteId, setHoveredSiteId] = useState<string | undefined>();

  return {
    config,
    client,
    describe,
    data,
    summary,
    progress,
    layout,
    language,
    filters,
    updateFilters,
    clearFilters,
    selection,
    view,
    setView,
    loaded,
    onViewChange,
    mapCamera,
    explore,
    result,
    mapData,
    flows,
    selectedArcs,
    timeline,
    rows,
    details,
    camera,
    open,
    embedApi,
    groups,
    hoveredSiteId,
    setHoveredSiteId,
  };
}

export type AtlasState = ReturnType<typeof useAtlasState>;
