// What the reference pages share with the atlas: its initial view, cluster settings,
// sector colours and (for the MapLibre page) its embedded base style. These mirror
// src/map/MapView.tsx, src/map/layers.ts, src/map/palette.ts and src/map/baseStyle.ts;
// the benchmark's smoke run compares them with the live atlas style, so drift fails CI.

/** INITIAL_BOUNDS in src/map/MapView.tsx: [[west, south], [east, north]]. */
/** A place's name with its local name beneath when different (as src/map/baseStyle.ts, for an English reader). */
const labelWithLocalName = (main, localScale) => [
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
];

export const INITIAL_BOUNDS = [
  [46.5, 32.5],
  [131.5, 55.8],
];
/** fitBounds padding of the atlas at this viewport (no legend reserved at widths under 1500 px). */
export const PADDING = 24;
export const CLUSTER_RADIUS = 36;
export const CLUSTER_MAX_ZOOM = 8;

export const SECTOR_COLORS = {
  biomanufacturing: '#332288',
  cdmo: '#88CCEE',
  vaccines: '#44AA99',
  mrna: '#117733',
  nonclinical_cro: '#999933',
  precision_medicine: '#DDCC77',
  genomics: '#CC6677',
  medical_devices: '#882255',
  hospital_care: '#AA4499',
  pharmaceuticals: '#E69F00',
  distribution: '#0072B2',
  policy: '#6E6E6E',
};
export const CLUSTER_COLOR = '#1f3a5f';
export const WATER = '#cddfe8';
export const LAND = '#f5f3ee';
export const FOCUS_LAND = '#fcfbf7';
export const BORDER = '#a7a196';
const LABEL = '#3d4650';
const LABEL_FONT = ['Noto Sans Regular'];

/** The atlas's embedded base style (src/map/baseStyle.ts), with URLs resolved against `base`. */
export function embeddedStyle(fontFaces, base) {
  const url = (path) => new URL(path, base).toString();
  const faces = Object.fromEntries(Object.entries(fontFaces).map(([name, files]) => [name, files.map((f) => ({ ...f, url: url(f.url) }))]));
  return {
    version: 8,
    name: 'BioCluster Atlas embedded',
    'font-faces': faces,
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
          'text-field': labelWithLocalName(['upcase', ['coalesce', ['get', 'name_en']]], 0.85),
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
          'text-field': labelWithLocalName(['coalesce', ['get', 'name_en']], 0.9),
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
}

const sectorColor = ['match', ['get', 'sector'], ...Object.entries(SECTOR_COLORS).flat(), '#999999'];

/** The atlas's cluster, count and point layers (src/map/layers.ts) for a source named `source`. */
export function siteLayers(source) {
  return [
    {
      id: 'site-clusters',
      type: 'circle',
      source,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': CLUSTER_COLOR,
        'circle-opacity': 0.88,
        'circle-radius': ['step', ['get', 'point_count'], 14, 5, 17, 10, 21, 20, 25],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'site-cluster-counts',
      type: 'symbol',
      source,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['to-string', ['get', 'point_count']],
        'text-font': LABEL_FONT,
        'text-size': 13,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: 'site-points',
      type: 'circle',
      source,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': sectorColor,
        'circle-radius': 7.5,
        'circle-stroke-color': '#1d2733',
        'circle-stroke-width': 1.5,
      },
    },
  ];
}

/** The map element sized like the atlas's map (?w=&h= from the runner), so the same bounds give the same zoom. */
export function sizeMapElement(element) {
  const params = new URLSearchParams(location.search);
  const width = Number(params.get('w')) || window.innerWidth;
  const height = Number(params.get('h')) || window.innerHeight;
  Object.assign(element.style, { width: `${width}px`, height: `${height}px` });
}
