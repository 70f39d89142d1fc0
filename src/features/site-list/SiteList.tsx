/**
 * The list view of the filtered sites: a sortable, virtualised grid (only the
 * rows in view are in the DOM, so 100,000 sites scroll smoothly) with a count
 * and an "only in the map view" switch above it. The rows come, already sorted,
 * from a row source that fetches the ones in view (the data lives in a worker);
 * a row not yet arrived shows as a blank placeholder for a moment.
 *
 * Keyboard: the rows are one tab stop (the grid itself, with
 * aria-activedescendant pointing at the active row). Arrow keys, Page Up/Down,
 * Home and End move the active row, which is scrolled into view and reported
 * through onHover so the map highlights it; Enter or Space selects it. The
 * sort buttons in the sticky header row are ordinary buttons.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { nativeName } from '../../api/names';
import { Local, useLocalText, useRegionName } from '../../ui/localText';
import type { SiteRow as SiteRowData } from '../../data/engine';
import type { Sector } from '../../api/vocabulary';
import { SECTOR_COLORS } from '../../theme/palette';
import type { SortKey } from '../../state/urlState';
import { DEFAULT_SORT, nextSort } from '../../state/sortSites';
import './siteList.css';

/** The listed sites, in order: how many, the ones that have arrived, and a way to ask for more. */
export interface RowSource {
  count: number;
  at(position: number): SiteRowData | undefined;
  /** The position of a loaded row with this id. */
  positionOf(id: string): number | undefined;
  /** The rows from `start` to `end` (exclusive) are in view: fetch what is missing. */
  want(start: number, end: number): void;
}

export interface SiteListProps {
  /** The sites to list (already filtered and sorted, restricted to the map view when inViewOnly). */
  rows: RowSource;
  selectedId?: string;
  /** Where the selected site is in the list (-1 or undefined when it is not listed). */
  selectedPosition?: number;
  /** The site hovered on the map (its row is highlighted). */
  hoveredId?: string;
  /** Hovering or focusing a row reports its id (undefined when leaving). */
  onHover: (id: string | undefined) => void;
  onSelect: (id: string) => void;
  sort: { key: SortKey; desc: boolean } | null;
  onSort: (sort: { key: SortKey; desc: boolean }) => void;
  inViewOnly: boolean;
  onInViewOnlyChange: (value: boolean) => void;
}

/** Fixed heights (px): every row is the same, so positions are arithmetic. Kept in step with siteList.css. */
export const ROW_HEIGHT = 52;
export const HEADER_HEIGHT = 36;
const OVERSCAN = 6;
/** The size assumed before the scroll element is measured (first paint, and environments without layout). */
const INITIAL_RECT = { width: 800, height: 600 };

type Column = 'name' | 'kind' | 'region' | 'sectors' | 'status' | 'partnerships';
const COLUMNS: readonly Column[] = ['name', 'kind', 'region', 'sectors', 'status', 'partnerships'];
/** aria-sort values (not shown text). */
const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const SORTABLE = new Set<Column>(['name', 'kind', 'region', 'status', 'partnerships']);

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

export function SiteList({
  rows,
  selectedId,
  selectedPosition,
  hoveredId,
  onHover,
  onSelect,
  sort,
  onSort,
  inViewOnly,
  onInViewOnlyChange,
}: SiteListProps) {
  const { t, i18n } = useTranslation();
  const baseId = useId();
  const hintId = `${baseId}-hint`;
  const rowId = (index: number) => `${baseId}-row-${index}`;
  const count = rows.count;

  // The active (keyboard) row is tracked by site id, so it survives re-sorting and filtering; a row
  // reached before it has arrived is held by its position until it does.
  const [active, setActive] = useState<{ id?: string; position: number } | undefined>();
  const activeId = active?.id ?? (active ? rows.at(active.position)?.id : undefined);
  const activeIndex = active === undefined ? undefined : active.id === undefined ? (active.position < count ? active.position : undefined) : rows.positionOf(active.id);

  const scrollRef = useRef<HTMLDivElement>(null);
  const selectWhenArrived = useRef<number | undefined>(undefined);
  useEffect(() => {
    const position = selectWhenArrived.current;
    const row = position === undefined ? undefined : rows.at(position);
    if (!row) return;
    selectWhenArrived.current = undefined;
    onSelect(row.id);
  }, [rows, onSelect]);
  const pointerFocus = useRef(false);

  // The active row is always rendered, so aria-activedescendant never points at nothing.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex === undefined || activeIndex >= range.count || indexes.includes(activeIndex)) return indexes;
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );

  // TanStack Virtual returns a mutable instance; this component does not rely on memoising it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    // The rows start below the sticky header row, and must not hide under it when scrolled to.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    initialRect: INITIAL_RECT,
    rangeExtractor,
  });

  // Ask for the rows in view (and a screen either side, so scrolling finds them there).
  const virtualItems = virtualizer.getVirtualItems();
  const firstItem = virtualItems[0]?.index ?? 0;
  const lastItem = virtualItems.at(-1)?.index ?? -1;
  useEffect(() => {
    if (lastItem >= firstItem) rows.want(Math.max(0, firstItem - 20), Math.min(count, lastItem + 21));
  }, [rows, firstItem, lastItem, count]);

  /** The first row fully below the header at the current scroll position. */
  const firstVisibleIndex = () => clamp(Math.ceil((scrollRef.current?.scrollTop ?? 0) / ROW_HEIGHT), 0, Math.max(count - 1, 0));
  const rowsPerPage = () =>
    Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? INITIAL_RECT.height) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);

  const activate = (index: number, scroll: boolean) => {
    const site = rows.at(index);
    setActive({ id: site?.id, position: index });
    if (site) onHover(site.id);
    if (scroll) virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  // A selection made elsewhere (the map, a panel) brings its row into view, centred if it was out of sight.
  const shownSelection = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!selectedId) shownSelection.current = undefined;
    if (!selectedId || shownSelection.current === selectedId) return;
    const index = selectedPosition;
    if (index === undefined || index < 0) return;
    shownSelection.current = selectedId;
    const el = scrollRef.current;
    if (!el) return;
    const top = index * ROW_HEIGHT;
    const inView = top >= el.scrollTop && top + ROW_HEIGHT <= el.scrollTop + el.clientHeight - HEADER_HEIGHT;
    if (!inView) virtualizer.scrollToIndex(index, { align: 'center' });
  }, [selectedId, selectedPosition, virtualizer]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || count === 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const current = activeIndex;
    let next: number | undefined;
    switch (e.key) {
      case 'ArrowDown':
        next = current === undefined ? firstVisibleIndex() : current + 1;
        break;
      case 'ArrowUp':
        next = current === undefined ? firstVisibleIndex() : current - 1;
        break;
      case 'PageDown':
        next = (current ?? firstVisibleIndex()) + rowsPerPage();
        break;
      case 'PageUp':
        next = (current ?? firstVisibleIndex()) - rowsPerPage();
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        if (current === undefined) return;
        if (rows.at(current)) onSelect(rows.at(current)!.id);
        else selectWhenArrived.current = current; // End, then Enter at once: the row is still on its way
        return;
      default:
        return;
    }
    e.preventDefault();
    activate(clamp(next, 0, count - 1), true);
  };

  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || count === 0) return;
    // A click sets the active row itself; keyboard focus resumes where it was, or at the selection, or at the top of the view.
    if (pointerFocus.current) return;
    if (activeIndex !== undefined) {
      activate(activeIndex, true);
      return;
    }
    if (selectedPosition !== undefined && selectedPosition >= 0) activate(selectedPosition, true);
    else activate(firstVisibleIndex(), false);
  };

  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    pointerFocus.current = false;
    if (activeId !== undefined) onHover(undefined);
  };

  const onRowClick = useCallback(
    (index: number) => {
      pointerFocus.current = false;
      const site = rows.at(index);
      if (!site) return;
      setActive({ id: site.id, position: index });
      onSelect(site.id);
    },
    [rows, onSelect],
  );

  const sortState = sort ?? DEFAULT_SORT;
  const items = virtualItems;

  return (
    <div className="site-list">
      <div className="sl-bar">
        <p className="sl-count">{t('siteList.count', { count })}</p>
        <label className="sl-inview">
          <input type="checkbox" checked={inViewOnly} onChange={(e) => onInViewOnlyChange(e.target.checked)} />
          {t('siteList.inViewOnly')}
        </label>
        <span id={hintId} className="visually-hidden">
          {t('siteList.keyboardHint')}
        </span>
      </div>

      {count === 0 ? (
        <div className="sl-empty" role="status">
          <p className="sl-empty-title">{t(inViewOnly ? 'siteList.emptyInView' : 'siteList.empty')}</p>
          <p className="sl-empty-hint">{t(inViewOnly ? 'siteList.emptyInViewHint' : 'siteList.emptyHint')}</p>
        </div>
      ) : (
        <div
          ref={scrollRef}
          className="sl-grid"
          role="grid"
          aria-label={t('siteList.label')}
          aria-describedby={hintId}
          aria-rowcount={count + 1}
          aria-colcount={COLUMNS.length}
          aria-readonly="true"
          aria-activedescendant={activeIndex === undefined ? undefined : rowId(activeIndex)}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={onBlur}
          onMouseDown={(e) => {
            if (e.target !== e.currentTarget && (e.target as HTMLElement).closest('[role="row"][id]')) pointerFocus.current = true;
          }}
        >
          <div className="sl-head" role="rowgroup" style={{ height: HEADER_HEIGHT }}>
            <div className="sl-row sl-head-row" role="row" aria-rowindex={1}>
              {COLUMNS.map((col) => {
                const isSorted = sortState.key === col;
                const ariaSort = SORTABLE.has(col) && isSorted ? (sortState.desc ? ARIA_SORT.desc : ARIA_SORT.asc) : undefined;
                return (
                  <div key={col} className={`sl-cell sl-col-${col}`} role="columnheader" aria-sort={ariaSort}>
                    {SORTABLE.has(col) ? (
                      <button
                        type="button"
                        className="sl-sort"
                        aria-label={col === 'partnerships' ? t('siteList.column.partnerships') : undefined}
                        onClick={() => onSort(nextSort(sort, col as SortKey))}
                      >
                        {col === 'partnerships' ? (
                          <>
                            <span className="sl-label-long">{t('siteList.column.partnerships')}</span>
                            <span className="sl-label-short" aria-hidden="true">
                              {t('siteList.columnShort.partnerships')}
                            </span>
                          </>
                        ) : (
                          t(`siteList.column.${col}`)
                        )}
                        <SortArrow direction={isSorted ? (sortState.desc ? 'desc' : 'asc') : undefined} />
                      </button>
                    ) : (
                      <span className="sl-head-label">{t(`siteList.column.${col}`)}</span>
                    )}
                  </div>
                );
              })}
            </div>
          </div>
          <div className="sl-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() }} onMouseLeave={() => onHover(undefined)}>
            {items.map((item) => {
              const site = rows.at(item.index);
              if (!site) return <PlaceholderRow key={`placeholder-${item.index}`} id={rowId(item.index)} index={item.index} top={item.start - HEADER_HEIGHT} />;
              return (
                <SiteRow
                  key={site.id}
                  id={rowId(item.index)}
                  index={item.index}
                  top={item.start - HEADER_HEIGHT}
                  site={site}
                  partnerships={site.partnerships}
                  selected={site.id === selectedId}
                  hovered={site.id === hoveredId}
                  active={item.index === activeIndex}
                  language={i18n.language}
                  onHover={onHover}
                  onClick={onRowClick}
                />
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}

/** A row whose data is on its way: the same size, nothing to read yet. */
function PlaceholderRow({ id, index, top }: { id: string; index: number; top: number }) {
  return (
    <div id={id} className="sl-row sl-data-row sl-placeholder" role="row" aria-rowindex={index + 2} aria-busy="true" style={{ height: ROW_HEIGHT, transform: `translateY(${top}px)` }}>
      <div className="sl-cell sl-col-name" role="gridcell" />
    </div>
  );
}

function SortArrow({ direction }: { direction?: 'asc' | 'desc' }) {
  return (
    <svg className={`sl-sort-arrow${direction ? ' is-sorted' : ''}`} viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">
      {direction === 'desc' ? (
        <path d="M1.5 3.5 5 7l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      ) : direction === 'asc' ? (
        <path d="M1.5 6.5 5 3l3.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      ) : (
        <path d="M2 4 5 1.5 8 4M2 6l3 2.5L8 6" fill="none" stroke="currentColor" strokeWidth="1.2" />
      )}
    </svg>
  );
}

interface SiteRowProps {
  id: string;
  index: number;
  /** Offset of the row inside the body, px. */
  top: number;
  site: SiteRowData;
  partnerships: number;
  selected: boolean;
  hovered: boolean;
  active: boolean;
  /** The interface language (rows re-render when it changes). */
  language: string;
  onHover: (id: string | undefined) => void;
  onClick: (index: number) => void;
}

// `language` is a prop only so that memo lets a language change through; the row reads it from i18next.
const SiteRow = memo(function SiteRow({ id, index, top, site, partnerships, selected, hovered, active, onHover, onClick }: SiteRowProps) {
  const { t } = useTranslation();
  const { local } = useLocalText();
  const regionName = useRegionName();
  const name = local(site, 'name');
  const native = nativeName(site, name.lang);
  const region = regionName(site.region, site.regionName);
  const className = [
    'sl-row',
    'sl-data-row',
    index % 2 === 1 ? 'is-odd' : '',
    selected ? 'is-selected' : '',
    hovered ? 'is-hovered' : '',
    active ? 'is-active' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const sectorLabels = site.sectors.map((s) => t(`sector.${s}`));
  return (
    <div
      id={id}
      className={className}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      style={{ height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
      onMouseEnter={() => onHover(site.id)}
      onClick={(e: MouseEvent) => {
        if (e.button === 0) onClick(index);
      }}
    >
      <div className="sl-cell sl-col-name" role="gridcell">
        <span className="sl-name" title={name.lang === 'en' ? site.name_en : `${name.text} · ${site.name_en}`}>
          <Local value={name} />
        </span>
        {native && (
          <span className="sl-native" lang={native.lang} title={native.text}>
            {native.text}
          </span>
        )}
      </div>
      <div className="sl-cell sl-col-kind" role="gridcell">
        {t(`kind.${site.kind}`)}
      </div>
      <div
        className="sl-cell sl-col-region"
        role="gridcell"
        title={t('siteList.regionTitle', { region, code: site.region })}
      >
        {region}
      </div>
      <div className="sl-cell sl-col-sectors" role="gridcell" title={sectorLabels.join(', ')}>
        <ul className="sl-sectors">
          {site.sectors.map((s: Sector, i) => (
            <li key={s} className="sl-sector">
              <span className="sl-dot" style={{ background: SECTOR_COLORS[s] }} aria-hidden="true" />
              <span className="sl-sector-label">{sectorLabels[i]}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="sl-cell sl-col-status" role="gridcell">
        <span className={`status-badge status-${site.status}`}>{t(`status.${site.status}`)}</span>
      </div>
      <div
        className={`sl-cell sl-col-partnerships${partnerships === 0 ? ' is-zero' : ''}`}
        role="gridcell"
        title={t('siteList.partnerships', { count: partnerships })}
      >
        <svg className="sl-link-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
          <circle cx="3.5" cy="11.5" r="2.2" fill="currentColor" />
          <circle cx="12.5" cy="4.5" r="2.2" fill="currentColor" />
          <path d="M3.5 11.5 Q5 4 12.5 4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
        <span className="sl-count-value">{partnerships}</span>
      </div>
    </div>
  );
});
