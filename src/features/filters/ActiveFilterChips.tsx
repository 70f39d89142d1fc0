/** The active filters as removable chips, the number of matching sites, and one control to clear them all. */
import { memo, useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject, type WheelEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { activeFilterCount, matchKeyOf, type Filters } from '../../state/urlState';
import { useAnnounce } from '../../ui/Announcer';
import { useRegionName } from '../../ui/localText';

interface ChipsProps {
  filters: Filters;
  regionNames: ReadonlyMap<string, string>;
  matching: number;
  /** Undefined while the sites load: the count then says so rather than "All 0 sites". */
  total: number | undefined;
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

  const matchCount =
    total === undefined
      ? t('app.loading')
      : activeFilterCount(filters) > 0
        ? t('filters.matching', { count: matching, total })
        : t('filters.all', { count: total });
  // After each change of the filters the count is said once, in the page's one live region (debounced
  // there, so the last count of a burst wins); not while the page loads.
  const announce = useAnnounce();
  const said = useRef<string | undefined>(undefined);
  const state = `${matchKeyOf(filters)}|${matchCount}`;
  useEffect(() => {
    if (total === undefined) return;
    if (said.current !== undefined && said.current !== state) announce(matchCount);
    said.current = state;
  }, [state, matchCount, total, announce]);

  // Where the bar is too narrow for the chips, their number opens them as a list below it (to remove one).
  const [listOpen, setListOpen] = useState(false);
  // Filters cleared from anywhere: the list goes with its button (below), and is not open unasked when the next comes.
  useEffect(() => {
    if (chips.length === 0) setListOpen(false);
  }, [chips.length]);
  const listId = useId();
  const summaryRef = useRef<HTMLButtonElement>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const barRef = useRef<HTMLUListElement>(null);
  const countRef = useRef<HTMLSpanElement>(null);
  const closeList = (refocus: boolean) => {
    setListOpen(false);
    if (refocus) summaryRef.current?.focus();
  };
  useEffect(() => {
    if (!listOpen) return;
    const outside = (event: PointerEvent) => {
      if (!areaRef.current?.contains(event.target as Node)) setListOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    // The bar widened and the chips came back (the button and the list are hidden then): the list closes.
    const area = areaRef.current;
    const resized =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver(() => {
            if (summaryRef.current && summaryRef.current.offsetParent === null) setListOpen(false);
          })
        : undefined;
    if (area) resized?.observe(area);
    return () => {
      document.removeEventListener('pointerdown', outside);
      resized?.disconnect();
    };
  }, [listOpen]);
  // Escape on the button or in the list closes the list (and only that: a panel listening for Escape sees it
  // handled); the focus leaving both closes it too.
  const onAreaKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !listOpen) return;
    event.preventDefault();
    closeList(true);
  };
  /**
   * After a removal the removed button is gone, and a keyboard user would start again from the page's top: the focus
   * goes to the × now in its place (or the one before) in the row it was removed from; after the last one (or "Clear
   * all") to the count, or where the bar goes with its last filter (a portal's frame) to the first button of its
   * header. Read a frame later, once the removal is on the page.
   */
  const focusAfterRemoval = (row: RefObject<HTMLUListElement | null>, index: number) => {
    const header = areaRef.current?.closest('header');
    requestAnimationFrame(() => {
      const buttons = row.current?.querySelectorAll('button');
      if (buttons?.length) buttons[Math.min(index, buttons.length - 1)].focus();
      else if (countRef.current?.isConnected) countRef.current.focus();
      // A button, not the search box: focused after a tap, a text box would open a phone's keyboard.
      else header?.querySelector<HTMLElement>('button, a[href]')?.focus();
    });
  };
  const onAreaBlur = (event: FocusEvent) => {
    if (listOpen && !areaRef.current?.contains(event.relatedTarget as Node | null)) setListOpen(false);
  };
  /** The chips of one row (the bar's, or the list's below "Filters: N"). */
  const chipItems = (row: RefObject<HTMLUListElement | null>) =>
    chips.map((c, index) => (
      <li key={c.key} className="chip">
        <span>{c.label}</span>
        <button
          type="button"
          onClick={() => {
            c.remove();
            focusAfterRemoval(row, index);
          }}
          aria-label={t('filters.remove', { label: c.label })}
        >
          ×
        </button>
      </li>
    ));

  return (
    <div className="chips-bar">
      {/* Focused when the last filter is removed or all are cleared (the chips and their buttons go). */}
      <span className="match-count" ref={countRef} tabIndex={-1}>
        {matchCount}
      </span>
      {chips.length > 0 && (
        <div className="chips-area" ref={areaRef} onKeyDown={onAreaKey} onBlur={onAreaBlur}>
          {/* A wheel turned over chips cut at the bar's edge scrolls them sideways. */}
          <ul className="chips" ref={barRef} aria-label={t('filters.active')} onWheel={scrollSideways}>
            {chipItems(barRef)}
          </ul>
          {/* Where the bar is too narrow for the chips (filters.css): how many filters, which opens them as a list,
              and the button that clears them. */}
          <button
            type="button"
            ref={summaryRef}
            className="chips-summary"
            aria-expanded={listOpen}
            aria-controls={listOpen ? listId : undefined}
            title={chips.map((c) => c.label).join(' · ')}
            onClick={() => setListOpen((open) => !open)}
          >
            {t('filters.activeCount', { count: chips.length })}
          </button>
          {listOpen && (
            <ul id={listId} ref={listRef} className="chips-popover" aria-label={t('filters.active')}>
              {chipItems(listRef)}
            </ul>
          )}
          {/* With one filter its chip's × clears it; "Clear all" comes from two filters on, or stands in for the chips. */}
          <button
            type="button"
            className={chips.length > 1 ? 'clear-all' : 'clear-all only-for-summary'}
            onClick={() => {
              onClear();
              focusAfterRemoval(barRef, 0);
            }}
          >
            {t('filters.clearAll')}
          </button>
        </div>
      )}
    </div>
  );
});
