/** The active filters as removable chips, the number of matching sites, and one control to clear them all. */
import { memo, useEffect, useRef, type WheelEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { activeFilterCount, matchKeyOf, type Filters } from '../../state/urlState';
import { useAnnounce } from '../../ui/Announcer';
import { useRegionName } from '../../ui/localText';

interface ChipsProps {
  filters: Filters;
  regionNames: ReadonlyMap<string, string>;
  matching: number;
  total: number;
  onChange: (patch: Partial<Filters>) => void;
  onClear: () => void;
}

function scrollSideways(event: WheelEvent<HTMLElement>) {
  const list = event.currentTarget;
  if (list.scrollWidth > list.clientWidth && Math.abs(event.deltaY) > Math.abs(event.deltaX)) list.scrollLeft += event.deltaY;
}

export const ActiveFilterChips = memo(function ActiveFilterChips({ filters, regionNames, matching, total, onChange, onClear }: ChipsProps) {
  const { t } = useTranslation();
  const regionName = useRegionName();
  const chips: { key: string; label: string; remove: () => void }[] = [];
  const listChips = <K extends 'country' | 'region' | 'sector' | 'kind' | 'status'>(facet: K, label: (v: Filters[K][number]) => string) => {
    for (const value of filters[facet]) {
      chips.push({
        key: `${facet}:${value}`,
        label: `${t(`filters.${facet}`)}: ${label(value)}`,
        remove: () => onChange({ [facet]: (filters[facet] as string[]).filter((v) => v !== value) } as Partial<Filters>),
      });
    }
  };
  listChips('country', (v) => t(`country.${v}`));
  listChips('region', (v) => regionName(v, regionNames.get(v) ?? v));
  listChips('sector', (v) => t(`sector.${v}`));
  listChips('kind', (v) => t(`kind.${v}`));
  listChips('status', (v) => t(`status.${v}`));
  if (filters.from != null || filters.to != null) {
    const range = filters.from === filters.to ? String(filters.from) : `${filters.from ?? '…'} – ${filters.to ?? '…'}`;
    chips.push({ key: 'years', label: `${t('filters.years')}: ${range}`, remove: () => onChange({ from: null, to: null }) });
  }
  if (filters.q) chips.push({ key: 'q', label: `${t('filters.search')}: “${filters.q}”`, remove: () => onChange({ q: null }) });

  const matchCount = activeFilterCount(filters) > 0 ? t('filters.matching', { count: matching, total }) : t('filters.all', { count: total });
  // After each change of the filters the count is said once, in the page's one live region (debounced
  // there, so the last count of a burst wins); not while the page loads.
  const announce = useAnnounce();
  const said = useRef<string | undefined>(undefined);
  const state = `${matchKeyOf(filters)}|${matchCount}`;
  useEffect(() => {
    if (total === 0) return;
    if (said.current !== undefined && said.current !== state) announce(matchCount);
    said.current = state;
  }, [state, matchCount, total, announce]);

  return (
    <div className="chips-bar">
      <span className="match-count">{matchCount}</span>
      {chips.length > 0 && (
        <div className="chips-area">
          {/* A wheel turned over chips cut at the bar's edge scrolls them sideways. */}
          <ul className="chips" aria-label={t('filters.active')} onWheel={scrollSideways}>
            {chips.map((c) => (
              <li key={c.key} className="chip">
                <span>{c.label}</span>
                <button type="button" onClick={c.remove} aria-label={t('filters.remove', { label: c.label })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
          {/* Where the bar is too narrow for the chips (filters.css): how many filters, and the button that clears them. */}
          <span className="chips-summary" title={chips.map((c) => c.label).join(' · ')}>
            {t('filters.activeCount', { count: chips.length })}
          </span>
          {/* With one filter its chip's × clears it; "Clear all" comes from two filters on, or stands in for the chips. */}
          <button type="button" className={chips.length > 1 ? 'clear-all' : 'clear-all only-for-summary'} onClick={onClear}>
            {t('filters.clearAll')}
          </button>
        </div>
      )}
    </div>
  );
});
