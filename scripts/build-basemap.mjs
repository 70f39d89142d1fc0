// Builds the embedded, offline base map into public/ from npm packages:
//  - public/basemap/countries.geojson, borders.geojson: Natural Earth 1:50m (world-atlas),
//    clipped to the part of Asia the atlas covers and rounded to ~100 m;
//  - public/basemap/places.geojson: our own label points (scripts/basemap-places.json);
//  - public/fonts/*.woff2 + public/basemap/font-faces.json: Noto Sans (Latin, Cyrillic incl.
//    Kazakh letters) and Noto Sans KR (Hangul) subsets with their unicode ranges, for
//    MapLibre's `font-faces`. Generated files are not committed; `npm start`/`build` run this.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, mesh } from 'topojson-client';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = (p) => join(root, 'public', p);
mkdirSync(out('basemap'), { recursive: true });
mkdirSync(out('fonts'), { recursive: true });

// Longitude/latitude window kept from the world: Caspian to Japan, Siberia to the South China Sea.
const WINDOW = { west: 30, east: 155, south: 5, north: 72 };
const round = (n) => Math.round(n * 1000) / 1000;

function roundCoords(coords) {
  return typeof coords[0] === 'number' ? [round(coords[0]), round(coords[1])] : coords.map(roundCoords);
}
function bboxOf(coords, box = [Infinity, Infinity, -Infinity, -Infinity]) {
  if (typeof coords[0] === 'number') {
    box[0] = Math.min(box[0], coords[0]); box[1] = Math.min(box[1], coords[1]);
    box[2] = Math.max(box[2], coords[0]); box[3] = Math.max(box[3], coords[1]);
  } else coords.forEach((c) => bboxOf(c, box));
  return box;
}
const overlapsWindow = ([w, s, e, n]) => e >= WINDOW.west && w <= WINDOW.east && n >= WINDOW.south && s <= WINDOW.north;

const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const countries = feature(topology, topology.objects.countries).features
  .filter((f) => f.geometry && overlapsWindow(bboxOf(f.geometry.coordinates)))
  .map((f) => ({ type: 'Feature', properties: { name: f.properties.name }, geometry: { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates) } }));
writeFileSync(out('basemap/countries.geojson'), JSON.stringify({ type: 'FeatureCollection', features: countries }));

// Land borders only (arcs shared by two countries), so coastlines are drawn by the land fill.
const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
borders.coordinates = borders.coordinates
  .filter((line) => overlapsWindow(bboxOf(line)))
  .map(roundCoords);
writeFileSync(out('basemap/borders.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: borders }] }));

const labels = JSON.parse(readFileSync(join(root, 'scripts/basemap-places.json'), 'utf8'));
const point = (at, properties) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: at } });
writeFileSync(out('basemap/places.geojson'), JSON.stringify({
  type: 'FeatureCollection',
  features: [
    ...labels.countries.map((c) => point(c.at, { class: 'country', name_en: c.en, name_local: c.local, rank: 0 })),
    ...labels.places.map((p) => point(p.at, { class: 'place', name_en: p.en, name_local: p.local, rank: p.rank })),
  ],
}));

// Font subsets: read each package's CSS to pair every woff2 file with its unicode-range.
function subsets(pkg, cssFile, keep) {
  const dir = dirname(require.resolve(`${pkg}/${cssFile}`));
  const css = readFileSync(join(dir, cssFile), 'utf8');
  const faces = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range || !keep(file)) continue;
    copyFileSync(join(dir, 'files', file), out(`fonts/${file}`));
    faces.push({ url: `fonts/${file}`, 'unicode-range': range.split(',').map((r) => r.trim()) });
  }
  return faces;
}
const latinAndCyrillic = (f) => /-(latin|latin-ext|cyrillic|cyrillic-ext)-400-normal/.test(f);
const fontFaces = {
  'Noto Sans Regular': [
    ...subsets('@fontsource/noto-sans', '400.css', latinAndCyrillic),
    ...subsets('@fontsource/noto-sans-kr', '400.css', () => true),
  ],
};
writeFileSync(out('basemap/font-faces.json'), JSON.stringify(fontFaces, null, 1));

const size = (p) => (existsSync(out(p)) ? `${Math.round(readFileSync(out(p)).length / 1024)} KB` : 'missing');
console.log(`basemap: ${countries.length} countries (${size('basemap/countries.geojson')}), borders ${size('basemap/borders.geojson')}, ${labels.places.length} places, ${fontFaces['Noto Sans Regular'].length} font files`);
