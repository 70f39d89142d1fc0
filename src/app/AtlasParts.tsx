/**
 * The atlas's parts, each made from the shared state (useAtlasState) and placed by a layout: the same
 * search, chips, export, explore tabs, map, timeline and panels serve the desktop, the phone and a
 * portal's frame. Features never import each other; they meet here.
 */
import { Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportMenu } from '../features/export/ExportMenu';
import { ActiveFilterChips } from '../features/filters/ActiveFilterChips';
import { SearchBox } from '../features/filters/SearchBox';
import { RecordCard } from '../features/record-card/RecordCard';
import { ShareButton } from '../features/share/ShareButton';
import { DataStatus } from '../features/status/DataStatus';
import { SummaryCharts } from '../features/summary/SummaryCharts';
import { sitesDueSoon } from '../map/buildTiming';
import { Legend } from '../map/Legend';
import { toggleValue } from '../state/lists';
import { embedHref, fullMapHref, recordHref } from '../state/shareLinks';
import { LanguageSwitcher } from '../ui/LanguageSwitcher';
import { useElementHeight } from '../ui/useElementSize';
import { EMBED_ROOT_ID, useGestureHint } from './EmbedLayout';
import { LazyMapView, LazyTimeline } from './lazyParts';
import '../features/timeline/timelineFrame.css';
import { ExploreTabs, type ExploreTab } from './ExploreTabs';
import { MapPane } from './MapPane';
import { RecordPanel } from './RecordPanel';
import type { AtlasState } from './useAtlasState';

/** From this width the legend opens unfolded: there is room beside the map's content. */
const WIDE_SCREEN_PX = 1500;
/** The legend card's distance from the map's top edge (legend.css). */
const LEGEND_TOP_PX = 10;

type Part = { atlas: AtlasState };

export function AtlasSearch({ atlas }: Part) {
  return <SearchBox value={atlas.filters.q} onChange={(q) => atlas.updateFilters({ q })} />;
}

export function AtlasLanguage({ atlas }: Part) {
  return <LanguageSwitcher value={atlas.language.language} onChange={atlas.language.choose} />;
}

export function AtlasStatus({ atlas }: Part) {
  const { describe, data, summary, progress } = atlas;
  return (
    <DataStatus
      source={describe}
      sites={data.sitesQuery}
      partnerships={data.partnershipsQuery}
      siteCount={summary?.siteCount ?? 0}
      partnershipCount={summary?.partnershipCount ?? 0}
      skipped={summary?.skipped ?? []}
      progress={progress}
    />
  );
}

export function AtlasChips({ atlas }: Part) {
  const { filters, summary, result } = atlas;
  return (
    <ActiveFilterChips
      filters={filters}
      regionNames={new Map(summary?.regions.map((r) => [r.code, r.name]) ?? [])}
      matching={result?.matching ?? 0}
      total={summary?.siteCount ?? (atlas.data.sitesQuery.isError ? 0 : undefined)}
      onChange={atlas.updateFilters}
      onClear={atlas.clearFilters}
    />
  );
}

export function AtlasExport({ atlas }: Part) {
  const { result, client, filters } = atlas;
  return (
    <ExportMenu
      counts={{ sites: result?.matching ?? 0, partnerships: result?.partnershipIds.length ?? 0 }}
      exportText={(collection, format) => client.export(collection, format, filters)}
    />
  );
}

export function AtlasShare({ atlas }: Part) {
  return (
    <ShareButton
      linkHref={() => fullMapHref(window.location.href, atlas.mapCamera)}
      embedHref={(options) => embedHref(window.location.href, options, atlas.mapCamera)}
    />
  );
}

export function AtlasSummary({ atlas }: Part) {
  const { result, filters, updateFilters } = atlas;
  if (!result) return null;
  return (
    <SummaryCharts
      counts={result.summary}
      matching={result.matching}
      selectedCountries={filters.country}
      selectedSectors={filters.sector}
      onToggleCountry={(c) => updateFilters({ country: toggleValue(filters.country, c) })}
      onToggleSector={(s) => updateFilters({ sector: toggleValue(filters.sector, s) })}
    />
  );
}

/** The explore tabs; `tabs` chooses which (default: filters, sites, partnerships). */
export function AtlasExplore({ atlas, tabs }: Part & { tabs?: readonly ExploreTab[] }) {
  return (
    <ExploreTabs
      summary={atlas.summary}
      partnershipsLoaded={atlas.data.partnershipsQuery.isSuccess}
      result={atlas.result}
      rows={atlas.rows}
      filters={atlas.filters}
      onFiltersChange={atlas.updateFilters}
      selection={atlas.selection}
      view={atlas.view}
      onViewChange={atlas.setView}
      open={atlas.open}
      hoveredSiteId={atlas.hoveredSiteId}
      onHoverSite={atlas.setHoveredSiteId}
      tabs={tabs}
      summaryCharts={<AtlasSummary atlas={atlas} />}
    />
  );
}

/** The map with its legend; in a portal's frame it lets the page scroll and says how to zoom. */
export function AtlasMap({ atlas }: Part) {
  const { layout, explore, mapData, details, camera, config, open, rows, hoveredSiteId } = atlas;
  const embedded = layout.mode === 'embed';
  // Whether the map waits for its sites (buildTiming.ts).
  const dueSoon = sitesDueSoon(atlas.data.sitesQuery, atlas.progress.sites);
  const gestureHint = useGestureHint();
  const [legendOpenAtStart] = useState(() => window.innerWidth >= WIDE_SCREEN_PX);
  const [legendRef, legendHeight] = useElementHeight<HTMLElement>();
  const sectorsInUse = useMemo(() => new Set(atlas.summary?.sectorsInUse ?? []), [atlas.summary]);
  const hoveredPosition = hoveredSiteId ? rows.positionOf(hoveredSiteId) : undefined;
  const hoveredRow = hoveredPosition === undefined ? undefined : rows.at(hoveredPosition);
  const showLegend = !embedded || layout.parts.has('legend');
  const { updateFilters } = atlas;
  // A flow's two regions, in whichever countries they are (a country filter would hide one of them).
  const showRegions = useCallback((regions: [string, string]) => updateFilters({ region: regions, country: [] }), [updateFilters]);
  return (
    <MapPane
      busy={explore.isPlaceholderData}
      dataCurrent={mapData.current}
      description={embedded ? gestureHint : undefined}
      legend={
        showLegend && (
          <Legend
            ref={legendRef}
            sectorsInUse={sectorsInUse}
            flowsAbove={atlas.flows ? config.flowsAbove : undefined}
            selectedKind={atlas.details.partnership?.partnership.kind}
            initiallyOpen={!embedded && legendOpenAtStart}
          />
        )
      }
    >
      {/* Mounted at once: its code, MapLibre's worker, the style and the fonts load while the data does (the map
          itself is built once its data is here, after the next paint, or without it a while after its style: see buildTiming). */}
      <LazyMapView
        sites={mapData.sites}
        sitesDueSoon={dueSoon}
        arcs={mapData.arcs}
        selectedSites={details.selectedSites}
        selectedPartnershipId={details.partnership?.partnership.id}
        selectedArcs={atlas.selectedArcs}
        hoveredSite={hoveredRow}
        focus={camera.focus}
        basemap={config.basemap.style}
        requestTimeoutMs={config.requestTimeoutMs}
        onSelectSite={open.pickSite}
        onSelectPartnership={open.pickPartnership}
        onSelectRegions={showRegions}
        onHoverSite={atlas.setHoveredSiteId}
        onViewChange={atlas.onViewChange}
        onDrawingChange={atlas.client.mapDrawing}
        insetTop={showLegend && legendHeight > 0 ? legendHeight + LEGEND_TOP_PX : 0}
        cooperativeGestures={embedded}
        compactAttribution={embedded || layout.mode === 'phone'}
        fullscreenContainerId={embedded ? EMBED_ROOT_ID : undefined}
      />
    </MapPane>
  );
}

export function AtlasTimeline({ atlas }: Part) {
  const { timeline, filters, updateFilters, data } = atlas;
  const { t } = useTranslation();
  // Stable, so the memoised timeline renders only when its own props change.
  const onRangeChange = useCallback((from: number | null, to: number | null) => updateFilters({ from, to }), [updateFilters]);
  // Its place is kept while it is worked out (or its code loads): a timeline arriving later would shrink the map,
  // which then draws again.
  const pending = (
    <section className="timeline timeline-pending" aria-hidden="true">
      <p className="timeline-heading">{t('timeline.heading')}</p>
    </section>
  );
  if (timeline.isPending && !data.sitesQuery.isError) return pending;
  if (!timeline.isSuccess) return null;
  return (
    <Suspense fallback={pending}>
      <LazyTimeline model={timeline.data} from={filters.from} to={filters.to} onRangeChange={onRangeChange} />
    </Suspense>
  );
}

/** The side panel: the selected site or partnership, or the overview with the summary. */
export function AtlasRecordPanel({ atlas }: Part) {
  const { loaded, details, selection, data, groups, open } = atlas;
  return (
    <RecordPanel
      loaded={loaded}
      site={details.site}
      partnership={details.partnership}
      pending={
        !details.missing &&
        ((selection.siteId !== undefined && !details.site) ||
          (selection.partnershipId !== undefined && !details.partnership && !data.partnershipsQuery.isError))
      }
      groups={groups.data?.groups ?? []}
      groupsTotal={groups.data?.total ?? 0}
      open={open}
      summary={<AtlasSummary atlas={atlas} />}
    />
  );
}

/** A portal frame's short card for the selected record, linking to its full panel in the full map. */
export function AtlasRecordCard({ atlas }: Part) {
  const { details, open } = atlas;
  const record = details.site
    ? { site: details.site.site.id }
    : details.partnership
      ? { partnership: details.partnership.partnership.id }
      : undefined;
  if (!record) return null;
  return (
    <RecordCard
      site={details.site}
      partnership={details.partnership}
      fullDetailsHref={() => recordHref(window.location.href, record)}
      onOpenSite={open.openSite}
      onClose={open.close}
    />
  );
}
