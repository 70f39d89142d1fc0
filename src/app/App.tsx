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
 * - the layout: useLayoutMode — the full dashboard (AppLayout) or a portal's frame (EmbedLayout);
 *   a host page framing the atlas talks to it through useEmbedApi; Share makes links and embed code
 * - on a phone or in a narrow column the same slots fill PhoneLayout (a bottom sheet over the map)
 */
import { lazy, useDeferredValue, useMemo, useState } from 'react';
import { useAtlasData, useExploreResult, useGroups, useLoadProgress, useMapData, useTimeline } from '../data/queries';
import { useAtlasRuntime } from '../data/runtime';
import { ExportMenu } from '../features/export/ExportMenu';
import { ActiveFilterChips } from '../features/filters/ActiveFilterChips';
import { SearchBox } from '../features/filters/SearchBox';
import { RecordCard } from '../features/record-card/RecordCard';
import { ShareButton } from '../features/share/ShareButton';
import { DataStatus } from '../features/status/DataStatus';
import { SummaryCharts } from '../features/summary/SummaryCharts';
import { Timeline } from '../features/timeline/Timeline';
import { Legend } from '../map/Legend';
import { toggleValue } from '../state/lists';
import { embedHref, fullMapHref, recordHref } from '../state/shareLinks';
import { activeFilterCount, useFilters, useSelection, useViewOptions } from '../state/urlState';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { useReaderLanguage } from '../ui/localText';
import { useElementHeight } from '../ui/useElementHeight';
import { AppLayout } from './AppLayout';
import { drawerTabsFor, EMBED_ROOT_ID, EmbedLayout, useGestureHint } from './EmbedLayout';
import { ExploreTabs, type ExploreTab } from './ExploreTabs';
import { MapPane } from './MapPane';
import { PhoneLayout } from './PhoneLayout';
import { RecordPanel } from './RecordPanel';
import { useCameraFocus } from './useCameraFocus';
import { useEmbedApi } from './useEmbedApi';
import { useLanguage } from './useLanguage';
import { useLayoutMode } from './useLayoutMode';
import { useListRows } from './useListRows';
import { useOpenRecord } from './useOpenRecord';
import { useRecordDetails } from './useRecordDetails';
import { useUrlRepair } from './useUrlRepair';
import { useViewBounds } from './useViewBounds';

/** A phone has no side panel for the summary when nothing is open: it is a fourth tab. */
const PHONE_TABS: readonly ExploreTab[] = ['filters', 'sites', 'partnerships', 'summary'];

const MapView = lazy(() => import('../map/MapView'));

/** From this width the legend opens unfolded: there is room beside the map's content. */
const WIDE_SCREEN_PX = 1500;
/** The legend card's distance from the map's top edge (legend.css). */
const LEGEND_TOP_PX = 10;

export function App() {
  const { config, client, describe } = useAtlasRuntime();
  const data = useAtlasData();
  const { summary, version, sitesQuery, partnershipsQuery } = data;
  const progress = useLoadProgress();
  const layout = useLayoutMode();
  const embedded = layout.mode === 'embed';
  const Layout = layout.mode === 'phone' ? PhoneLayout : AppLayout;
  const language = useLanguage(embedded);
  const reader = useReaderLanguage();
  const { filters, update: updateFilters, clear: clearFilters } = useFilters();
  const selection = useSelection();
  const { view, setView } = useViewOptions();
  const loaded = summary !== undefined;
  // The answers follow a deferred copy of the filters, so typing and clicking stay responsive.
  const deferredFilters = useDeferredValue(filters);
  const { inView, onViewChange, camera: mapCamera } = useViewBounds(view.inview);
  const explore = useExploreResult(version, loaded, { filters: deferredFilters, sort: view.sort, inView, reader, selectedId: selection.siteId });
  const result = explore.data;
  const mapData = useMapData(version, loaded, deferredFilters);
  const timelineModel = useTimeline(version, loaded, deferredFilters, reader);
  const rows = useListRows(result?.listOrder);
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
    // Counts only once they answer the filters as they are now (the list and map follow a deferred copy).
    matching:
      result && !explore.isPlaceholderData && deferredFilters === filters ? { sites: result.matching, partnerships: result.partnershipIds.length } : undefined,
    language: language.language,
    // setLanguage: language.choose, — once the interface languages are available (issue 10)
  });
  // What a person opens is also announced to a host page framing the atlas.
  const open = useMemo(() => embedApi.announcing(openRecord), [embedApi, openRecord]);
  const groups = useGroups(version, loaded);
  const regions = useMemo(() => (summary ? new Set(summary.regions.map((r) => r.code)) : undefined), [summary]);
  useUrlRepair({ regions, missingRecord: details.missing, filters, updateFilters, selection });

  const [hoveredSiteId, setHoveredSiteId] = useState<string | undefined>();
  const hoveredPosition = hoveredSiteId ? rows.positionOf(hoveredSiteId) : undefined;
  const hoveredRow = hoveredPosition === undefined ? undefined : rows.at(hoveredPosition);
  const [legendOpenAtStart] = useState(() => window.innerWidth >= WIDE_SCREEN_PX);
  const [legendRef, legendHeight] = useElementHeight<HTMLElement>();
  const sectorsInUse = useMemo(() => new Set(summary?.sectorsInUse ?? []), [summary]);
  const gestureHint = useGestureHint();

  const chips = (
    <ActiveFilterChips
      filters={filters}
      regionNames={new Map(summary?.regions.map((r) => [r.code, r.name]) ?? [])}
      matching={result?.matching ?? 0}
      total={summary?.siteCount ?? 0}
      onChange={updateFilters}
      onClear={clearFilters}
    />
  );
  const exportMenu = (
    <ExportMenu
      counts={{ sites: result?.matching ?? 0, partnerships: result?.partnershipIds.length ?? 0 }}
      exportText={(collection, format) => client.export(collection, format, deferredFilters)}
    />
  );
  const summaryCharts = result && (
    <SummaryCharts
      counts={result.summary}
      matching={result.matching}
      selectedCountries={filters.country}
      selectedSectors={filters.sector}
      onToggleCountry={(c) => updateFilters({ country: toggleValue(filters.country, c) })}
      onToggleSector={(s) => updateFilters({ sector: toggleValue(filters.sector, s) })}
    />
  );
  const exploreTabs = (tabs?: readonly ExploreTab[]) => (
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
      tabs={tabs}
      summaryCharts={summaryCharts}
    />
  );
  const showLegend = !embedded || layout.parts.has('legend');
  const map = (
    <MapPane
      busy={explore.isPlaceholderData}
      dataCurrent={mapData.current}
      description={embedded ? gestureHint : undefined}
      legend={showLegend && <Legend ref={legendRef} sectorsInUse={sectorsInUse} initiallyOpen={!embedded && legendOpenAtStart} />}
    >
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
          insetTop={showLegend && legendHeight > 0 ? legendHeight + LEGEND_TOP_PX : 0}
          cooperativeGestures={embedded}
          compactAttribution={embedded || layout.mode === 'phone'}
          fullscreenContainerId={embedded ? EMBED_ROOT_ID : undefined}
        />
      )}
    </MapPane>
  );
  const timeline = timelineModel.isSuccess && <Timeline model={timelineModel.data} from={filters.from} to={filters.to} onRangeChange={(from, to) => updateFilters({ from, to })} />;

  if (embedded) {
    const drawerTabs = drawerTabsFor(layout.parts);
    const record = details.site ? { site: details.site.site.id } : details.partnership ? { partnership: details.partnership.partnership.id } : undefined;
    return (
      <EmbedLayout
        search={layout.parts.has('search') && <SearchBox value={filters.q} onChange={(q) => updateFilters({ q })} />}
        chips={chips}
        filtersActive={activeFilterCount(filters) > 0}
        actions={layout.parts.has('export') && exportMenu}
        explore={drawerTabs.length > 0 && exploreTabs(drawerTabs)}
        map={map}
        timeline={layout.parts.has('timeline') && timeline}
        card={
          record && (
            <RecordCard
              site={details.site}
              partnership={details.partnership}
              fullDetailsHref={() => recordHref(window.location.href, record)}
              onOpenSite={open.openSite}
              onClose={open.close}
            />
          )
        }
        cardKey={selection.siteId ?? selection.partnershipId}
        fullMapHref={() => fullMapHref(window.location.href, mapCamera)}
        onNeededHeight={embedApi.reportHeight}
      />
    );
  }

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
      explore={exploreTabs(layout.mode === 'phone' ? PHONE_TABS : undefined)}
      toolbar={
        <>
          {chips}
          {exportMenu}
          <ShareButton
            linkHref={() => fullMapHref(window.location.href, mapCamera)}
            embedHref={(options) => embedHref(window.location.href, options, mapCamera)}
          />
        </>
      }
      map={map}
      timeline={timeline}
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
          groups={groups.data?.groups ?? []}
          groupsTotal={groups.data?.total ?? 0}
          open={open}
          summary={summaryCharts}
        />
      }
    />
  );
}
