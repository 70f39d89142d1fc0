// The Leaflet reference page: Leaflet 1.9 + Leaflet.markercluster 1.5 from
// node_modules, the atlas's country shapes as a canvas base map (no labels: Leaflet
// has no offline text layer), and one circle marker per site in a marker cluster group
// filled with addLayers and chunkedLoading, as that plugin recommends for large sets.
/* global L */
import { BORDER, CLUSTER_MAX_ZOOM, CLUSTER_RADIUS, FOCUS_LAND, INITIAL_BOUNDS, LAND, PADDING, SECTOR_COLORS, sizeMapElement } from './atlas-look.js';

const base = new URL('../', location.href);
const container = document.getElementById('map');
sizeMapElement(container);
const getJson = (path) => fetch(new URL(path, base)).then((r) => r.json());
const sites = getJson('data/sites.geojson');
const [countries, borders] = await Promise.all([getJson('basemap/countries.geojson'), getJson('basemap/borders.geojson')]);

// zoomSnap 0: fractional zoom, so the same bounds give the same scale as MapLibre's fitBounds.
const map = L.map(container, { preferCanvas: true, zoomSnap: 0, attributionControl: false, maxZoom: 12 });
// Leaflet counts zoom in 256 px tiles, MapLibre in 512 px: one level apart.
map.fitBounds(L.latLngBounds(INITIAL_BOUNDS.map(([lon, lat]) => [lat, lon])), { padding: [PADDING, PADDING] });
L.geoJSON(countries, {
  style: (f) => ({ fillColor: ['South Korea', 'Kazakhstan'].includes(f.properties.name) ? FOCUS_LAND : LAND, fillOpacity: 1, color: '#b7c9d3', weight: 1 }),
  interactive: false,
}).addTo(map);
L.geoJSON(borders, { style: { color: BORDER, weight: 1, dashArray: '3 1.5' }, interactive: false }).addTo(map);
window.__benchMap = map;

const group = L.markerClusterGroup({
  chunkedLoading: true,
  // The atlas's clustering: 36 px radius, no clusters past MapLibre zoom 8.
  maxClusterRadius: CLUSTER_RADIUS,
  disableClusteringAtZoom: CLUSTER_MAX_ZOOM + 2,
  chunkProgress: (processed, total) => {
    if (processed === total) window.__benchProbe?.busy(-1);
  },
});
map.addLayer(group);

const body = await sites;
const features = body.features;
const markers = features.map((f) => {
  const [lon, lat] = f.geometry.coordinates;
  const marker = L.circleMarker([lat, lon], {
    radius: 7.5,
    color: '#ffffff',
    weight: 2,
    fillColor: SECTOR_COLORS[f.properties.sectors[0]] ?? '#999999',
    fillOpacity: 1,
  });
  marker.feature = f;
  return marker;
});

/** Adds markers in chunks; the probe hears when the last chunk is done. */
function show(list) {
  window.__benchProbe?.busy(1);
  group.addLayers(list);
}
show(markers);

/** The benchmark's filter: the markers of sites having `sector`, re-added to the group. */
window.benchFilterSector = (sector) => {
  const kept = markers.filter((m) => m.feature.properties.sectors.includes(sector));
  group.clearLayers();
  show(kept);
  return kept.length;
};
