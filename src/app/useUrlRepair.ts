/**
 * Links may name regions or records the loaded data does not have (a typo, a
 * record since removed, another dataset). Once the data is in, drop them from
 * the address without a history entry, and say so instead of showing nothing.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Filters, useFilters, useSelection } from '../state/urlState';
import { useNoticeStore } from '../ui/notices';

export function useUrlRepair({
  regions,
  missingRecord,
  filters,
  updateFilters,
  selection,
}: {
  /** The regions the loaded sites are in; undefined until the sites are loaded. */
  regions: ReadonlySet<string> | undefined;
  /** A selected site or partnership id the data turned out not to have. */
  missingRecord: string | undefined;
  filters: Filters;
  updateFilters: ReturnType<typeof useFilters>['update'];
  selection: ReturnType<typeof useSelection>;
}) {
  const { t } = useTranslation();
  const notices = useNoticeStore();

  useEffect(() => {
    if (!regions) return;
    const unknown = filters.region.filter((r) => !regions.has(r));
    if (unknown.length === 0) return;
    notices.show('link', t('panel.regionNotFound', { regions: unknown.join(', '), count: unknown.length }));
    updateFilters({ region: filters.region.filter((r) => regions.has(r)) }, { replace: true });
  }, [regions, filters.region, updateFilters, notices, t]);

  useEffect(() => {
    if (!missingRecord) return;
    notices.show('link', t('panel.notFound', { id: missingRecord }));
    selection.clear({ replace: true });
  }, [missingRecord, selection, notices, t]);
}
