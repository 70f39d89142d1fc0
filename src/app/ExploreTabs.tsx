/**
 * The explore column's three tabs: filters, the list of sites, and the
 * partnership explorer. A layout may add a fourth through ExtraExploreTab (the
 * phone layout puts the summary there, having no side panel to show it).
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExploreResult, LoadedSummary, PartySite } from '../data/engine';
import { FilterPanel } from '../features/filters/FilterPanel';
import { PartnershipExplorer } from '../features/partnership-explorer/PartnershipExplorer';
import { SiteList, type RowSource } from '../features/site-list/SiteList';
import type { Filters, useFilters, useSelection, useViewOptions } from '../state/urlState';
import { Tabs } from '../ui/Tabs';
import type { useOpenRecord } from './useOpenRecord';

type ExploreTab = 'filters' | 'sites' | 'partnerships' | 'extra';

/** A tab a layout adds after the three: its label, and its content (null while it is shown elsewhere). */
export const ExtraExploreTab = createContext<{ label: string; content: ReactNode } | null>(null);
type ViewOptions = ReturnType<typeof useViewOptions>;

/** The year inputs' hint when the data has no dates at all. */
const NO_YEARS: [number, number] = [2000, 2030];

interface ExploreTabsProps {
  summary: LoadedSummary | undefined;
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
}

export function ExploreTabs(props: ExploreTabsProps) {
  const { summary, result, rows, filters, onFiltersChange, selection, view, onViewChange, open, hoveredSiteId, onHoverSite } = props;
  const { t } = useTranslation();
  const [chosenTab, setTab] = useState<ExploreTab>('filters');
  const extra = useContext(ExtraExploreTab);
  const tab = chosenTab === 'extra' && !extra ? 'filters' : chosenTab;
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
      tabs={[
        { id: 'filters', label: t('tabs.filters') },
        { id: 'sites', label: t('tabs.sites', { count: rows.count }) },
        { id: 'partnerships', label: t('tabs.partnerships', { count: summary?.partnershipCount ?? 0 }) },
        ...(extra ? [{ id: 'extra' as const, label: extra.label }] : []),
      ]}
    >
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
        <SiteList
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
      {tab === 'extra' && extra?.content}
    </Tabs>
  );
}
