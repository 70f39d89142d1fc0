/**
 * Layer specs for the atlas's own data, as typed constants. Sources:
 * "sites" (clustered points), "arcs" (partnership great circles, or flows between
 * regions), "selected-arcs" (the selected partnership's) and "highlight" (the
 * selected site, or the parties of the selected partnership).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { SECTORS } from '../api/vocabulary';
import { CLUSTER_COLOR, FLOW_OPACITY, FLOW_STYLES, PARTNERSHIP_STYLES, SECTOR_COLORS, SELECTED_COLOR } from '../theme/palette';
import type { ReaderLanguage } from '../api/names';
import { LABEL_FONT, nameInReaderLanguage } from './baseStyle';

export const SITES_SOURCE = 'sites';
export const ARCS_SOURCE = 'arcs';
export const SELECTED_ARCS_SOURCE = 'selected-arcs';
export const HIGHLIGHT_SOURCE = 'highlight';
export const HOVER_SOURCE = 'hover';

export const LAYER = {
  arcs: 'partnership-arcs',
  arcsHit: 'partnership-arcs-hit',
  arcsSelected: 'partnership-arcs-selected',
  flows: 'partnership-flows',
  flowsDomestic: 'partnership-flows-domestic',
  clusters: 'site-clusters',
  clusterCounts: 'site-cluster-counts',
  points: 'site-points',
  labels: 'site-labels',
  highlight: 'site-highlight',
  hover: 'site-hover',
} as const;

const sectorColor: ExpressionSpecification = [
  'match',
  ['get', 'sector'],
  ...SECTORS.flatMap((s) => [s, SECTOR_COLORS[s]]),
  '#999999',
] as unknown as ExpressionSpecification;

const kinds = Object.keys(PARTNERSHIP_STYLES) as (keyof typeof PARTNERSHIP_STYLES)[];
const byKind = (pick: (k: keyof typeof PARTNERSHIP_STYLES) => string | number): ExpressionSpecification =>
  ['match', ['get', 'kind'], ...kinds.flatMap((k) => [k, pick(k)]), pick('cooperation')] as unknown as ExpressionSpecification;

/**
 * One line layer per kind, since line-dasharray cannot be data-driven. With a
 * partnership selected, every other arc is dimmed.
 */
export const arcLayers = (selectedId: string | undefined): LayerSpecification[] =>
  kinds.map((kind) => ({
    id: `${LAYER.arcs}-${kind}`,
    type: 'line',
    source: ARCS_SOURCE,
    filter: ['==', ['get', 'kind'], kind],
    layout: { 'line-cap': PARTNERSHIP_STYLES[kind].dash.length ? 'butt' : 'round', 'line-join': 'round' },
    paint: {
      'line-color': PARTNERSHIP_STYLES[kind].color,
      'line-width': PARTNERSHIP_STYLES[kind].width,
      'line-opacity': selectedId ? ['case', ['==', ['get', 'id'], selectedId], 1, 0.12] : 1,
      ...(PARTNERSHIP_STYLES[kind].dash.length ? { 'line-dasharray': PARTNERSHIP_STYLES[kind].dash } : {}),
    },
  }));

const isFlow: ExpressionSpecification = ['==', ['get', 'kind'], 'flow'];

/** A wide transparent line under the arcs and flows, so thin ones are easy to click. */
export const arcHitLayer: LayerSpecification = {
  id: LAYER.arcsHit,
  type: 'line',
  source: ARCS_SOURCE,
  paint: { 'line-color': '#000', 'line-opacity': 0, 'line-width': ['case', isFlow, 18, 12] },
};

/**
 * Flows between regions (features of kind "flow", see `regionFlows`), wider for more partnerships (by the square
 * root of their count, so area follows number); solid purple across a border, dashed blue within a country (not by
 * colour alone). Two layers, since line-dasharray cannot be data-driven. Dimmed while a partnership is selected.
 */
export const flowLayers = (selectedId: string | undefined): LayerSpecification[] =>
  (Object.keys(FLOW_STYLES) as (keyof typeof FLOW_STYLES)[]).map((kind) => ({
    id: kind === 'crossBorder' ? LAYER.flows : LAYER.flowsDomestic,
    type: 'line',
    source: ARCS_SOURCE,
    filter: ['all', isFlow, ['==', ['get', 'crossBorder'], kind === 'crossBorder']],
    layout: { 'line-cap': FLOW_STYLES[kind].dash.length ? 'butt' : 'round', 'line-join': 'round' },
    paint: {
      'line-color': FLOW_STYLES[kind].color,
      'line-width': ['interpolate', ['linear'], ['sqrt', ['get', 'count']], 1, 1.5, 10, 7, 40, 16],
      'line-opacity': selectedId ? 0.15 : FLOW_OPACITY,
      ...(FLOW_STYLES[kind].dash.length ? { 'line-dasharray': [...FLOW_STYLES[kind].dash] } : {}),
    },
  }));

/** The selected partnership's arcs, from their own source (see `selectedArcs` in the engine). */
export const arcSelectedLayer: LayerSpecification = {
  id: LAYER.arcsSelected,
  type: 'line',
  source: SELECTED_ARCS_SOURCE,
  layout: { 'line-cap': 'round' },
  paint: { 'line-color': byKind((k) => PARTNERSHIP_STYLES[k].color), 'line-width': 5, 'line-opacity': 1 },
};

export const clusterLayer: LayerSpecification = {
  id: LAYER.clusters,
  type: 'circle',
  source: SITES_SOURCE,
  filter: ['has', 'point_count'],
  paint: {
    'circle-color': CLUSTER_COLOR,
    'circle-opacity': 0.88,
    'circle-radius': ['step', ['get', 'point_count'], 14, 5, 17, 10, 21, 20, 25],
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 2,
  },
};

export const clusterCountLayer: LayerSpecification = {
  id: LAYER.clusterCounts,
  type: 'symbol',
  source: SITES_SOURCE,
  filter: ['has', 'point_count'],
  layout: {
    'text-field': ['to-string', ['get', 'point_count']],
    'text-font': LABEL_FONT,
    'text-size': 13,
    'text-allow-overlap': true,
    // Counts must not push place labels (e.g. Seoul) off the map.
    'text-ignore-placement': true,
  },
  paint: { 'text-color': '#ffffff' },
};

export const pointLayer: LayerSpecification = {
  id: LAYER.points,
  type: 'circle',
  source: SITES_SOURCE,
  filter: ['!', ['has', 'point_count']],
  paint: {
    'circle-color': sectorColor,
    'circle-radius': ['case', ['boolean', ['feature-state', 'hover'], false], 10, 7.5],
    // Dark outline: light sector fills alone would not stand out 3:1 from the land.
    'circle-stroke-color': '#1d2733',
    'circle-stroke-width': 1.5,
  },
};

/** Site names in the reader's language (the same fallback chain as the panels), from the sites' name_* properties. */
export const siteLabelLayer = (reader: ReaderLanguage): LayerSpecification => ({
  id: LAYER.labels,
  type: 'symbol',
  source: SITES_SOURCE,
  filter: ['!', ['has', 'point_count']],
  minzoom: 8,
  layout: {
    'text-field': nameInReaderLanguage(reader),
    'text-font': LABEL_FONT,
    'text-size': 12,
    'text-anchor': 'left',
    'text-offset': [0.9, 0],
    'text-max-width': 14,
    'text-optional': true,
  },
  paint: { 'text-color': '#1d2733', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
});

export const highlightLayer: LayerSpecification = {
  id: LAYER.highlight,
  type: 'circle',
  source: HIGHLIGHT_SOURCE,
  paint: {
    'circle-radius': 13,
    'circle-color': 'rgba(0,0,0,0)',
    'circle-stroke-color': SELECTED_COLOR,
    'circle-stroke-width': 4,
  },
};

/** The site hovered in the list: a ring that shows even when the site sits inside a cluster. */
export const hoverLayer: LayerSpecification = {
  id: LAYER.hover,
  type: 'circle',
  source: HOVER_SOURCE,
  paint: {
    'circle-radius': 11,
    'circle-color': 'rgba(0,0,0,0)',
    'circle-stroke-color': '#1d4e7a',
    'circle-stroke-width': 3,
  },
};
