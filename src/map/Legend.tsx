/** Sector colours and partnership line styles, drawn from the same palette the map uses. No MapLibre import: it renders before the map chunk. */
import { useState, type CSSProperties, type Ref } from 'react';
import { FlowLine, PartnershipLine } from '../ui/PartnershipLine';
import { useTranslation } from 'react-i18next';
import { PARTNERSHIP_KINDS, SECTORS, type PartnershipKind, type Sector } from '../api/vocabulary';
import { CLUSTER_COLOR, FLOW_STYLES, SECTOR_COLORS, SELECTED_COLOR, type FlowKind } from '../theme/palette';
import { useMapControlsWidth } from './mapControlsWidth';
import './legend.css';

/** Each kind of flow in words (the legend's, and the flows' list, where the line is not all that tells them apart). */
export const FLOW_KIND_LABEL = { crossBorder: 'legend.flowsCrossBorder', domestic: 'legend.flowsDomestic' } as const satisfies Record<FlowKind, string>;

interface LegendProps {
  sectorsInUse: ReadonlySet<Sector>;
  initiallyOpen?: boolean;
  /** Set when the map draws flows between regions (more than this many partnerships match): the legend explains them. */
  flowsAbove?: number;
  /** A selected partnership's own arcs are drawn over the flows, in its kind's line style: that is explained too. */
  selectedKind?: PartnershipKind;
  /** The legend card, for measuring how much of the map it covers. */
  ref?: Ref<HTMLElement>;
}

export function Legend({ sectorsInUse, initiallyOpen = true, flowsAbove, selectedKind, ref }: LegendProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(initiallyOpen);
  // In a narrow map (a record's panel open, a phone) the card keeps clear of the map's list toggles top right.
  const controlsWidth = useMapControlsWidth();
  // Until the map's code has loaded its controls, legend.css assumes a toggle of the usual width (less to move then).
  const clearOfControls = (controlsWidth > 0 ? { '--map-controls-width': `${controlsWidth}px` } : {}) as CSSProperties;
  // Partnership kinds' line styles: every kind's for the single arcs, a selected partnership's over the flows.
  const kinds = (shown: readonly PartnershipKind[]) => (
    <ul>
      {shown.map((k) => (
        <li key={k}>
          <PartnershipLine kind={k} />
          {t(`partnershipKind.${k}`)}
        </li>
      ))}
    </ul>
  );
  return (
    <aside ref={ref} className={`legend ${open ? 'open' : 'closed'}`} style={clearOfControls} aria-label={t('legend.heading')}>
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        title={open ? t('legend.hide') : t('legend.show')}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('legend.heading')}
      </button>
      {open && (
        <div className="legend-body">
          <div>
            <h3>{t('legend.sectors')}</h3>
            <ul className="legend-sectors">
              {SECTORS.filter((s) => sectorsInUse.has(s)).map((s) => (
                <li key={s}>
                  <svg width="14" height="14" aria-hidden="true">
                    <circle cx="7" cy="7" r="5.5" fill={SECTOR_COLORS[s]} stroke="#1d2733" strokeWidth="1.2" />
                  </svg>
                  {t(`sector.${s}`)}
                </li>
              ))}
              <li>
                <svg width="14" height="14" aria-hidden="true">
                  <circle cx="7" cy="7" r="6" fill={CLUSTER_COLOR} />
                </svg>
                {t('legend.cluster')}
              </li>
              <li>
                <svg width="14" height="14" aria-hidden="true">
                  <circle cx="7" cy="7" r="5" fill="none" stroke={SELECTED_COLOR} strokeWidth="2.5" />
                </svg>
                {t('legend.selected')}
              </li>
            </ul>
          </div>
          <div>
            <h3>{t('legend.partnerships')}</h3>
            {/* Flows between regions stand for the single arcs, which are then drawn only for a selected partnership. */}
            {flowsAbove !== undefined ? (
              <>
                <p className="legend-flows">{t('legend.flows', { count: flowsAbove })}</p>
                <ul>
                  {(Object.keys(FLOW_STYLES) as FlowKind[]).map((k) => (
                    <li key={k}>
                      <FlowLine kind={k} />
                      {t(FLOW_KIND_LABEL[k])}
                    </li>
                  ))}
                </ul>
                {selectedKind && (
                  <>
                    <p className="legend-flows">{t('legend.selectedArcs')}</p>
                    {kinds([selectedKind])}
                  </>
                )}
              </>
            ) : (
              kinds(PARTNERSHIP_KINDS)
            )}
          </div>
        </div>
      )}
    </aside>
  );
}
