/**
 * The atlas layout: title bar (search, data status), an explore column (filters,
 * site list, partnership explorer), the map with chips, legend and timeline, and
 * the side panel (summary, facility or partnership). Composes the features; they
 * never import each other.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasData } from '../api/queries';
import { useAtlasRuntime } from '../api/runtime';
import type { Country, Sector } from '../api/vocabulary';
import { ExportMenu } from '../features/export/ExportMenu';
import { ActiveFilterChips } from '../features/filters/ActiveFilterChips';
import { FilterPanel } from '../features/filters/FilterPanel';
import { SearchBox } from '../features/filters/SearchBox';
import { OverviewPanel } from '../features/overview/OverviewPanel';
import { PartnershipExplorer, type ExplorerFilters } from '../features/partnership-explorer/PartnershipExplorer';
import { PartnershipPanel } from '../features/partnerships/PartnershipPanel';
import { SiteList } from '../features/site-list/SiteList';
import { FacilityPanel } from '../features/sites/FacilityPanel';
import { DataStatus } from '../features/status/DataStatus';
import { SummaryCharts } from '../features/summary/SummaryCharts';
import { Timeline } from '../features/timeline/Timeline';
import { Legend } from '../map/Legend';
import type { MapFocus } from '../map/types';
import { useFilters, useSelection, useViewOptions } from '../state/urlState';
import { MapBoundary, hasWebGL } from './MapBoundary';
import { useExplore } from './useExplore';

const MapView = lazy(() => import('../map/MapView'));

type Tab = 'filters' | 'sites' | 'partnerships';
/** Height of the unfolded legend card (two-column sector list). */
const LEGEND_HEIGHT = 170;
type Bounds = [number, number, number, number];

const inBounds = ([lon, lat]: [number, number], [w, s, e, n]: Bounds) => lon >= w && lon <= e && lat >= s && lat <= n;

export function App() {
  const { t } = useTranslation();
  const { config, source } = useAtlasRuntime();
  const { data, sitesQuery, partnershipsQuery } = useAtlasData();
  const selection = useSelection();
  const { filters, update: updateFilters, clear: clearFilters } = useFilters();
  const { view, setView } = useViewOptions();
  const explore = useExplore(data, filters);
  const [tab, setTab] = useState<Tab>('filters');
  const [focus, setFocus] = useState<MapFocus | undefined>(() =>
    // A shared link to a record without a map view opens on that record.
    window.location.hash
      ? undefined
      : selection.siteId
        ? { kind: 'site', id: selection.siteId, nonce: 0 }
        : selection.partnershipId
          ? { kind: 'partnership', id: selection.partnershipId, nonce: 0 }
          : undefined,
  );
  const [notice, setNotice] = useState<string | null>(null);
  const [hoveredSiteId, setHoveredSiteId] = useState<string | undefined>();
  const [viewBounds, setViewBounds] = useState<Bounds | undefined>();
  const webgl = useMemo(() => hasWebGL(), []);
  // Wide screens open with the legend unfolded over the map's top edge; the first view keeps clear of it.
  const [legendOpenAtStart] = useState(() => window.innerWidth >= 1500);

  const focusOn = useCallback((kind: MapFocus['kind'], id: string) => setFocus((f) => ({ kind, id, nonce: (f?.nonce ?? 0) + 1 })), []);
  // Opening a record from a panel or a list also moves the map to it.
  const openSite = useCallback(
    (id: string) => {
      selection.selectSite(id);
      focusOn('site', id);
    },
    [selection, focusOn],
  );
  const openPartnership = useCallback(
    (id: string) => {
      selection.selectPartnership(id);
      focusOn('partnership', id);
    },
    [selection, focusOn],
  );

  // Links may name regions or records this dataset does not have: drop them from the URL.
  useEffect(() => {
    if (!data) return;
    const unknownRegions = filters.region.filter((r) => !explore.regionNames.has(r));
    if (unknownRegions.length) updateFilters({ region: filters.region.filter((r) => explore.regionNames.has(r)) }, { replace: true });
  }, [data, filters.region, explore.regionNames, updateFilters]);

  const toggleCountry = useCallback(
    (c: Country) =>
      updateFilters({ country: filters.country.includes(c) ? filters.country.filter((x) => x !== c) : [...filters.country, c] }),
    [filters.country, updateFilters],
  );
  const toggleSector = useCallback(
    (s: Sector) => updateFilters({ sector: filters.sector.includes(s) ? filters.sector.filter((x) => x !== s) : [...filters.sector, s] }),
    [filters.sector, updateFilters],
  );
  const explorerFilters = useMemo<ExplorerFilters>(
    () => ({ pkind: view.pkind, pyear: view.pyear, pair: view.pair }),
    [view.pkind, view.pyear, view.pair],
  );
  const setExplorerFilters = useCallback((patch: Partial<ExplorerFilters>) => void setView(patch), [setView]);
  const setYears = useCallback((from: number | null, to: number | null) => updateFilters({ from, to }), [updateFilters]);

  const listedSites = useMemo(
    () => (view.inview && viewBounds ? explore.filteredSites.filter((s) => inBounds(s.coordinates, viewBounds)) : explore.filteredSites),
    [view.inview, viewBounds, explore.filteredSites],
  );
  const sectorsInUse = useMemo(() => new Set<Sector>(data?.sites.map((s) => s.sectors[0]) ?? []), [data]);
  const site = selection.siteId ? data?.sitesById.get(selection.siteId) : undefined;
  const partnership = selection.partnershipId ? data?.partnershipsById.get(selection.partnershipId) : undefined;
  // A link to a record this data does not have: drop it from the address and say so.
  const [missingLink, setMissingLink] = useState<string | null>(null);
  const missingId =
    (data && selection.siteId && !site ? selection.siteId : undefined) ??
    (data && partnershipsQuery.isSuccess && selection.partnershipId && !partnership ? selection.partnershipId : undefined);
  if (missingId && missingLink !== missingId) setMissingLink(missingId);
  useEffect(() => {
    if (missingId) selection.clear({ replace: true });
  }, [missingId, selection]);

  let panel = null;
  if (data && site) {
    panel = (
      <FacilityPanel
        site={site}
        sites={data.sites}
        sitesById={data.sitesById}
        partnerships={data.partnerships}
        onOpenSite={openSite}
        onOpenPartnership={openPartnership}
        onShowOnMap={(id) => focusOn('site', id)}
        onClose={() => selection.clear()}
      />
    );
  } else if (data && partnership) {
    panel = (
      <PartnershipPanel partnership={partnership} sitesById={data.sitesById} onOpenSite={openSite} onClose={() => selection.clear()} />
    );
  } else if (data) {
    panel = (
      <OverviewPanel
        sites={data.sites}
        onOpenSite={openSite}
        summary={
          <SummaryCharts
            sites={explore.filteredSites}
            selectedCountries={filters.country}
            selectedSectors={filters.sector}
            onToggleCountry={toggleCountry}
            onToggleSector={toggleSector}
          />
        }
      />
    );
  }

  const tabs: { id: Tab; label: string }[] = [
    { id: 'filters', label: t('tabs.filters') },
    { id: 'sites', label: t('tabs.sites', { count: listedSites.length }) },
    { id: 'partnerships', label: t('tabs.partnerships', { count: data?.partnerships.length ?? 0 }) },
  ];

  return (
    <div className="app">
      <a className="skip-link" href="#side-panel">
        {t('app.skipToPanel')}
      </a>
      <header className="topbar">
        <div className="brand">
          <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
            <circle cx="9" cy="20" r="5" fill="#44AA99" />
            <circle cx="23" cy="11" r="5" fill="#332288" />
            <path d="M9 20 Q14 6 23 11" fill="none" stroke="#D55E00" strokeWidth="2" />
          </svg>
          <div>
            <h1>{t('app.title')}</h1>
            <p className="tagline">{t('app.subtitle')}</p>
          </div>
        </div>
        <SearchBox value={filters.q} onChange={(q) => updateFilters({ q })} />
        <DataStatus
          source={source.describe}
          sites={sitesQuery}
          partnerships={partnershipsQuery}
          siteCount={data?.sites.length ?? 0}
          partnershipCount={data?.partnerships.length ?? 0}
          skipped={data?.skipped ?? []}
        />
      </header>
      <main className="workspace">
        <section className="explore-column" aria-label={t('tabs.label')}>
          <div className="tabs" role="tablist" aria-label={t('tabs.label')}>
            {tabs.map((tb) => (
              <button
                key={tb.id}
                type="button"
                role="tab"
                id={`tab-${tb.id}`}
                aria-selected={tab === tb.id}
                aria-controls={`tabpanel-${tb.id}`}
                tabIndex={tab === tb.id ? 0 : -1}
                onClick={() => setTab(tb.id)}
                onKeyDown={(e) => {
                  const order: Tab[] = ['filters', 'sites', 'partnerships'];
                  const i = order.indexOf(tab);
                  const next = e.key === 'ArrowRight' ? order[(i + 1) % 3] : e.key === 'ArrowLeft' ? order[(i + 2) % 3] : undefined;
                  if (next) {
                    setTab(next);
                    document.getElementById(`tab-${next}`)?.focus();
                  }
                }}
              >
                {tb.label}
              </button>
            ))}
          </div>
          <div className="tab-panel" role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {tab === 'filters' && explore.counts && (
              <FilterPanel
                filters={filters}
                counts={explore.counts}
                regions={explore.regions}
                yearSpan={explore.yearSpan}
                onChange={updateFilters}
              />
            )}
            {tab === 'sites' && data && explore.index && (
              <SiteList
                sites={listedSites}
                partnershipCount={explore.index.partnershipCount}
                selectedId={selection.siteId}
                hoveredId={hoveredSiteId}
                onHover={setHoveredSiteId}
                onSelect={openSite}
                sort={view.sort}
                onSort={(sort) => void setView({ sort })}
                inViewOnly={view.inview}
                onInViewOnlyChange={(inview) => void setView({ inview })}
              />
            )}
            {tab === 'partnerships' && data && (
              <PartnershipExplorer
                partnerships={data.partnerships}
                sitesById={data.sitesById}
                selectedId={selection.partnershipId}
                onSelect={openPartnership}
                filters={explorerFilters}
                onFiltersChange={setExplorerFilters}
              />
            )}
          </div>
        </section>
        <div className="map-column">
          <div className="map-toolbar">
            <ActiveFilterChips
              filters={filters}
              regionNames={explore.regionNames}
              matching={explore.filteredSites.length}
              total={data?.sites.length ?? 0}
              onChange={updateFilters}
              onClear={clearFilters}
            />
            <ExportMenu sites={explore.filteredSites} partnerships={explore.filteredPartnerships} allSites={data?.sites} />
          </div>
          <div className="map-area" role="region" aria-label={t('app.mapRegion')} aria-busy={explore.isStale}>
            {!webgl ? (
              <div className="map-unavailable">{t('map.unavailable', { reason: t('map.noWebgl') })}</div>
            ) : (
              <MapBoundary fallback={(reason) => <div className="map-unavailable">{t('map.unavailable', { reason })}</div>}>
                <Suspense fallback={<div className="map-loading">{t('app.mapLoading')}</div>}>
                  {data && (
                    <MapView
                      sites={explore.filteredSites}
                      partnerships={explore.filteredPartnerships}
                      sitesById={data.sitesById}
                      partnershipsById={data.partnershipsById}
                      selectedSiteId={site?.id}
                      selectedPartnershipId={partnership?.id}
                      hoveredSiteId={hoveredSiteId}
                      focus={focus}
                      basemap={config.basemap.style}
                      onSelectSite={selection.selectSite}
                      onSelectPartnership={selection.selectPartnership}
                      onHoverSite={setHoveredSiteId}
                      onViewChange={setViewBounds}
                      onNotice={setNotice}
                      reservedTop={legendOpenAtStart ? LEGEND_HEIGHT : 0}
                    />
                  )}
                </Suspense>
              </MapBoundary>
            )}
            {notice && (
              <div className="map-notice" role="status">
                {notice}
              </div>
            )}
            <Legend sectorsInUse={sectorsInUse} initiallyOpen={legendOpenAtStart} />
          </div>
          {data && (
            <Timeline
              sites={explore.sitesForTimeline}
              partnerships={explore.partnershipsForTimeline}
              from={filters.from}
              to={filters.to}
              onRangeChange={setYears}
            />
          )}
        </div>
        <aside id="side-panel" className="sidebar" tabIndex={-1}>
          {missingLink && !site && !partnership && (
            <p className="link-notice" role="status">
              {t('panel.notFound', { id: missingLink })}
            </p>
          )}
          {panel}
        </aside>
      </main>
    </div>
  );
}
