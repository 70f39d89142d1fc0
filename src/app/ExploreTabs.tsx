/** The explore column's three tabs: filters, the list of sites, and the partnership explorer. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasData } from '../api/queries';
import type { Site } from '../api/schema';
import { FilterPanel } from '../features/filters/FilterPanel';
import { PartnershipExplorer } from '../features/partnership-explorer/PartnershipExplorer';
import { SiteList } from '../features/site-list/SiteList';
import type { Filters, useFilters, useSelection, useViewOptions } from '../state/urlState';
import { Tabs } from '../ui/Tabs';
import type { useExplore } from './useExplore';
import type { useOpenRecord } from './useOpenRecord';

type ExploreTab = 'filters' | 'sites' | 'partnerships';
type ViewOptions = ReturnType<typeof useViewOptions>;

interface ExploreTabsProps {
  data: AtlasData | undefined;
  explore: ReturnType<typeof useExplore>;
  filters: Filters;
  onFiltersChange: ReturnType<typeof useFilters>['update'];
  /** The sites the list shows (all filtered sites, or those in the map view). */
  listedSites: Site[];
  selection: ReturnType<typeof useSelection>;
  view: ViewOptions['view'];
  onViewChange: ViewOptions['setView'];
  open: ReturnType<typeof useOpenRecord>;
  hoveredSiteId?: string;
  onHoverSite: (id: string | undefined) => void;
}

export function ExploreTabs(props: ExploreTabsProps) {
  const { data, explore, filters, onFiltersChange, listedSites, selection, view, onViewChange, open, hoveredSiteId, onHoverSite } = props;
  const { t } = useTranslation();
  const [tab, setTab] = useState<ExploreTab>('filters');
  return (
    <Tabs
      className="tabs"
      label={t('tabs.label')}
      active={tab}
      onChange={setTab}
      tabs={[
        { id: 'filters', label: t('tabs.filters') },
        { id: 'sites', label: t('tabs.sites', { count: listedSites.length }) },
        { id: 'partnerships', label: t('tabs.partnerships', { count: data?.partnerships.length ?? 0 }) },
      ]}
    >
      {tab === 'filters' && explore.counts && (
        <FilterPanel filters={filters} counts={explore.counts} regions={explore.regions} yearSpan={explore.yearSpan} onChange={onFiltersChange} />
      )}
      {tab === 'sites' && explore.index && (
        <SiteList
          sites={listedSites}
          partnershipCount={explore.index.partnershipCount}
          selectedId={selection.siteId}
          hoveredId={hoveredSiteId}
          onHover={onHoverSite}
          onSelect={open.openSite}
          sort={view.sort}
          onSort={(sort) => void onViewChange({ sort })}
          inViewOnly={view.inview}
          onInViewOnlyChange={(inview) => void onViewChange({ inview })}
        />
      )}
      {tab === 'partnerships' && data && (
        <PartnershipExplorer
          partnerships={data.partnerships}
          sitesById={data.sitesById}
          selectedId={selection.partnershipId}
          onSelect={open.openPartnership}
          filters={view}
          onFiltersChange={(patch) => void onViewChange(patch)}
        />
      )}
    </Tabs>
  );
}
