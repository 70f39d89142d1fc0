/**
 * The filtered sites at a glance: how many per country and per sector. Every
 * bar is a toggle button for that country or sector filter.
 */
import { useTranslation } from 'react-i18next';
import type { Country, Sector } from '../../api/vocabulary';
import { SECTOR_COLORS } from '../../theme/palette';
import { PanelSection } from '../../ui/SidePanel';
import { barPercent, type Bar, type SummaryCounts } from '../../state/summaryCounts';
import './summary.css';

export interface SummaryChartsProps {
  /** Sites per country and per sector among the filtered sites (src/state/summaryCounts.ts). */
  counts: SummaryCounts;
  /** How many sites the filters match. */
  matching: number;
  selectedCountries: Country[];
  selectedSectors: Sector[];
  onToggleCountry: (country: Country) => void;
  onToggleSector: (sector: Sector) => void;
}

const COUNTRY_COLOR = '#1d4e7a';

export function SummaryCharts({ counts, matching, selectedCountries, selectedSectors, onToggleCountry, onToggleSector }: SummaryChartsProps) {
  const { t } = useTranslation();
  return (
    <div className="summary-charts">
      <PanelSection title={t('summary.byCountry')}>
        <BarChart
          bars={counts.countries}
          selected={selectedCountries}
          label={(c) => t(`country.${c}`)}
          color={() => COUNTRY_COLOR}
          onToggle={onToggleCountry}
        />
      </PanelSection>
      <PanelSection title={t('summary.bySector')}>
        <BarChart
          bars={counts.sectors}
          selected={selectedSectors}
          label={(s) => t(`sector.${s}`)}
          color={(s) => SECTOR_COLORS[s]}
          onToggle={onToggleSector}
        />
      </PanelSection>
      <p className="summary-hint">{matching === 0 ? t('summary.empty') : t('summary.hint')}</p>
    </div>
  );
}

interface BarChartProps<T extends string> {
  bars: Bar<T>[];
  selected: readonly T[];
  label: (value: T) => string;
  color: (value: T) => string;
  onToggle: (value: T) => void;
}

function BarChart<T extends string>({ bars, selected, label, color, onToggle }: BarChartProps<T>) {
  const { t } = useTranslation();
  const max = bars.reduce((m, b) => Math.max(m, b.count), 0);
  return (
    <ul className="summary-bars">
      {bars.map(({ value, count }) => {
        const pressed = selected.includes(value);
        return (
          <li key={value}>
            <button
              type="button"
              className={`summary-bar${pressed ? ' is-selected' : ''}${count === 0 ? ' is-zero' : ''}`}
              aria-pressed={pressed}
              aria-label={t('summary.bar', { label: label(value), count })}
              data-value={value}
              onClick={() => onToggle(value)}
            >
              <span className="summary-bar-label" title={label(value)}>
                {label(value)}
              </span>
              <span className="summary-bar-track" aria-hidden="true">
                <span className="summary-bar-fill" style={{ width: `${barPercent(count, max)}%`, background: color(value) }} />
              </span>
              <span className="summary-bar-count" aria-hidden="true">
                {t('summary.count', { count })}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
