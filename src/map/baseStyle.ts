/**
 * The embedded, fully offline base map: Natural Earth countries and borders,
 * water as the background, and our own place labels drawn with self-hosted
 * Noto Sans / Noto Sans KR through MapLibre's `font-faces` (no glyph server).
 * Everything is served from this app's own origin (see scripts/build-basemap.mjs).
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { FALLBACK_CHAINS, type ReaderLanguage } from '../api/names';

export type FontFaces = Record<string, { url: string; 'unicode-range': string[] }[]>;

export const LABEL_FONT = ['Noto Sans Regular'];
/** Natural Earth 1:50m has no more detail than this (and predates Songdo's reclaimed land). */
export const EMBEDDED_MAX_ZOOM = 11;

const WATER = '#cddfe8';
const LAND = '#f5f3ee';
const FOCUS_LAND = '#fcfbf7';
const BORDER = '#a7a196';
const LABEL = '#3d4650';

/**
 * The embedded style. Without font faces (their list failed to load) the map
 * still draws, with no text: MapLibre cannot place a label without a font.
 */
/** A label's text in the reader's language, falling back along the same chain as the panels (kk → ru → en). */
export function nameInReaderLanguage(reader: ReaderLanguage): ExpressionSpecification {
  return ['coalesce', ...FALLBACK_CHAINS[reader].map((lang): ExpressionSpecification => ['get', `name_${lang}`])] as ExpressionSpecification;
}

/** The name in the reader's language, with the local name on a second line when it is different (Astana / Астана). */
function labelWithLocalName(main: ExpressionSpecification, localScale: number): ExpressionSpecification {
  return [
    'let',
    'main',
    main,
    [
      'format',
      ['var', 'main'],
      { 'font-scale': 1 },
      [
        'case',
        ['any', ['==', ['get', 'name_local'], ''], ['==', ['downcase', ['get', 'name_local']], ['downcase', ['var', 'main']]]],
        '',
        ['concat', '\n', ['get', 'name_local']],
      ],
      { 'font-scale': localScale },
    ],
  ] as ExpressionSpecification;
}

export function embeddedStyle(fontFaces: FontFaces | undefined, reader: ReaderLanguage = 'en', base: string = document.baseURI): StyleSpecification {
  const url = (path: string) => new URL(path, base).toString();
  const faces: FontFaces | undefined =
    fontFaces && Object.fromEntries(Object.entries(fontFaces).map(([name, files]) => [name, files.map((f) => ({ ...f, url: url(f.url) }))]));
  const style: StyleSpecification = {
    version: 8,
    name: 'BioCluster Atlas embedded',
    ...(faces ? { 'font-faces': faces } : {}),
    sources: {
      countries: { type: 'geojson', data: url('basemap/countries.geojson'), attribution: 'Natural Earth' },
      borders: { type: 'geojson', data: url('basemap/borders.geojson') },
      places: { type: 'geojson', data: url('basemap/places.geojson') },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': WATER } },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: {
          'fill-color': ['match', ['get', 'name'], ['South Korea', 'Kazakhstan'], FOCUS_LAND, LAND],
          'fill-outline-color': '#b7c9d3',
        },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': BORDER, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 8, 1.4], 'line-dasharray': [3, 1.5] },
      },
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'places',
        filter: ['==', ['get', 'class'], 'country'],
        maxzoom: 7,
        layout: {
          'text-field': labelWithLocalName(['upcase', nameInReaderLanguage(reader)], 0.85),
          'text-font': LABEL_FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14],
          'text-letter-spacing': 0.12,
          'text-max-width': 12,
        },
        paint: { 'text-color': '#5c6570', 'text-halo-color': LAND, 'text-halo-width': 1.2 },
      },
      {
        id: 'place-dots',
        type: 'circle',
        source: 'places',
        filter: ['all', ['==', ['get', 'class'], 'place'], ['<=', ['get', 'rank'], ['case', ['>=', ['zoom'], 5], 3, 2]]],
        paint: { 'circle-radius': 2.5, 'circle-color': LABEL, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 },
      },
      {
        id: 'place-labels',
        type: 'symbol',
        source: 'places',
        filter: ['all', ['==', ['get', 'class'], 'place'], ['<=', ['get', 'rank'], ['case', ['>=', ['zoom'], 5], 3, 2]]],
        layout: {
          'text-field': labelWithLocalName(nameInReaderLanguage(reader), 0.9),
          'text-font': LABEL_FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 8, 14],
          'text-anchor': 'top',
          'text-offset': [0, 0.4],
          'text-max-width': 10,
        },
        paint: { 'text-color': LABEL, 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.4 },
      },
    ],
  };
  if (!faces) style.layers = style.layers.filter((layer) => layer.type !== 'symbol');
  return style;
}
