/**
 * The composition root: which features appear where, and which hooks connect
 * them. Features never import each other; everything they share passes through
 * here. Read it as a table of contents:
 *
 * - data: useAtlasData (src/api) → useExplore (filtering, counts, timeline input)
 * - the URL is the state: useFilters, useSelection, useViewOptions (src/state)
 * - opening a record: useOpenRecord; moving the map: useCameraFocus
 * - links naming what the data lacks: useUrlRepair
 * - the list's "only in the map view": useListedSites
 */
import { lazy, useMemo, useState } from 'react';
import { useAtlasData, useLoadProgress } from '../api/queries';
import { useAtlasRuntime } from '../api/runtime';
import type { Sector } from '../api/vocabulary';
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
import { useElementHeight } from '../ui/useElementHeight';
import { AppLayout } from './AppLayout';
import { ExploreTabs } from './ExploreTabs';
import { MapPane } from './MapPane';
import { RecordPanel } from './RecordPanel';
import { useCameraFocus } from './useCameraFocus';
import { useExplore } from './useExplore';
import { useLanguage } from './useLanguage';
import { useListedSites } from './useListedSites';
import { useOpenRecord } from './useOpenRecord';
import { useUrlRepair } from './useUrlRepair';

const MapView = lazy(() => import('../map/MapView'));

/** From this width the legend opens unfolded: there is room beside the map's content. */
const WIDE_SCREEN_PX = 1500;
/** The legend card's distance from the map's top edge (legend.css). */
const LEGEND_TOP_PX = 10;

export function App() {
  const { config, source } = useAtlasRuntime();
  const { data, sitesQuery, partnershipsQuery } = useAtlasData();
  const progress = useLoadProgress();
  const language = useLanguage();
  const { filters, update: updateFilters, clear: clearFilters } = useFilters();
  const selection = useSelection();
  const { view, setView } = useViewOptions();
  const explore = useExplore(data, filters);
  const camera = useCameraFocus(selection);
  const open = useOpenRecord(selection, camera);
  const { listedSites, onViewChange } = useListedSites(explore.filteredSites, view.inview);
  useUrlRepair({ data, partnershipsLoaded: partnershipsQuery.isSuccess, filters, updateFilters, selection, regionNames: explore.regionNames });

  const [hoveredSiteId, setHoveredSiteId] = useState<string | undefined>();
  const [legendOpenAtStart] = useState(() => window.innerWidth >= WIDE_SCREEN_PX);
  const [legendRef, legendHeight] = useElementHeight<HTMLElement>();
  const sectorsInUse = useMemo(() => new Set<Sector>(data?.sites.map((s) => s.sectors[0]) ?? []), [data]);
  const selectedSite = selection.siteId ? data?.sitesById.get(selection.siteId) : undefined;
  const selectedPartnership = selection.partnershipId ? data?.partnershipsById.get(selection.partnershipId) : undefined;

  return (
    <AppLayout
      search={<SearchBox value={filters.q} onChange={(q) => updateFilters({ q })} />}
      language={<LanguageSwitcher value={language.language} onChange={language.choose} />}
      status={
        <DataStatus
          source={source.describe}
          sites={sitesQuery}
          partnerships={partnershipsQuery}
          siteCount={data?.sites.length ?? 0}
          partnershipCount={data?.partnerships.length ?? 0}
          skipped={data?.skipped ?? []}
          progress={progress}
        />
      }
      explore={
        <ExploreTabs
          data={data}
          explore={explore}
          filters={filters}
          onFiltersChange={updateFilters}
          listedSites={listedSites}
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
            regionNames={explore.regionNames}
            matching={explore.filteredSites.length}
            total={data?.sites.length ?? 0}
            onChange={updateFilters}
            onClear={clearFilters}
          />
          <ExportMenu sites={explore.filteredSites} partnerships={explore.filteredPartnerships} allSites={data?.sites} />
        </>
      }
      map={
        <MapPane busy={explore.isStale} legend={<Legend ref={legendRef} sectorsInUse={sectorsInUse} initiallyOpen={legendOpenAtStart} />}>
          {data && (
            <MapView
              sites={explore.filteredSites}
              partnerships={explore.filteredPartnerships}
              sitesById={data.sitesById}
              partnershipsById={data.partnershipsById}
              selectedSiteId={selectedSite?.id}
              selectedPartnershipId={selectedPartnership?.id}
              hoveredSiteId={hoveredSiteId}
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
        data && (
          <Timeline
            sites={explore.sitesForTimeline}
            partnerships={explore.partnershipsForTimeline}
            from={filters.from}
            to={filters.to}
            onRangeChange={(from, to) => updateFilters({ from, to })}
          />
        )
      }
      panelKey={selection.siteId ?? selection.partnershipId}
      panel={
        <RecordPanel
          data={data}
          siteId={selection.siteId}
          partnershipId={selection.partnershipId}
          open={open}
          summary={
            <SummaryCharts
              sites={explore.filteredSites}
              selectedCountries={filters.country}
              selectedSectors={filters.sector}
              onToggleCountry={(c) => updateFilters({ country: toggleValue(filters.country, c) })}
              onToggleSector={(s) => updateFilters({ sector: toggleValue(filters.sector, s) })}
            />
          }
        />
      }
    />
  );
}
