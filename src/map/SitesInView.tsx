/**
 * The map without sight or a pointer: a button "Sites in view (N)" opens a
 * listbox of the sites the map draws right now (name and sector, so the sector
 * is text as well as a colour). Up/Down/Home/End move through it, Enter opens a
 * site and moves the map to it, Escape closes the list and gives the focus
 * back to the button. After the map is moved with the keyboard, the live region
 * says where it went and how many sites are in view.
 */
import { useMap } from '@vis.gl/react-maplibre';
import type { GeoJSONSource, MapGeoJSONFeature, MapLibreEvent } from 'maplibre-gl';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sector } from '../api/vocabulary';
import { SECTOR_COLORS } from '../theme/palette';
import { useAnnounce } from '../ui/Announcer';
import { localPlain, useLocalText, useRegionName } from '../ui/localText';
import { SITE_FOCUS_ZOOM } from './camera';
import { LAYER, SITES_SOURCE } from './layers';
import { MapListControl } from './MapListControl';

/** More than this and the list asks to zoom in: a listbox of hundreds of options helps nobody. */
export const MAX_LISTED = 100;

type Leaf = { properties: Record<string, unknown> | null; geometry: { type: string; coordinates?: unknown } };

interface SiteInView {
  id: string;
  properties: Record<string, unknown>;
  coordinates: [number, number];
}

interface InView {
  sites: SiteInView[];
  /** Sites drawn inside clusters and not listed one by one (when there are too many to list). */
  clustered: number;
  /** The region most of the listed sites are in, if one holds more than half of them. */
  region?: string;
}

/**
 * What the map draws now: its sites (deduplicated across tiles, sorted by name), those inside
 * clusters too while the total stays listable; past that, clustered sites are only counted.
 */
export async function readInView(
  features: MapGeoJSONFeature[],
  leavesOf: (clusterId: number, limit: number) => Promise<Leaf[]>,
  nameOf: (p: Record<string, unknown>) => string,
): Promise<InView> {
  const sites = new Map<string, SiteInView>();
  const clusters = new Map<number, number>();
  const add = (p: Record<string, unknown> | null, geometry: Leaf['geometry']) => {
    if (p && geometry.type === 'Point' && !sites.has(String(p.id)))
      sites.set(String(p.id), { id: String(p.id), properties: p, coordinates: geometry.coordinates as [number, number] });
  };
  for (const f of features) {
    if (f.properties.cluster) clusters.set(Number(f.properties.cluster_id), Number(f.properties.point_count));
    else add(f.properties, f.geometry);
  }
  let total = sites.size;
  for (const count of clusters.values()) total += count;
  if (total <= MAX_LISTED) {
    // A cluster whose leaves cannot be read (new data replaced it meanwhile) stays counted, not lost.
    const read = await Promise.all([...clusters.keys()].map((id) => leavesOf(id, clusters.get(id)!).then((leaves) => ({ id, leaves }), () => undefined)));
    for (const { id, leaves } of read.filter((r) => r !== undefined)) {
      for (const leaf of leaves) add(leaf.properties, leaf.geometry);
      clusters.delete(id);
    }
  }
  const listed = [...sites.values()].sort((a, b) => nameOf(a.properties).localeCompare(nameOf(b.properties)));
  const perRegion = new Map<string, number>();
  for (const s of listed) if (typeof s.properties.region === 'string') perRegion.set(s.properties.region, (perRegion.get(s.properties.region) ?? 0) + 1);
  const [region, most] = [...perRegion.entries()].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
  let clustered = 0;
  for (const count of clusters.values()) clustered += count;
  return { sites: listed, clustered, region: most * 2 > listed.length ? region : undefined };
}

/** A MapLibre control in the top-right stack (see MapListControl). */
interface SitesInViewProps {
  onSelectSite: (id: string) => void;
  /** The map is drawn before its sites are here (a slow server): until they are, nothing is said about them. */
  dataPending?: boolean;
}

/** If the map never settles (a base-map tile that never answers), the sites in view are read anyway after this long. */
const READ_ANYWAY_MS = 5000;

export function SitesInView({ onSelectSite, dataPending = false }: SitesInViewProps) {
  const { t } = useTranslation();
  const { current: mapRef } = useMap();
  const { local } = useLocalText();
  const regionName = useRegionName();
  const announce = useAnnounce();
  const nameOf = useCallback((p: Record<string, unknown>) => localPlain(local(p, 'name')), [local]);
  const [open, setOpen] = useState(false);
  const [inView, setInView] = useState<InView | undefined>();
  const [activeId, setActiveId] = useState<string | undefined>();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const baseId = useId();
  const keyboardMove = useRef(false);
  const pending = useRef(dataPending);
  pending.current = dataPending;

  // Re-read after every settled frame (moves, new data, a filter): cheap, and always what is drawn.
  useEffect(() => {
    const map = mapRef?.getMap();
    if (!map) return;
    let reading = 0;
    const leavesOf = (clusterId: number, limit: number) =>
      (map.getSource(SITES_SOURCE) as GeoJSONSource).getClusterLeaves(clusterId, limit, 0) as Promise<Leaf[]>;
    const read = async () => {
      const layers = [LAYER.points, LAYER.clusters].filter((id) => map.getLayer(id));
      const mine = ++reading;
      const next = await readInView(map.queryRenderedFeatures(undefined, { layers }), leavesOf, nameOf);
      // A later read (the map moved again, new data) wins; a read before the sites were on the map says nothing.
      if (mine !== reading || pending.current) return;
      setInView(next);
      if (keyboardMove.current) {
        keyboardMove.current = false;
        const count = next.sites.length + next.clustered;
        announce(
          count === 0
            ? t('a11y.announce.mapMovedEmpty')
            : next.region
              ? t('a11y.announce.mapMovedTo', { count, place: regionName(next.region, next.region) })
              : t('a11y.announce.mapMoved', { count }),
        );
      }
    };
    // A move made with the keyboard (arrows, +/-) is said once the map has settled after it.
    const onMoveEnd = (event: MapLibreEvent<unknown>) => {
      if (event.originalEvent instanceof KeyboardEvent) keyboardMove.current = true;
    };
    const onIdle = () => void read();
    map.on('idle', onIdle);
    map.on('moveend', onMoveEnd);
    if (map.loaded()) void read();
    const readAnyway = setTimeout(() => void read(), READ_ANYWAY_MS);
    return () => {
      clearTimeout(readAnyway);
      map.off('idle', onIdle);
      reading += 1;
      map.off('moveend', onMoveEnd);
    };
  }, [mapRef, nameOf, announce, regionName, t]);

  const sites = inView?.sites ?? [];
  const count = sites.length + (inView?.clustered ?? 0);
  const listed = sites.slice(0, MAX_LISTED);
  const more = count - listed.length;
  const activeIndex = Math.max(0, listed.findIndex((s) => s.id === activeId));
  const active = listed[activeIndex];
  const optionId = (id: string) => `${baseId}-site-${id}`;

  // Keep the active option in sight as it moves.
  useEffect(() => {
    if (open && active) document.getElementById(optionId(active.id))?.scrollIntoView?.({ block: 'nearest' });
  });

  const choose = (site: SiteInView) => {
    setActiveId(site.id);
    onSelectSite(site.id);
    const map = mapRef?.getMap();
    // Not `essential`: under prefers-reduced-motion MapLibre jumps instead of flying.
    map?.flyTo({ center: site.coordinates, zoom: Math.max(map.getZoom(), SITE_FOCUS_ZOOM) });
  };

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const step = (to: number) => {
      event.preventDefault();
      const next = listed[Math.min(listed.length - 1, Math.max(0, to))];
      if (next) setActiveId(next.id);
    };
    switch (event.key) {
      case 'ArrowDown':
        return step(activeIndex + 1);
      case 'ArrowUp':
        return step(activeIndex - 1);
      case 'Home':
        return step(0);
      case 'End':
        return step(listed.length - 1);
      case 'PageDown':
        return step(activeIndex + 10);
      case 'PageUp':
        return step(activeIndex - 10);
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (active) choose(active);
        return;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        close();
        return;
    }
  };

  return (
    <MapListControl
      className="sites-in-view"
      label={t('a11y.inView.button', { count })}
      // Until the map has first settled with its sites, how many are in view is not known: no "(0)" while it draws.
      hidden={dataPending || inView === undefined}
      heading={t('a11y.inView.heading')}
      hint={t('a11y.inView.hint')}
      closeLabel={t('a11y.inView.close')}
      open={open}
      onOpenChange={setOpen}
      focusOnOpen={() => listRef.current}
      buttonRef={buttonRef}
    >
      {(ids) =>
        !inView ? (
          <p>{t('a11y.inView.loading')}</p>
        ) : listed.length === 0 && more === 0 ? (
          <p>{t('a11y.inView.empty')}</p>
        ) : (
          <>
            {listed.length > 0 && (
              <ul
                ref={listRef}
                role="listbox"
                tabIndex={0}
                aria-labelledby={ids.heading}
                aria-describedby={ids.hint}
                aria-activedescendant={active ? optionId(active.id) : undefined}
                onKeyDown={onKeyDown}
              >
                {listed.map((site) => {
                  const sector = site.properties.sector as Sector | undefined;
                  return (
                    <li
                      key={site.id}
                      id={optionId(site.id)}
                      role="option"
                      data-site-id={site.id}
                      aria-selected={site === active}
                      className={site === active ? 'active' : undefined}
                      onClick={() => choose(site)}
                    >
                      <svg width="12" height="12" aria-hidden="true">
                        <circle cx="6" cy="6" r="4.5" fill={sector ? SECTOR_COLORS[sector] : '#999'} stroke="#1d2733" strokeWidth="1.2" />
                      </svg>
                      <span className="siv-name">{nameOf(site.properties)}</span>
                      {sector && <span className="siv-sector">{t(`sector.${sector}`)}</span>}
                    </li>
                  );
                })}
              </ul>
            )}
            {more > 0 && <p className="siv-more">{t('a11y.inView.more', { count: more })}</p>}
          </>
        )
      }
    </MapListControl>
  );
}
