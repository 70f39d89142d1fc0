/**
 * The composition root: which features appear where, and which hooks connect
 * them. Features never import each other; everything they share passes through
 * here. Read it as a table of contents:
 *
 * - data: a worker loads, validates and indexes the records (src/data); useAtlasData says
 *   what is loaded, useExploreResult answers the filters (counts, list order, summary, timeline),
 *   useMapData gives the map its sources, useRecordDetails the selected record
 * - the URL is the state: useFilters, useSelection, useViewOptions (src/state); the language: useLanguage
 * - opening a record: useOpenRecord; moving the map: useCameraFocus
 * - links naming what the data lacks: useUrlRepair
 * - the list's rows: useListRows; "only in the map view": useViewBounds
 * - the page's layout: desktop columns or the phone's sheet (useLayoutMode), filled from the same slots
 */
import { lazy, useDeferredValue, useMemo, useState } from 'react';
import { useAtlasData, useExploreResult, useGroups, useLoadProgress, useMapData, useTimeline } from '../data/queries';
import { useAtlasRuntime } from '../data/runtime';
import { ExportMenu } from '../features/export/ExportMenu';
import { ActiveFilterChips } from '../features/filters/ActiveFilterChips';
import { SearchBox } from '../features/filters/SearchBox';
import { DataStatus } from '../features/status/DataStatus';
import { SummaryCharts } from '../features/summary/SummaryCharts';
import { Timeline } from '../features/timeline/Timeline';
import { Legend } from '../map/Legend';
import { toggleValue } from '../state/lists';
import { useFilters, useSelection, useViewOptions } from '../state/urlState';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { useReaderLanguage } from '../ui/localText';
import { useElementHeight } from '../ui/useElementHeight';
import { AppLayout } from './AppLayout';
import { ExploreTabs } from './ExploreTabs';
import { MapPane } from './MapPane';
import { PhoneLayout } from './PhoneLayout';
import { RecordPanel } from './RecordPanel';
import { useCameraFocus } from './useCameraFocus';
import { useLanguage } from './useLanguage';
import { useLayoutMode } from './useLayoutMode';
import { useListRows } from './useListRows';
import { useOpenRecord } from './useOpenRecord';
import { useRecordDetails } from './useRecordDetails';
import { useUrlRepair } from './useUrlRepair';
import { useViewBounds } from './useViewBounds';

const MapView = lazy(() => import('../map/MapView'));

/** From this width the legend opens unfolded: there is room beside the map's content. */
const WIDE_SCREEN_PX = 1500;
/** The legend card's distance from the map's top edge (legend.css). */
const LEGEND_TOP_PX = 10;

export function App() {
  const { config, client, describe } = useAtlasRuntime();
  const { summary, version, sitesQuery, partnershipsQuery } = useAtlasData();
  const progress = useLoadProgress();
  const language = useLanguage();
  const reader = useReaderLanguage();
  const { filters, update: updateFilters, clear: clearFilters } = useFilters();
  const selection = useSelection();
  const { view, setView } = useViewOptions();
  const loaded = summary !== undefined;
  // The answers follow a deferred copy of the filters, so typing and clicking stay responsive.
  const deferredFilters = useDeferredValue(filters);
  const { inView, onViewChange } = useViewBounds(view.inview);
  const explore = useExploreResult(version, loaded, { filters: deferredFilters, sort: view.sort, inView, reader, selectedId: selection.siteId });
  const result = explore.data;
  const mapData = useMapData(version, loaded, deferredFilters);
  const timeline = useTimeline(version, loaded, deferredFilters, reader);
  const rows = useListRows(result?.listOrder);
  const details = useRecordDetails(version, { sites: sitesQuery.isSuccess, partnerships: partnershipsQuery.isSuccess }, selection.siteId, selection.partnershipId);
  const camera = useCameraFocus(selection, version, loaded);
  const open = useOpenRecord(selection, camera);
  const groups = useGroups(version, loaded);
  const regions = useMemo(() => (summary ? new Set(summary.regions.map((r) => r.code)) : undefined), [summary]);
  useUrlRepair({ regions, missingRecord: details.missing, filters, updateFilters, selection });

  const [hoveredSiteId, setHoveredSiteId] = useState<string | undefined>();
  const hoveredPosition = hoveredSiteId ? rows.positionOf(hoveredSiteId) : undefined;
  const hoveredRow = hoveredPosition === undefined ? undefined : rows.at(hoveredPosition);
  const [legendOpenAtStart] = useState(() => window.innerWidth >= WIDE_SCREEN_PX);
  const [legendRef, legendHeight] = useElementHeight<HTMLElement>();
  const Layout = useLayoutMode() === 'phone' ? PhoneLayout : AppLayout;
  const sectorsInUse = useMemo(() => new Set(summary?.sectorsInUse ?? []), [summary]);

  return (
    <Layout
      search={<SearchBox value={filters.q} onChange={(q) => updateFilters({ q })} />}
      language={<LanguageSwitcher value={language.language} onChange={language.choose} />}
      status={
        <DataStatus
          source={describe}
          sites={sitesQuery}
          partnerships={partnershipsQuery}
          siteCount={summary?.siteCount ?? 0}
          partnershipCount={summary?.partnershipCount ?? 0}
          skipped={summary?.skipped ?? []}
          progress={progress}
        />
      }
      explore={
        <ExploreTabs
          summary={summary}
          result={result}
          rows={rows}
          filters={filters}
          onFiltersChange={updateFilters}
          selection={selection}
          view={view}
          onViewChange={setView}
          open={open}
          hoveredSiteId={hoveredSiteId}
          onHoverSite={setHoveredSiteId}
        />
      }
      toolbar={
        <>
          <ActiveFilterChips
            filters={filters}
            regionNames={new Map(summary?.regions.map((r) => [r.code, r.name]) ?? [])}
            matching={result?.matching ?? 0}
            total={summary?.siteCount ?? 0}
            onChange={updateFilters}
            onClear={clearFilters}
          />
          <ExportMenu
            counts={{ sites: result?.matching ?? 0, partnerships: result?.partnershipIds.length ?? 0 }}
            exportText={(collection, format) => client.export(collection, format, deferredFilters)}
          />
        </>
      }
      map={
        <MapPane busy={explore.isPlaceholderData} dataCurrent={mapData.current} legend={<Legend ref={legendRef} sectorsInUse={sectorsInUse} initiallyOpen={legendOpenAtStart} />}>
          {loaded && (
            <MapView
              sites={mapData.sites}
              arcs={mapData.arcs}
              selectedSites={details.selectedSites}
              selectedPartnershipId={details.partnership?.partnership.id}
              hoveredSite={hoveredRow}
              focus={camera.focus}
              basemap={config.basemap.style}
              requestTimeoutMs={config.requestTimeoutMs}
              onSelectSite={open.pickSite}
              onSelectPartnership={open.pickPartnership}
              onHoverSite={setHoveredSiteId}
              onViewChange={onViewChange}
              insetTop={legendHeight > 0 ? legendHeight + LEGEND_TOP_PX : 0}
            />
          )}
        </MapPane>
      }
      timeline={
        timeline.isSuccess && <Timeline model={timeline.data} from={filters.from} to={filters.to} onRangeChange={(from, to) => updateFilters({ from, to })} />
      }
      panelKey={selection.siteId ?? selection.partnershipId}
      panel={
        <RecordPanel
          loaded={loaded}
          site={details.site}
          partnership={details.partnership}
          pending={
            !details.missing &&
            ((selection.siteId !== undefined && !details.site) ||
              (selection.partnershipId !== undefined && !details.partnership && !partnershipsQuery.isError))
          }
          groups={groups.data ?? []}
          open={open}
          summary={
            result && (
              <SummaryCharts
                counts={result.summary}
                matching={result.matching}
                selectedCountries={filters.country}
                selectedSectors={filters.sector}
                onToggleCountry={(c) => updateFilters({ country: toggleValue(filters.country, c) })}
                onToggleSector={(s) => updateFilters({ sector: toggleValue(filters.sector, s) })}
              />
            )
          }
        />
      }
    />
  );
}
