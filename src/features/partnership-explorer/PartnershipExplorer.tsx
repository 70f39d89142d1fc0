/**
 * Every loaded partnership in one list, filterable by kind, year and country
 * pair. The filters live in the URL (the parent owns them); choosing a row asks
 * the parent to select the partnership, which highlights its arc on the map.
 * The list is a single-select listbox: arrow keys move, Enter or Space select.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { PartnershipLine } from '../../ui/PartnershipLine';
import { useTranslation } from 'react-i18next';
import type { PartnershipLite, PartySite } from '../../data/engine';
import { COUNTRIES, type Country, type PartnershipKind } from '../../api/vocabulary';
import { toggleValue } from '../../state/lists';
import { EMPTY_EXPLORER_FILTERS, type ExplorerFilters } from '../../state/urlState';
import { formatDateRange } from '../../ui/format';
import { Local, localPlain, useLocalText } from '../../ui/localText';
import { explorerOptions, filterPartnerships, hasExplorerFilters, sortByRecency } from './filterPartnerships';
import './explorer.css';

export interface PartnershipExplorerProps {
  partnerships: PartnershipLite[];
  /** The parties of those partnerships, for their names and countries. */
  sitesById: ReadonlyMap<string, PartySite>;
  selectedId?: string;
  onSelect: (id: string) => void;
  filters: ExplorerFilters;
  onFiltersChange: (patch: Partial<ExplorerFilters>) => void;
}

/** The partnership kind's line as the map and legend draw it: colour and dash. */
function KindLine({ kind }: { kind: PartnershipKind }) {
  return <PartnershipLine kind={kind} length={22} className="explorer-kind-line" />;
}

function partyLabel(id: string, sitesById: ReadonlyMap<string, PartySite>, local: ReturnType<typeof useLocalText>['local']): string {
  const site = sitesById.get(id);
  return site ? `${localPlain(local(site, 'name'))} (${site.country})` : id;
}

function Row({
  partnership: p,
  sitesById,
  selected,
  focusable,
  onSelect,
  onFocus,
  onKeyDown,
  register,
}: {
  partnership: PartnershipLite;
  sitesById: ReadonlyMap<string, PartySite>;
  selected: boolean;
  focusable: boolean;
  onSelect: (id: string) => void;
  onFocus: (id: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>, id: string) => void;
  register: (id: string, el: HTMLLIElement | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const { local } = useLocalText();
  const [first, second, ...rest] = p.parties;
  const dates = formatDateRange(p.dateStart, p.dateEnd, i18n.language);
  return (
    <li
      ref={(el) => register(p.id, el)}
      role="option"
      aria-selected={selected}
      tabIndex={focusable ? 0 : -1}
      className={`explorer-row${selected ? ' selected' : ''}`}
      data-id={p.id}
      onClick={() => onSelect(p.id)}
      onFocus={() => onFocus(p.id)}
      onKeyDown={(e) => onKeyDown(e, p.id)}
    >
      <div className="explorer-row-head">
        <span className="explorer-kind">
          <KindLine kind={p.kind} />
          {t(`partnershipKind.${p.kind}`)}
        </span>
        <span className={`status-badge status-${p.status}`}>{t(`status.${p.status}`)}</span>
      </div>
      <div className="explorer-row-title">
        <Local value={local(p, 'title')} />
      </div>
      <div className="explorer-row-parties" title={p.parties.map((id) => partyLabel(id, sitesById, local)).join('\n')}>
        {partyLabel(first, sitesById, local)}
        {second !== undefined && ` → ${partyLabel(second, sitesById, local)}`}
        {rest.length > 0 && <span className="explorer-more"> {t('explorer.moreParties', { count: rest.length })}</span>}
      </div>
      <div className="explorer-row-date">{dates ?? t('panel.undated')}</div>
    </li>
  );
}

export function PartnershipExplorer({ partnerships, sitesById, selectedId, onSelect, filters, onFiltersChange }: PartnershipExplorerProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const yearId = useId();
  const pairId = useId();

  const sorted = useMemo(() => sortByRecency(partnerships), [partnerships]);
  const visible = useMemo(() => filterPartnerships(sorted, filters, sitesById), [sorted, filters, sitesById]);
  const options = useMemo(() => explorerOptions(partnerships, filters, sitesById), [partnerships, filters, sitesById]);
  const filtered = hasExplorerFilters(filters);

  // Roving focus: one row is in the tab order — the last focused, else the selected, else the first.
  const [activeId, setActiveId] = useState<string | undefined>();
  const isVisible = (id: string | undefined) => id !== undefined && visible.some((p) => p.id === id);
  const focusId = isVisible(activeId) ? activeId : isVisible(selectedId) ? selectedId : visible[0]?.id;

  const rows = useRef(new Map<string, HTMLLIElement>());
  const register = useCallback((id: string, el: HTMLLIElement | null) => {
    if (el) rows.current.set(id, el);
    else rows.current.delete(id);
  }, []);

  // A partnership selected elsewhere (map, panel, link) is scrolled into view.
  useEffect(() => {
    if (selectedId) rows.current.get(selectedId)?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, id: string) => {
    const index = visible.findIndex((p) => p.id === id);
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(index + 1, visible.length - 1);
        break;
      case 'ArrowUp':
        next = Math.max(index - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = visible.length - 1;
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        onSelect(id);
        return;
      default:
        return;
    }
    event.preventDefault();
    const target = visible[next];
    if (target) {
      setActiveId(target.id);
      rows.current.get(target.id)?.focus();
    }
  };

  const toggleKind = (kind: PartnershipKind) => onFiltersChange({ pkind: toggleValue(filters.pkind, kind) });

  const pairLabel = (pair: string, n: number) => {
    const [a, b] = pair.split('-');
    const codes = `${a}–${b}`;
    const name = (code: string) => ((COUNTRIES as readonly string[]).includes(code) ? t(`country.${code as Country}`) : code);
    return a === b
      ? t('explorer.pairDomestic', { codes, country: name(a), n })
      : t('explorer.pairCrossBorder', { codes, a: name(a), b: name(b), n });
  };

  const total = partnerships.length;

  return (
    <div className="partnership-explorer">
      <div className="explorer-filters" role="group" aria-label={t('explorer.filtersLabel')}>
        <div className="explorer-field">
          <span className="explorer-field-label" id={headingId}>
            {t('explorer.kind')}
          </span>
          <div className="explorer-kinds" role="group" aria-labelledby={headingId}>
            {options.kinds.map(({ value, count }) => {
              const on = filters.pkind.includes(value);
              const label = t(`partnershipKind.${value}`);
              return (
                <button
                  key={value}
                  type="button"
                  className="explorer-kind-toggle"
                  aria-pressed={on}
                  aria-label={t('explorer.kindOption', { label, n: count })}
                  disabled={count === 0 && !on}
                  onClick={() => toggleKind(value)}
                >
                  <KindLine kind={value} />
                  <span>{label}</span>
                  <span className="explorer-count">{count}</span>
                </button>
              );
            })}
          </div>
        </div>
        <div className="explorer-field">
          <label className="explorer-field-label" htmlFor={yearId}>
            {t('explorer.year')}
          </label>
          <select
            id={yearId}
            value={filters.pyear == null ? '' : String(filters.pyear)}
            onChange={(e) => onFiltersChange({ pyear: e.target.value === '' ? null : Number(e.target.value) })}
          >
            <option value="">{t('explorer.anyYear')}</option>
            {options.years.map(({ value, count }) => (
              <option key={value} value={String(value)}>
                {t('explorer.yearOption', { year: String(value), n: count })}
              </option>
            ))}
          </select>
        </div>
        <div className="explorer-field">
          <label className="explorer-field-label" htmlFor={pairId}>
            {t('explorer.pair')}
          </label>
          <select
            id={pairId}
            value={filters.pair ?? ''}
            onChange={(e) => onFiltersChange({ pair: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">{t('explorer.anyPair')}</option>
            {options.pairs.map(({ value, count }) => (
              <option key={value} value={value}>
                {pairLabel(value, count)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="explorer-summary">
        <span role="status" aria-live="polite">
          {filtered ? t('explorer.matching', { count: visible.length, total }) : t('explorer.total', { count: total })}
        </span>
        {filtered && (
          <button type="button" className="explorer-clear" aria-label={t('explorer.clearLabel')} onClick={() => onFiltersChange(EMPTY_EXPLORER_FILTERS)}>
            {t('explorer.clear')}
          </button>
        )}
      </div>

      <div className="explorer-scroll">
        {visible.length === 0 ? (
          <p className="explorer-empty">{total === 0 ? t('explorer.emptyData') : t('explorer.empty')}</p>
        ) : (
          <ul className="explorer-list" role="listbox" aria-label={t('explorer.listLabel')}>
            {visible.map((p) => (
              <Row
                key={p.id}
                partnership={p}
                sitesById={sitesById}
                selected={p.id === selectedId}
                focusable={p.id === focusId}
                onSelect={onSelect}
                onFocus={setActiveId}
                onKeyDown={onKeyDown}
                register={register}
              />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
