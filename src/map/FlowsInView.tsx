/**
 * The flows between regions without sight or a pointer. When the map draws flows (many partnerships), a button
 * "Flows in view (N)" opens a list of those it draws, the most partnerships first: each names both regions and
 * how many partnerships join them, and choosing one shows those two regions, as a click on the flow does. The
 * focus then goes to the map, which the regions' filter redraws (with single arcs, as often as not).
 */
import { useMap } from '@vis.gl/react-maplibre';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowProperties } from '../data/arcs';
import { flowKindOf } from '../theme/palette';
import { useRegionName } from '../ui/localText';
import { FlowLine } from '../ui/PartnershipLine';
import { LAYER } from './layers';
import { FLOW_KIND_LABEL } from './Legend';
import { MapListControl } from './MapListControl';

/** More than this and the list asks to zoom in (the rest are the smaller flows: the list is by count). */
export const MAX_FLOWS_LISTED = 50;

/** A flow as the data worker draws it (regionFlows), read back from the map. */
export type FlowInView = Omit<FlowProperties, 'kind'>;

/** The flows among these drawn features, once each (a long line is drawn in several tiles), the most partnerships first. */
export function readFlows(features: { properties: Record<string, unknown> | null }[]): FlowInView[] {
  const flows = new Map<string, FlowInView>();
  for (const { properties: p } of features) {
    if (!p || p.kind !== 'flow' || flows.has(String(p.id))) continue;
    flows.set(String(p.id), {
      id: String(p.id),
      from: String(p.from),
      fromName: String(p.fromName),
      to: String(p.to),
      toName: String(p.toName),
      count: Number(p.count),
      crossBorder: p.crossBorder === true,
    });
  }
  return [...flows.values()].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

const sameFlows = (a: FlowInView[], b: FlowInView[]) => a.length === b.length && a.every((f, i) => f.id === b[i].id && f.count === b[i].count);

export function FlowsInView({ onSelectRegions }: { onSelectRegions: (regions: [string, string]) => void }) {
  const { t } = useTranslation();
  const { current: mapRef } = useMap();
  const regionName = useRegionName();
  const [open, setOpen] = useState(false);
  const [flows, setFlows] = useState<FlowInView[]>([]);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // What is drawn, after every settled frame (moves, new data, a filter), as the sites' list does.
  useEffect(() => {
    const map = mapRef?.getMap();
    if (!map) return;
    const read = () => {
      const layers = [LAYER.flows, LAYER.flowsDomestic].filter((id) => map.getLayer(id));
      const next = layers.length ? readFlows(map.queryRenderedFeatures(undefined, { layers })) : [];
      // Every settled frame reads them; the list renders again only when what is drawn changed.
      setFlows((drawn) => (sameFlows(drawn, next) ? drawn : next));
    };
    map.on('idle', read);
    if (map.loaded()) read();
    return () => void map.off('idle', read);
  }, [mapRef]);

  // No flows drawn: the button is hidden (most data never has them); an open list stays, to say none are in view.
  const shown = flows.length > 0 || open;
  // Hidden with the focus on it (the list closed after the flows went): the focus goes to the map, not the page.
  useLayoutEffect(() => {
    if (!shown && buttonRef.current === document.activeElement) mapRef?.getMap().getCanvas().focus();
  }, [shown, mapRef]);
  const listed = flows.slice(0, MAX_FLOWS_LISTED);
  const names = (f: FlowInView) => ({ from: regionName(f.from, f.fromName), to: regionName(f.to, f.toName) });

  const choose = (flow: FlowInView) => {
    setOpen(false);
    // The list goes with the flows; the map, showing the two regions next, keeps the focus. The new count is
    // said as after any filter (the chips bar's), and the chips name the two regions.
    mapRef?.getMap().getCanvas().focus();
    onSelectRegions([flow.from, flow.to]);
  };

  return (
    <MapListControl
      className="flows-in-view"
      label={t('a11y.flows.button', { count: flows.length })}
      heading={t('a11y.flows.heading')}
      hint={t('a11y.flows.hint')}
      closeLabel={t('a11y.flows.close')}
      open={open}
      onOpenChange={setOpen}
      focusOnOpen={() => listRef.current?.querySelector('button')}
      buttonRef={buttonRef}
      hidden={!shown}
    >
      {(ids) =>
        listed.length === 0 ? (
          <p>{t('a11y.flows.empty')}</p>
        ) : (
          <>
            <ul
              ref={listRef}
              className="fiv-list"
              aria-labelledby={ids.heading}
              aria-describedby={ids.hint}
            >
              {listed.map((flow) => {
                const kind = flowKindOf(flow.crossBorder);
                const { from, to } = names(flow);
                return (
                  <li key={flow.id}>
                    <button type="button" data-flow-id={flow.id} onClick={() => choose(flow)}>
                      <FlowLine kind={kind} width={4} length={22} />
                      <span className="siv-name">
                        {from} – {to}
                      </span>
                      <span className="siv-sector">
                        {t('a11y.flows.count', { count: flow.count })}
                        {/* Said, not only drawn: the swatch's solid or dashed line. */}
                        <span className="visually-hidden">, {t(FLOW_KIND_LABEL[kind])}</span>
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
            {flows.length > listed.length && <p className="siv-more">{t('a11y.flows.more', { count: flows.length - listed.length })}</p>}
          </>
        )
      }
    </MapListControl>
  );
}
