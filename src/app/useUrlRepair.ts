/**
 * Links may name regions or records the loaded data does not have (a typo, a
 * record since removed, another dataset). Once the data is in, drop them from
 * the address without a history entry, and say so instead of showing nothing.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasData } from '../api/queries';
import type { Filters, useFilters, useSelection } from '../state/urlState';
import { useNoticeStore } from '../ui/notices';

export function useUrlRepair({
  data,
  partnershipsLoaded,
  filters,
  updateFilters,
  selection,
  regionNames,
}: {
  data: AtlasData | undefined;
  /** Until partnerships arrive, an unknown partnership id may still turn up. */
  partnershipsLoaded: boolean;
  filters: Filters;
  updateFilters: ReturnType<typeof useFilters>['update'];
  selection: ReturnType<typeof useSelection>;
  regionNames: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const notices = useNoticeStore();

  useEffect(() => {
    if (!data) return;
    const unknown = filters.region.filter((r) => !regionNames.has(r));
    if (unknown.length === 0) return;
    notices.show('link', t('panel.regionNotFound', { regions: unknown.join(', '), count: unknown.length }));
    updateFilters({ region: filters.region.filter((r) => regionNames.has(r)) }, { replace: true });
  }, [data, filters.region, regionNames, updateFilters, notices, t]);

  const { siteId, partnershipId } = selection;
  const missing =
    data && siteId && !data.sitesById.has(siteId)
      ? siteId
      : data && partnershipsLoaded && partnershipId && !data.partnershipsById.has(partnershipId)
        ? partnershipId
        : undefined;
  useEffect(() => {
    if (!missing) return;
    notices.show('link', t('panel.notFound', { id: missing }));
    selection.clear({ replace: true });
  }, [missing, selection, notices, t]);
}
