/**
 * The map: base map, clustered sites coloured by sector, partnership arcs and
 * the selection highlight. Lazy-loaded (default export) so the shell, panels and
 * legend never wait for MapLibre. The camera is uncontrolled: the initial view
 * goes in, and the app moves it only when asked to focus on something.
 */
import {
  AttributionControl,
  FullscreenControl,
  Layer,
  Map,
  NavigationControl,
  Popup,
  ScaleControl,
  Source,
  type MapLayerMouseEvent,
  type MapRef,
} from '@vis.gl/react-maplibre';
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, GeoJSONSourceSpecification, StyleSpecification } from 'maplibre-gl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { parseMapHash } from '../state/mapHash';
import { localPlain, useLocalText, useRegionName } from '../ui/localText';
import { useNoticeStore } from '../ui/notices';
import type { MapSourceData } from '../data/client';
import { shouldFallBackToEmbedded } from './basemapFallback';
import { EMBEDDED_MAX_ZOOM, embeddedStyle } from './baseStyle';
import { fontFacesQuery } from './fontFaces';
import { cameraForFocus } from './camera';
import { clickTarget, clusterAction, type ClickedFeature } from './clicks';
import {
  ARCS_SOURCE,
  SELECTED_ARCS_SOURCE,
  HIGHLIGHT_SOURCE,
  HOVER_SOURCE,
  LAYER,
  SITES_SOURCE,
  arcHitLayer,
  arcLayers,
  arcSelectedLayer,
  flowLayers,
  clusterCountLayer,
  clusterLayer,
  highlightLayer,
  hoverLayer,
  pointLayer,
  siteLabelLayer,
} from './layers';
import { mapSourceUrl } from './blobSource';
import { maplibregl } from './maplibreInit';
import { SitesInView } from './SitesInView';
import { buildWithoutDataAfterMs } from './buildTiming';
import { FlowsInView } from './FlowsInView';
import type { MapFocus } from './types';
import './map.css';

export interface MapViewProps {
  /**
   * The matching sites as GeoJSON points (id, main sector, kind, names): a URL
   * the map's worker fetches (a blob from the data worker), or the collection.
   */
  sites: MapSourceData | undefined;
  /** Whether the sites are due soon (loaded and on their way, or arriving fast), when that is known: see buildTiming.ts. */
  sitesDueSoon?: boolean;
  /** The partnerships' great-circle arcs (id, kind, titles), or flows between regions when there are many, the same way. */
  arcs: MapSourceData | undefined;
  /** The selected site, or the selected partnership's parties: ringed. */
  selectedSites: { id: string; coordinates: [number, number] }[];
  selectedPartnershipId?: string;
  /** Its arcs, drawn over the others (or over the flows). */
  selectedArcs?: GeoJSON.FeatureCollection;
  /** Set (with a new nonce) to move the camera to a site or a partnership's parties. */
  focus?: MapFocus;
  /** "embedded" or the URL of an online MapLibre style. */
  basemap: string;
  /** A site hovered elsewhere (e.g. in the list), ringed on the map. */
  hoveredSite?: { id: string; coordinates: [number, number] };
  onSelectSite: (id: string) => void;
  onSelectPartnership: (id: string) => void;
  /** A flow between two regions was clicked: show them. */
  onSelectRegions?: (regions: [string, string]) => void;
  /** Reports the site under the pointer, so the list can highlight its row. */
  onHoverSite?: (id: string | undefined) => void;
  /** Reports the visible area [west, south, east, north], the centre and the zoom after every move. */
  onViewChange?: (bounds: [number, number, number, number], view: { zoom: number; lat: number; lon: number }) => void;
  /** Reports whether the map is drawing (new data, tiles) or has gone idle: other work can wait while it draws. */
  onDrawingChange?: (drawing: boolean) => void;
  /** Pixels at the top covered by an overlay (the open legend): the first view and every framing keep clear of them. */
  insetTop?: number;
  /** Each request the map makes (the font list) is aborted after this long. */
  requestTimeoutMs?: number;
  /**
   * Inside a host page: a plain wheel or one-finger drag scrolls the page, Ctrl/⌘ + wheel
   * zooms and two fingers pan (MapLibre's cooperative gestures; its hint comes from `locale`).
   */
  cooperativeGestures?: boolean;
  /** Attribution folded behind an (i) button when the map is narrow (small frames), rather than always spelled out. */
  compactAttribution?: boolean;
  /** Offer a full-screen button that takes the element with this id full screen (e.g. a whole embed, not just its map). */
  fullscreenContainerId?: string;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
/** Tooltips and the chooser are page text, not glyphs: they may be longer, but a runaway name is still cut. */
const MAX_TOOLTIP = 200;

/** Korea, Kazakhstan and the China links between them, at first sight. */
export const INITIAL_BOUNDS: [[number, number], [number, number]] = [
  [46.5, 32.5],
  [131.5, 55.8],
];

interface Hover {
  lngLat: [number, number];
  /** Set when the pointer is on a site (else it is on an arc). */
  siteId?: string;
  /** The feature's properties: its names (a site) or titles (an arc) in every language. */
  properties: Record<string, unknown>;
}

/** Sites too close to tell apart by clicking: the user picks one from a list. */
interface Chooser {
  lngLat: [number, number];
  /** The stacked sites, with their features' properties (names in every language). */
  sites: { id: string; properties: Record<string, unknown> }[];
}

declare global {
  interface Window {
    /** The live map, for the end-to-end tests only (exposed in builds made with `--mode e2e`). */
    __atlasMap?: maplibregl.Map;
  }
}

export default function MapView(props: MapViewProps) {
  const {
    sites,
    sitesDueSoon,
    arcs,
    selectedSites,
    selectedPartnershipId,
    selectedArcs,
    focus,
    basemap,
    hoveredSite,
    onSelectSite,
    onSelectPartnership,
    onSelectRegions,
    onHoverSite,
    onViewChange,
    onDrawingChange,
    insetTop = 0,
    requestTimeoutMs,
    cooperativeGestures = false,
    compactAttribution = false,
    fullscreenContainerId,
  } = props;
  const { t } = useTranslation();
  const notices = useNoticeStore();
  const { reader, local } = useLocalText();
  // Tooltips and the chooser read names from the features themselves (they carry every language's).
  const nameOf = (properties: Record<string, unknown>) => clip(localPlain(local(properties, 'name')), MAX_TOOLTIP);
  const regionName = useRegionName();
  const hoverText = (h: Hover) => {
    const p = h.properties;
    // A flow between regions: both regions in the reader's language, how many partnerships, what a click does.
    if (p.kind === 'flow') {
      const from = regionName(String(p.from), String(p.fromName));
      const to = regionName(String(p.to), String(p.toName));
      return clip(t('map.flow', { from, to, count: Number(p.count) }), MAX_TOOLTIP);
    }
    return clip(localPlain(local(p, h.siteId ? 'name' : 'title')), MAX_TOOLTIP);
  };
  // MapLibre's own labels (zoom buttons, scale units, the cooperative-gesture hint); read when the map is built.
  const locale = useMemo(
    () => ({
      'NavigationControl.ZoomIn': t('map.controls.zoomIn'),
      'NavigationControl.ZoomOut': t('map.controls.zoomOut'),
      'NavigationControl.ResetBearing': t('map.controls.resetBearing'),
      'AttributionControl.ToggleAttribution': t('map.controls.toggleAttribution'),
      'Popup.Close': t('map.controls.closePopup'),
      'ScaleControl.Meters': t('map.controls.meters'),
      'ScaleControl.Kilometers': t('map.controls.kilometers'),
      // The canvas's accessible name says how to use it by keyboard.
      'Map.Title': t('a11y.mapCanvas'),
      'CooperativeGesturesHandler.WindowsHelpText': t('map.controls.cooperativeWindows'),
      'CooperativeGesturesHandler.MacHelpText': t('map.controls.cooperativeMac'),
      'CooperativeGesturesHandler.MobileHelpText': t('map.controls.cooperativeMobile'),
      'FullscreenControl.Enter': t('embed.fullscreenEnter'),
      'FullscreenControl.Exit': t('embed.fullscreenExit'),
    }),
    [t],
  );
  const mapRef = useRef<MapRef>(null);
  // Until something moves the map (a person, a link's #zoom/lat/lon, a focus request), it keeps framing Korea and
  // Kazakhstan while its container settles: a map built while the page was still laying out (a progress bar, the
  // timeline arriving) would otherwise stay zoomed to the size it had then.
  const framing = useRef(!window.location.hash);
  const [hover, setHover] = useState<Hover | null>(null);
  const [chooser, setChooser] = useState<Chooser | null>(null);
  const [loaded, setLoaded] = useState(false);
  // Drawing from the moment the map is mounted, and again with new sites or arcs or a map built anew in another
  // language, until MapLibre says it is idle (hovers and highlights are not worth reporting).
  const drawing = useRef<boolean | undefined>(undefined);
  const reportDrawing = useCallback(
    (now: boolean) => {
      if (drawing.current === now) return;
      drawing.current = now;
      onDrawingChange?.(now);
    },
    [onDrawingChange],
  );
  useEffect(() => () => reportDrawing(false), [reportDrawing]);
  useEffect(() => reportDrawing(true), [reportDrawing, sites, arcs, reader]);
  const [useEmbedded, setUseEmbedded] = useState(basemap === 'embedded');
  const fonts = useQuery(fontFacesQuery(requestTimeoutMs));
  // Labels need the font list; without it the map is drawn without text rather than not at all.
  const labels = !useEmbedded || fonts.isSuccess;

  const style = useMemo<StyleSpecification | string | undefined>(() => {
    if (!useEmbedded) return basemap;
    if (fonts.isPending) return undefined;
    return embeddedStyle(fonts.data, reader);
  }, [useEmbedded, basemap, fonts.isPending, fonts.data, reader]);

  // The map is built once its data is here, or without it a while after its style is (buildTiming.ts: a second,
  // longer while the data is due soon): creating it (the WebGL context, ~300 ms of the main thread in software
  // rendering) came before the first counts and rows, which then waited for it on two cores. MapLibre's worker is
  // started (prewarmed) and the style and fonts loaded before either.
  // With the data here it is built in a task after the next paint, so the render that brought the data (often the
  // list's first rows too) is shown first: built in that render, its context held their paint by ~300 ms.
  const [built, setBuilt] = useState(false);
  const dataHere = sites !== undefined;
  const styleReadyAt = useRef<number | undefined>(undefined);
  // Whether the sites were due soon when last known: kept when their load ends and its progress goes, a moment
  // before its answer arrives (a failed attempt says "not coming now" instead: sitesDueSoon in buildTiming.ts).
  const lastSitesDueSoon = useRef(false);
  useEffect(() => {
    if (sitesDueSoon !== undefined) lastSitesDueSoon.current = sitesDueSoon;
    if (!style || built) return;
    styleReadyAt.current ??= performance.now();
    const build = () => setBuilt(true);
    let afterPaint: ReturnType<typeof setTimeout> | undefined;
    const frame = dataHere ? requestAnimationFrame(() => (afterPaint = setTimeout(build))) : undefined;
    // Without frames (a hidden tab) a timer builds it anyway.
    const withoutData = styleReadyAt.current + buildWithoutDataAfterMs(lastSitesDueSoon.current) - performance.now();
    const timer = setTimeout(build, dataHere ? 100 : Math.max(0, withoutData));
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(afterPaint);
      clearTimeout(timer);
    };
  }, [style, built, dataHere, sitesDueSoon]);

  useEffect(() => {
    if (useEmbedded && fonts.isError) notices.show('map', { message: t('map.labelsUnavailable'), detail: fonts.error.message });
  }, [useEmbedded, fonts.isError, fonts.error, notices, t]);

  const pointsOf = (points: { id: string; coordinates: [number, number] }[]): FeatureCollection<Point> => ({
    type: 'FeatureCollection',
    features: points.map(({ id, coordinates }) => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { id } })),
  });
  const highlightData = useMemo(() => pointsOf(selectedSites), [selectedSites]);
  const hoverData = useMemo(() => pointsOf(hoveredSite ? [hoveredSite] : []), [hoveredSite]);
  const emptyData = useMemo(() => pointsOf([]), []);

  const appliedFocus = useRef<MapFocus | undefined>(undefined);
  // Move the camera when the app asks to (e.g. a site opened from a panel).
  useEffect(() => {
    const map = mapRef.current;
    // Each request moves the camera once; later data or filter changes must not repeat it.
    if (!map || !focus || !loaded || appliedFocus.current === focus) return;
    const move = cameraForFocus(focus, map.getZoom(), map.getMaxZoom());
    // Coordinates not known yet: the request is applied when they are.
    if (!move) return;
    appliedFocus.current = focus;
    if (move) framing.current = false;
    // Not `essential`: under prefers-reduced-motion MapLibre then jumps instead of flying.
    if (move?.kind === 'fly') map.flyTo({ center: move.center, zoom: move.zoom });
    if (move?.kind === 'fit') {
      map.fitBounds(move.bounds, { padding: { top: 60 + insetTop, bottom: 60, left: 60, right: 60 }, maxZoom: move.maxZoom });
    }
  }, [focus, loaded, insetTop]);

  // A compact attribution starts unfolded over a small map; fold it as MapLibre does on the first drag (the (i) opens it).
  const foldAttribution = (map: maplibregl.Map | undefined) => {
    if (compactAttribution) map?.getContainer().querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
  };
  // The first map's control is added after its load (below); a map built anew in another language has it at load.
  useEffect(() => {
    if (loaded) foldAttribution(mapRef.current?.getMap());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the first map has loaded
  }, [loaded]);

  const onClick = useCallback(
    async (event: MapLayerMouseEvent) => {
      const map = mapRef.current;
      setChooser(null);
      const target = clickTarget((event.features ?? []) as unknown as ClickedFeature[]);
      if (!target || !map) return;
      const lngLat: [number, number] = [event.lngLat.lng, event.lngLat.lat];
      switch (target.kind) {
        case 'cluster': {
          const source = map.getSource(SITES_SOURCE) as GeoJSONSource;
          const zoom = await source.getClusterExpansionZoom(target.clusterId);
          if (clusterAction(zoom, map.getMaxZoom()) === 'zoom') map.easeTo({ center: target.center, zoom });
          else {
            const leaves = await source.getClusterLeaves(target.clusterId, 100, 0);
            setChooser({ lngLat, sites: leaves.map((f) => ({ id: String(f.properties?.id), properties: f.properties ?? {} })) });
          }
          break;
        }
        case 'site':
          onSelectSite(target.id);
          break;
        case 'sites': {
          const propertiesOf = new globalThis.Map((event.features ?? []).map((f) => [String(f.properties.id), f.properties]));
          setChooser({ lngLat, sites: target.ids.map((id) => ({ id, properties: propertiesOf.get(id) ?? {} })) });
          break;
        }
        case 'partnership':
          onSelectPartnership(target.id);
          break;
        case 'regions':
          setHover(null);
          onSelectRegions?.(target.regions);
          break;
      }
    },
    [onSelectSite, onSelectPartnership, onSelectRegions],
  );

  // The site highlighted by hover, from the map itself or from the list.
  const [mapHoverId, setMapHoverId] = useState<string | undefined>();
  const highlightedId = mapHoverId ?? hoveredSite?.id;
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !highlightedId || !map.getSource(SITES_SOURCE)) return;
    map.setFeatureState({ source: SITES_SOURCE, id: highlightedId }, { hover: true });
    return () => {
      if (map.getSource(SITES_SOURCE)) map.setFeatureState({ source: SITES_SOURCE, id: highlightedId }, { hover: false });
    };
  }, [highlightedId, sites]);

  // The last hovered id reported to the app, so it hears of each change once.
  const reportedHover = useRef<string | undefined>(undefined);
  const reportHover = useCallback(
    (id: string | undefined) => {
      setMapHoverId(id);
      if (reportedHover.current !== id) {
        reportedHover.current = id;
        onHoverSite?.(id);
      }
    },
    [onHoverSite],
  );

  const onMouseMove = useCallback(
    (event: MapLayerMouseEvent) => {
      const feature = event.features?.[0];
      const siteId = feature?.layer.id === LAYER.points ? String(feature.properties.id) : undefined;
      reportHover(siteId);
      if (!feature || feature.layer.id === LAYER.clusters) {
        setHover(null);
        return;
      }
      setHover({ lngLat: [event.lngLat.lng, event.lngLat.lat], siteId, properties: feature.properties });
    },
    [reportHover],
  );

  const onMouseLeave = useCallback(() => {
    setHover(null);
    reportHover(undefined);
  }, [reportHover]);

  const padding = { top: 24 + insetTop, bottom: 24, left: 24, right: 24 };
  const keepFraming = () => {
    const map = mapRef.current;
    if (!map || !framing.current) return;
    map.fitBounds(INITIAL_BOUNDS, { padding, animate: false });
  };

  const reportView = useCallback(() => {
    const map = mapRef.current;
    if (!map) return;
    const b = map.getBounds();
    const center = map.getCenter();
    onViewChange?.([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], { zoom: map.getZoom(), lat: center.lat, lon: center.lng });
  }, [onViewChange]);

  // Back/Forward between entries made with pushState fire no hashchange, so MapLibre's own
  // hash handling misses them: apply the address's #zoom/lat/lon ourselves.
  useEffect(() => {
    const onPopState = () => {
      const view = parseMapHash(window.location.hash);
      if (view) framing.current = false;
      if (view) mapRef.current?.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  // MapLibre could not be built at all (no WebGL context: a blocklisted GPU, WebGL switched off). Thrown while
  // rendering, so the map's error boundary says why and the rest of the page keeps working.
  const [buildError, setBuildError] = useState<Error | undefined>();
  if (buildError) throw buildError;

  const onError = useCallback(
    (event: { error?: Error; sourceId?: string; target?: unknown }) => {
      // The bindings report a map that could not be built with no target; the map's own errors carry it.
      if (event.target === null && event.error) {
        setBuildError(/webgl/i.test(event.error.message) ? new Error(t('map.noWebgl')) : event.error);
        return;
      }
      if (
        shouldFallBackToEmbedded({
          usingEmbedded: useEmbedded,
          errorSourceId: event.sourceId,
          styleLoaded: Boolean(mapRef.current?.isStyleLoaded()),
        })
      ) {
        setUseEmbedded(true);
        notices.show('map', t('map.basemapFallback', { reason: event.error?.message ?? 'error' }));
      }
    },
    [useEmbedded, notices, t],
  );

  if (!style || !built) return <div className="map-loading">{t('app.mapLoading')}</div>;
  const startView = parseMapHash(window.location.hash);

  return (
    <Map
      // MapLibre reads its locale only when built: a new language builds the map anew (the view is kept in the URL hash).
      key={reader}
      locale={locale}
      ref={mapRef}
      mapLib={maplibregl}
      mapStyle={style}
      // A rebuild for another language starts where the map was (the address's #zoom/lat/lon); a first load
      // with no view in the address frames Korea and Kazakhstan.
      initialViewState={
        startView
          ? { longitude: startView.lon, latitude: startView.lat, zoom: startView.zoom }
          : { bounds: INITIAL_BOUNDS, fitBoundsOptions: { padding } }
      }
      maxZoom={useEmbedded ? EMBEDDED_MAX_ZOOM : 18}
      minZoom={1.5}
      renderWorldCopies={false}
      attributionControl={false}
      interactiveLayerIds={[LAYER.clusters, LAYER.points, LAYER.arcsHit]}
      cursor={hover ? 'pointer' : 'grab'}
      onClick={onClick}
      onMouseMove={onMouseMove}
      onMouseLeave={onMouseLeave}
      onMoveStart={(e) => {
        // A person's gesture ends the framing; so do focus requests and history steps (below). A resize also fires
        // movestart, without an original event: that one must not.
        if (e.originalEvent) framing.current = false;
      }}
      onResize={keepFraming}
      onMoveEnd={reportView}
      onError={onError}
      onIdle={() => reportDrawing(false)}
      cooperativeGestures={cooperativeGestures}
      onLoad={(e) => {
        if (import.meta.env.MODE === 'e2e') window.__atlasMap = e.target;
        setLoaded(true);
        reportView();
        // The GPU may drop the map's context (driver reset, too many tabs): say so; panels keep working.
        e.target.on('webglcontextlost', () => notices.show('map', t('map.contextLost')));
        e.target.on('webglcontextrestored', () => notices.clear('map'));
        foldAttribution(e.target);
      }}
      hash
      style={{ width: '100%', height: '100%' }}
    >
      <NavigationControl position="top-right" showCompass={false} />
      {fullscreenContainerId && <FullscreenControl position="top-right" containerId={fullscreenContainerId} />}
      <SitesInView onSelectSite={onSelectSite} dataPending={!dataHere} />
      {onSelectRegions && <FlowsInView onSelectRegions={onSelectRegions} />}
      <ScaleControl position="bottom-right" />
      {/* Added once the map has loaded: MapLibre's control measures the map as it is added, which during start-up
          forced a layout of the whole page (~45 ms of the main thread). */}
      {loaded && (
        <AttributionControl
          position="bottom-right"
          compact={compactAttribution ? undefined : false}
          customAttribution={t('map.attribution')}
        />
      )}
      <Source id={ARCS_SOURCE} type="geojson" data={sourceData(arcs, emptyData)}>
        <Layer {...arcHitLayer} />
        {flowLayers(selectedPartnershipId).map((layer) => (
          <Layer key={layer.id} {...layer} />
        ))}
        {arcLayers(selectedPartnershipId).map((layer) => (
          <Layer key={layer.id} {...layer} />
        ))}
      </Source>
      <Source id={SELECTED_ARCS_SOURCE} type="geojson" data={(selectedPartnershipId && selectedArcs) || emptyData}>
        <Layer {...arcSelectedLayer} />
      </Source>
      <Source
        id={SITES_SOURCE}
        type="geojson"
        data={sourceData(sites, emptyData)}
        cluster
        clusterRadius={36}
        clusterMaxZoom={8}
        promoteId="id"
      >
        <Layer {...clusterLayer} />
        {labels && <Layer {...clusterCountLayer} />}
        <Layer {...pointLayer} />
        {labels && <Layer {...siteLabelLayer(reader)} />}
      </Source>
      <Source id={HOVER_SOURCE} type="geojson" data={hoverData}>
        <Layer {...hoverLayer} />
      </Source>
      <Source id={HIGHLIGHT_SOURCE} type="geojson" data={highlightData}>
        <Layer {...highlightLayer} />
      </Source>
      {chooser && (
        <Popup
          longitude={chooser.lngLat[0]}
          latitude={chooser.lngLat[1]}
          closeButton
          closeOnClick={false}
          onClose={() => setChooser(null)}
          offset={10}
          className="site-chooser"
          maxWidth="320px"
        >
          <div role="dialog" aria-label={t('map.chooser', { count: chooser.sites.length })}>
            <p className="chooser-title">{t('map.chooser', { count: chooser.sites.length })}</p>
            <ul>
              {chooser.sites.map(({ id, properties }) => (
                <li key={id}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setChooser(null);
                      onSelectSite(id);
                    }}
                  >
                    {nameOf(properties)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </Popup>
      )}
      {hover && !chooser && (
        <Popup
          longitude={hover.lngLat[0]}
          latitude={hover.lngLat[1]}
          closeButton={false}
          closeOnClick={false}
          offset={12}
          className="map-tooltip"
        >
          {hoverText(hover)}
        </Popup>
      )}
    </Map>
  );
}

/**
 * A data worker's blob URL goes to MapLibre's worker to read itself (blobSource.ts); a collection as it is. Its
 * worker keeps the parse (mapWorker.ts), so `getData()` on these sources never answers: ask the data worker.
 */
const sourceData = (data: MapSourceData | undefined, empty: GeoJSON.FeatureCollection): GeoJSONSourceSpecification['data'] =>
  typeof data === 'string' || (data && 'all' in data) ? mapSourceUrl(data) : ((data ?? empty) as GeoJSONSourceSpecification['data']);
