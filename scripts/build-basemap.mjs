// Builds the embedded, offline base map into public/ from npm packages:
//  - public/basemap/countries.geojson, borders.geojson: Natural Earth 1:50m (world-atlas),
//    clipped to the part of Asia the atlas covers and rounded to ~100 m;
//  - public/basemap/places.geojson: our own label points (scripts/basemap-places.json);
//  - public/fonts/*.woff2 + public/basemap/font-faces.json: Noto Sans (Latin, Cyrillic incl.
//    Kazakh letters), Noto Sans KR (Hangul) and Noto Sans SC (Hanzi) subsets with their unicode
//    ranges, for MapLibre's `font-faces`. Generated files are not committed; `npm start`/`build`
//    run this.
//  - src/ui/fonts-cjk.css: the page's @font-face rules for Noto Sans SC (committed, so the app
//    builds and tests without this step; rewritten here only when the package changes it).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, mesh } from 'topojson-client';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = (p) => join(root, 'public', p);
mkdirSync(out('basemap'), { recursive: true });
// Start the fonts folder afresh so a subset no longer listed is not shipped.
rmSync(out('fonts'), { recursive: true, force: true });
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
// World-atlas is spherical: a ring of Chukotka steps from 180° to -180°, which on a flat map is a band across the
// whole world (drawn as thin slivers over Siberia at 66-70°N). Each step of more than half the world is taken the
// short way instead, past 180° (MapLibre draws longitudes beyond 180° in the next copy of the world, where they lie).
function unwrapRing(ring) {
  const unwrapped = [];
  for (const [lng, lat] of ring) {
    const previous = unwrapped.at(-1)?.[0] ?? lng;
    unwrapped.push([lng + 360 * Math.round((previous - lng) / 360), lat]);
  }
  return unwrapped;
}
const unwrapGeometry = ({ type, coordinates }) => ({
  type,
  coordinates: type === 'Polygon' ? coordinates.map(unwrapRing) : coordinates.map((polygon) => polygon.map(unwrapRing)),
});

const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
const countries = feature(topology, topology.objects.countries).features
  .filter((f) => f.geometry && overlapsWindow(bboxOf(f.geometry.coordinates)))
  .map((f) => ({ type: 'Feature', properties: { name: f.properties.name }, geometry: unwrapGeometry({ type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates) }) }));
writeFileSync(out('basemap/countries.geojson'), JSON.stringify({ type: 'FeatureCollection', features: countries }));

// Land borders only (arcs shared by two countries), so coastlines are drawn by the land fill.
const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
borders.coordinates = borders.coordinates
  .filter((line) => overlapsWindow(bboxOf(line)))
  .map(roundCoords);
writeFileSync(out('basemap/borders.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: borders }] }));

const labels = JSON.parse(readFileSync(join(root, 'scripts/basemap-places.json'), 'utf8'));
/** A label's names: English, the local one, and one per interface language (the map shows the reader's). */
const names = (l) => ({ name_en: l.en, name_local: l.local, name_ko: l.ko, name_ru: l.ru, name_kk: l.kk });
const point = (at, properties) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: at } });
writeFileSync(out('basemap/places.geojson'), JSON.stringify({
  type: 'FeatureCollection',
  features: [
    ...labels.countries.map((c) => point(c.at, { class: 'country', ...names(c), rank: 0 })),
    ...labels.places.map((p) => point(p.at, { class: 'place', ...names(p), rank: p.rank })),
  ],
}));

// Font subsets: read each package's CSS to pair every woff2 file with its unicode-range.
// `ranges` may narrow a face's ranges; a face left with none is dropped (and not copied).
function subsets(pkg, cssFile, keep, ranges = (r) => r) {
  const dir = dirname(require.resolve(`${pkg}/${cssFile}`));
  const css = readFileSync(join(dir, cssFile), 'utf8');
  const faces = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range || !keep(file)) continue;
    const unicodeRange = ranges(range.split(',').map((r) => r.trim()));
    if (unicodeRange.length === 0) continue;
    copyFileSync(join(dir, 'files', file), out(`fonts/${file}`));
    faces.push({ url: `fonts/${file}`, 'unicode-range': unicodeRange, file });
  }
  return faces;
}

// Han ideographs: CJK radicals, Unified Ideographs with extensions A to I, compatibility ideographs.
// They are drawn from Noto Sans SC only, and everything else from Noto Sans / Noto Sans KR, so a
// Chinese name never mixes two designs (Noto Sans KR has some Hanja but lacks most simplified
// forms, e.g. 郑 and 学) and Noto Sans SC's own Hangul and Latin never replace the others.
const HAN = [[0x2e80, 0x2fdf], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0x20000, 0x323af]];
const parseRange = (r) => {
  const [, from, to] = /^U\+([0-9a-f]+)(?:-([0-9a-f]+))?$/i.exec(r);
  return [parseInt(from, 16), parseInt(to ?? from, 16)];
};
const formatRange = ([from, to]) => (from === to ? `U+${from.toString(16)}` : `U+${from.toString(16)}-${to.toString(16)}`);
const onlyHan = (ranges) =>
  ranges.map(parseRange).flatMap(([from, to]) =>
    HAN.filter(([a, b]) => from <= b && to >= a).map(([a, b]) => formatRange([Math.max(from, a), Math.min(to, b)])),
  );
const withoutHan = (ranges) =>
  ranges.map(parseRange).flatMap((range) => {
    let pieces = [range];
    for (const [a, b] of HAN) {
      pieces = pieces.flatMap(([from, to]) =>
        to < a || from > b ? [[from, to]] : [...(from < a ? [[from, a - 1]] : []), ...(to > b ? [[b + 1, to]] : [])],
      );
    }
    return pieces.map(formatRange);
  });

const latinAndCyrillic = (f) => /-(latin|latin-ext|cyrillic|cyrillic-ext)-400-normal/.test(f);
// All Hanzi subsets, not only those the data uses today: a record added later with other
// characters must still render, and unicode-range means only the files on screen are fetched.
const hanziSubsets = (f) => /^noto-sans-sc-\d+-400-normal\.woff2$/.test(f);
const hanzi = subsets('@fontsource/noto-sans-sc', '400.css', hanziSubsets, onlyHan);
const fontFaces = {
  'Noto Sans Regular': [
    ...subsets('@fontsource/noto-sans', '400.css', latinAndCyrillic),
    ...subsets('@fontsource/noto-sans-kr', '400.css', () => true, withoutHan),
    ...hanzi,
  ].map(({ url, 'unicode-range': unicodeRange }) => ({ url, 'unicode-range': unicodeRange })),
};
writeFileSync(out('basemap/font-faces.json'), JSON.stringify(fontFaces, null, 1));

// The page's Noto Sans SC faces: the same Han-only subsets, bundled by Vite from the package.
const scVersion = JSON.parse(readFileSync(require.resolve('@fontsource/noto-sans-sc/package.json'), 'utf8')).version;
const pageCss = [
  `/* Noto Sans SC (SIL Open Font License 1.1) for Chinese names, from @fontsource/noto-sans-sc ${scVersion}.`,
  ' * Generated by scripts/build-basemap.mjs: edit the script, not this file.',
  ' * Each face covers Han ideographs only, split into subsets by unicode-range, so the browser',
  ' * fetches just the files whose characters are on screen; Hangul, Latin and Cyrillic stay with',
  " * Noto Sans KR and Noto Sans. Put 'Noto Sans SC' before 'Noto Sans KR' in a font stack so that",
  ' * Hanzi are drawn in one design (Noto Sans KR has some Hanja too). */',
  '',
  ":lang(zh) {\n  font-family: 'Noto Sans SC', 'Noto Sans', 'Noto Sans KR', sans-serif;\n}",
  ...hanzi.map(
    (face) =>
      `@font-face {\n  font-family: 'Noto Sans SC';\n  font-style: normal;\n  font-display: swap;\n  font-weight: 400;\n` +
      `  src: url('@fontsource/noto-sans-sc/files/${face.file}') format('woff2');\n  unicode-range: ${face['unicode-range'].join(', ')};\n}`,
  ),
  '',
].join('\n');
const pageCssPath = join(root, 'src/ui/fonts-cjk.css');
if (!existsSync(pageCssPath) || readFileSync(pageCssPath, 'utf8') !== pageCss) {
  writeFileSync(pageCssPath, pageCss);
  console.log('basemap: wrote src/ui/fonts-cjk.css');
}

const size = (p) => (existsSync(out(p)) ? `${Math.round(readFileSync(out(p)).length / 1024)} KB` : 'missing');
console.log(`basemap: ${countries.length} countries (${size('basemap/countries.geojson')}), borders ${size('basemap/borders.geojson')}, ${labels.places.length} places, ${fontFaces['Noto Sans Regular'].length} font files (${hanzi.length} Hanzi)`);
