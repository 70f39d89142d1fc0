/**
 * The explore column's three tabs: filters, the list of sites, and the partnership
 * explorer. An embedded atlas shows the ones its portal chose, and may add the summary.
 */
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExploreResult, LoadedSummary, PartySite } from '../data/engine';
import { FilterPanel } from '../features/filters/FilterPanel';
import type { RowSource } from '../features/site-list/SiteList';
import type { Filters, useFilters, useSelection, useViewOptions } from '../state/urlState';
import { Tabs } from '../ui/Tabs';
import { LazySiteList } from './lazyParts';
import type { useOpenRecord } from './useOpenRecord';

// The list and the explorer are behind tabs the atlas does not open on: their code (and the list's virtualiser)
// loads when a tab is chosen, keeping the first download small.
const PartnershipExplorer = lazy(() =>
  import('../features/partnership-explorer/PartnershipExplorer').then((m) => ({ default: m.PartnershipExplorer })),
);

export type ExploreTab = 'filters' | 'sites' | 'partnerships' | 'summary';
const FULL_APP_TABS: readonly ExploreTab[] = ['filters', 'sites', 'partnerships'];
type ViewOptions = ReturnType<typeof useViewOptions>;

/** The year inputs' hint when the data has no dates at all. */
const NO_YEARS: [number, number] = [2000, 2030];

interface ExploreTabsProps {
  summary: LoadedSummary | undefined;
  /** Until then the partnerships tab says no count (not "(0)"); the sites tab, until the list has its answer. */
  partnershipsLoaded?: boolean;
  result: ExploreResult | undefined;
  /** The sites the list shows (all filtered sites, or those in the map view). */
  rows: RowSource;
  filters: Filters;
  onFiltersChange: ReturnType<typeof useFilters>['update'];
  selection: ReturnType<typeof useSelection>;
  view: ViewOptions['view'];
  onViewChange: ViewOptions['setView'];
  open: ReturnType<typeof useOpenRecord>;
  hoveredSiteId?: string;
  onHoverSite: (id: string | undefined) => void;
  /** The tabs to show, in order (default: filters, sites, partnerships). */
  tabs?: readonly ExploreTab[];
  /** The summary tab's content, when `tabs` has it. */
  summaryCharts?: ReactNode;
}

export function ExploreTabs(props: ExploreTabsProps) {
  const { summary, result, rows, filters, onFiltersChange, selection, view, onViewChange, open, hoveredSiteId, onHoverSite } = props;
  const { tabs = FULL_APP_TABS, summaryCharts, partnershipsLoaded = true } = props;
  const { t } = useTranslation();
  const [chosen, setTab] = useState<ExploreTab>(tabs[0] ?? 'filters');
  const tab = tabs.includes(chosen) ? chosen : tabs[0];
  // The explorer names parties and pairs countries: every party of every partnership, once.
  const parties = useMemo(() => {
    const byId = new Map<string, PartySite>();
    for (const p of summary?.partnerships ?? []) for (const s of p.partySites) byId.set(s.id, s);
    return byId;
  }, [summary]);
  return (
    <Tabs
      className="tabs"
      label={t('tabs.label')}
      active={tab}
      onChange={setTab}
      tabs={tabs.map((id) => ({
        id,
        label:
          id === 'filters'
            ? t('tabs.filters')
            : id === 'sites'
              ? result
                ? t('tabs.sites', { count: rows.count })
                : t('tabs.sitesLoading')
              : id === 'partnerships'
                ? summary && partnershipsLoaded
                  ? t('tabs.partnerships', { count: summary.partnershipCount })
                  : t('tabs.partnershipsLoading')
                : t('embed.summaryTab'),
      }))}
    >
      <Suspense fallback={<p className="tab-loading">{t('app.loading')}</p>}>
        {tab === 'filters' && result && summary && (
          <FilterPanel
            filters={filters}
            counts={result.counts}
            regions={summary.regions}
            yearSpan={summary.yearSpan ?? NO_YEARS}
            onChange={onFiltersChange}
          />
        )}
        {tab === 'sites' && result && (
          <LazySiteList
            rows={rows}
            selectedId={selection.siteId}
            selectedPosition={result.selectedPosition}
            hoveredId={hoveredSiteId}
            onHover={onHoverSite}
            onSelect={open.openSite}
            sort={view.sort}
            onSort={(sort) => void onViewChange({ sort })}
            inViewOnly={view.inview}
            onInViewOnlyChange={(inview) => void onViewChange({ inview })}
          />
        )}
        {tab === 'partnerships' && summary && (
          <PartnershipExplorer
            partnerships={summary.partnerships}
            sitesById={parties}
            selectedId={selection.partnershipId}
            onSelect={open.openPartnership}
            filters={view}
            onFiltersChange={(patch) => void onViewChange(patch)}
          />
        )}
        {tab === 'summary' && summaryCharts}
      </Suspense>
    </Tabs>
  );
}
