// The bare MapLibre reference page: the same maplibre-gl build as the atlas (ESM from
// node_modules), the same embedded base map and one clustered GeoJSON source of the
// same sites. It does the least a page can: fetch the file, hand it to MapLibre.
import * as maplibregl from '/vendor/maplibre-gl/maplibre-gl.mjs';
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS, INITIAL_BOUNDS, PADDING, embeddedStyle, siteLayers, sizeMapElement } from './atlas-look.js';

maplibregl.setWorkerUrl('/vendor/maplibre-gl/maplibre-gl-worker.mjs');
const base = new URL('../', location.href);
const container = document.getElementById('map');
sizeMapElement(container);

// Start both downloads at once; the map needs the font list for its style.
const sites = fetch(new URL('data/sites.geojson', base)).then((r) => r.json());
const fontFaces = await fetch(new URL('basemap/font-faces.json', base)).then((r) => r.json());

const map = new maplibregl.Map({
  container,
  style: embeddedStyle(fontFaces, base),
  bounds: INITIAL_BOUNDS,
  fitBoundsOptions: { padding: PADDING },
  maxZoom: 11,
  minZoom: 1.5,
  renderWorldCopies: false,
  attributionControl: false,
});
window.__benchMap = map;

// Same properties the atlas gives its map features: id, the main sector (colour), kind.
const toMapFeature = (f) => ({
  type: 'Feature',
  id: f.properties.id,
  geometry: f.geometry,
  properties: { id: f.properties.id, name: f.properties.name_en, sector: f.properties.sectors[0], kind: f.properties.kind },
});

const [body] = await Promise.all([sites, map.once('load')]);
const features = body.features;
map.addSource('sites', {
  type: 'geojson',
  data: { type: 'FeatureCollection', features: features.map(toMapFeature) },
  cluster: true,
  clusterRadius: CLUSTER_RADIUS,
  clusterMaxZoom: CLUSTER_MAX_ZOOM,
  promoteId: 'id',
});
for (const layer of siteLayers('sites')) map.addLayer(layer);

/** The benchmark's filter: keep the sites having `sector`, hand MapLibre the new data. */
window.benchFilterSector = (sector) => {
  const kept = features.filter((f) => f.properties.sectors.includes(sector));
  map.getSource('sites').setData({ type: 'FeatureCollection', features: kept.map(toMapFeature) });
  return kept.length;
};
