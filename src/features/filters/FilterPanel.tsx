/**
 * Facet filters with live counts: every option shows how many sites would
 * match given the other active filters; options with no match stay visible,
 * disabled, with 0.
 */
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRIES, SECTORS, SITE_KINDS, SITE_STATUSES, type Country } from '../../api/vocabulary';
import type { FacetCounts } from '../../state/filters';
import { toggleValue } from '../../state/lists';
import { useRegionName } from '../../ui/localText';
import { MAX_YEAR, MIN_YEAR, type Filters } from '../../state/urlState';
import { SECTOR_COLORS } from '../../theme/palette';
import './filters.css';

interface FilterPanelProps {
  filters: Filters;
  counts: FacetCounts;
  regions: { code: string; name: string; country: Country }[];
  /** Earliest and latest year in the data, for the year inputs' hints. */
  yearSpan: [number, number];
  onChange: (patch: Partial<Filters>) => void;
}

type ListFacet = 'country' | 'region' | 'sector' | 'kind' | 'status';

function FacetGroup({
  legend,
  options,
  selected,
  counts,
  onToggle,
  swatch,
}: {
  legend: string;
  options: { value: string; label: string; group?: string }[];
  selected: readonly string[];
  counts: Map<string, number>;
  onToggle: (value: string) => void;
  swatch?: (value: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="facet">
      <legend>{legend}</legend>
      <ul>
        {options.map((o, i) => {
          const count = counts.get(o.value) ?? 0;
          const checked = selected.includes(o.value);
          // Options arrive grouped (regions by country): label each group once.
          const header = o.group && o.group !== options[i - 1]?.group ? o.group : undefined;
          return (
            <li key={o.value}>
              {header && <div className="facet-group">{header}</div>}
              <label className={count === 0 && !checked ? 'disabled' : undefined}>
                <input type="checkbox" checked={checked} disabled={count === 0 && !checked} onChange={() => onToggle(o.value)} />
                {swatch && <span className="swatch" style={{ background: swatch(o.value) }} aria-hidden="true" />}
                <span className="facet-label">{o.label}</span>
                <span className="facet-count" aria-label={`(${t('filters.count', { count })})`}>
                  {t('filters.count', { count })}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/**
 * A year box that keeps what the user is typing ("20", "203") locally and
 * commits only a complete year, or an empty box.
 */
function YearInput({
  id,
  value,
  placeholder,
  onCommit,
}: {
  id: string;
  value: number | null;
  placeholder: number;
  onCommit: (year: number | null) => void;
}) {
  const [text, setText] = useState(value == null ? '' : String(value));
  const [committed, setCommitted] = useState(value);
  if (committed !== value) {
    // The filter changed elsewhere (a chip, the timeline, Back): show it.
    setCommitted(value);
    setText(value == null ? '' : String(value));
  }
  return (
    <input
      id={id}
      type="number"
      inputMode="numeric"
      min={MIN_YEAR}
      max={MAX_YEAR}
      placeholder={String(placeholder)}
      value={text}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        const n = Number(next);
        if (next === '') {
          setCommitted(null);
          onCommit(null);
        } else if (/^\d{4}$/.test(next) && n >= MIN_YEAR && n <= MAX_YEAR) {
          setCommitted(n);
          onCommit(n);
        }
      }}
    />
  );
}

export const FilterPanel = memo(function FilterPanel({ filters, counts, regions, yearSpan, onChange }: FilterPanelProps) {
  const { t, i18n } = useTranslation();
  const regionName = useRegionName();
  const fromId = useId();
  // Grouped by country, in the data's order of countries; alphabetical in the reader's language within each.
  const collator = new Intl.Collator(i18n.language);
  const regionOptions = regions
    .map((r) => ({ value: r.code, label: regionName(r.code, r.name), group: t(`country.${r.country}`), country: r.country }))
    .sort((a, b) => a.country.localeCompare(b.country) || collator.compare(a.label, b.label));
  const toId = useId();
  const toggleIn = (facet: ListFacet) => (value: string) =>
    onChange({ [facet]: toggleValue(filters[facet] as string[], value) } as Partial<Filters>);

  return (
    <div className="filter-panel">
      <FacetGroup
        legend={t('filters.country')}
        options={COUNTRIES.map((c) => ({ value: c, label: t(`country.${c}`) }))}
        selected={filters.country}
        counts={counts.country}
        onToggle={toggleIn('country')}
      />
      <FacetGroup
        legend={t('filters.region')}
        options={regionOptions}
        selected={filters.region}
        counts={counts.region}
        onToggle={toggleIn('region')}
      />
      <FacetGroup
        legend={t('filters.sector')}
        options={SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`) }))}
        selected={filters.sector}
        counts={counts.sector}
        onToggle={toggleIn('sector')}
        swatch={(s) => SECTOR_COLORS[s as keyof typeof SECTOR_COLORS]}
      />
      <FacetGroup
        legend={t('filters.kind')}
        options={SITE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        selected={filters.kind}
        counts={counts.kind}
        onToggle={toggleIn('kind')}
      />
      <FacetGroup
        legend={t('filters.status')}
        options={SITE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        selected={filters.status}
        counts={counts.status}
        onToggle={toggleIn('status')}
      />
      <fieldset className="facet years">
        <legend>{t('filters.years')}</legend>
        <div className="year-inputs">
          <label htmlFor={fromId}>{t('filters.from')}</label>
          <YearInput id={fromId} value={filters.from} placeholder={yearSpan[0]} onCommit={(from) => onChange({ from })} />
          <label htmlFor={toId}>{t('filters.to')}</label>
          <YearInput id={toId} value={filters.to} placeholder={yearSpan[1]} onCommit={(to) => onChange({ to })} />
        </div>
        <p className="hint">{t('filters.yearsHint')}</p>
      </fieldset>
    </div>
  );
});
