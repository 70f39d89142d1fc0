#!/usr/bin/env node
/**
 * Round-trip check for an OGC API – Features server that serves the atlas's two
 * collections (MapServer via ogcapi/start-mapserver.sh, pygeoapi, GeoServer, ...).
 *
 *   node ogcapi/check-roundtrip.mjs [BASE_URL] [DATA_DIR] [--limit N] [--id FEATURE_ID]
 *
 * BASE_URL  landing page of the API (default http://127.0.0.1:8088/ogcapi)
 * DATA_DIR  folder with the source sites.geojson / partnerships.geojson to compare
 *           against (default: ../public/data next to this script; "-" to skip)
 *
 * For each collection it follows rel="next" links from items?f=json&limit=N until
 * none is left and prints the count next to numberMatched and the source file's
 * count. For one site and one partnership it prints every list-valued property
 * exactly as the server returned it. Then it decodes every list-valued property of
 * every feature the way src/api/decodeList.ts does (re-implemented here, so this
 * script needs no build) and reports each value that does not decode back to the
 * source. Exit code 1 when a count differs or a value does not survive the trip.
 * Plain Node 20 ESM, no dependencies.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const LIST_FIELDS = {
  sites: ['aliases', 'sectors', 'milestones', 'figures', 'sources'],
  partnerships: ['parties', 'figures', 'sources'],
};
const SAMPLE_IDS = { sites: null, partnerships: null };
const MAX_PAGES = 1000;

const argv = process.argv.slice(2);
const positional = [];
let limit = 10;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--limit') limit = Number(argv[++i]);
  else if (argv[i] === '--id') {
    const id = argv[++i];
    SAMPLE_IDS.sites = id;
    SAMPLE_IDS.partnerships = id;
  } else if (argv[i] === '-h' || argv[i] === '--help') {
    console.log('usage: node ogcapi/check-roundtrip.mjs [BASE_URL] [DATA_DIR|-] [--limit N] [--id FEATURE_ID]');
    process.exit(0);
  } else positional.push(argv[i]);
}
const base = (positional[0] ?? 'http://127.0.0.1:8088/ogcapi').replace(/\/?$/, '/');
const dataDir = positional[1] ?? fileURLToPath(new URL('../public/data/', import.meta.url));

/** Same rules as src/api/decodeList.ts. */
function decodeList(value) {
  if (Array.isArray(value)) return value;
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return [];
  if (text.startsWith('[')) {
    try {
      return JSON.parse(text);
    } catch {
      return value;
    }
  }
  const ogr = /^\((\d+):(.*)\)$/s.exec(text);
  if (ogr) {
    const count = Number(ogr[1]);
    if (count === 0) return [];
    const items = ogr[2].split(',');
    return items.length === count ? items : value;
  }
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/geo+json, application/json' } });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}: ${text.slice(0, 300)}`);
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${url} did not return JSON: ${text.slice(0, 300)}`);
  }
}

async function readAll(collection) {
  const first = new URL(`collections/${encodeURIComponent(collection)}/items`, base);
  first.searchParams.set('f', 'json');
  first.searchParams.set('limit', String(limit));
  const features = [];
  const visited = new Set();
  const pages = [];
  let numberMatched;
  let url = first.toString();
  while (url && !visited.has(url) && visited.size < MAX_PAGES) {
    visited.add(url);
    const body = await getJson(url);
    if (body.type !== 'FeatureCollection' || !Array.isArray(body.features)) throw new Error(`${url}: not a FeatureCollection`);
    numberMatched ??= body.numberMatched;
    for (const feature of body.features) features.push(feature);
    pages.push({ url, returned: body.numberReturned ?? body.features.length });
    const next = (body.links ?? []).find((l) => l?.rel === 'next' && typeof l.href === 'string');
    url = next ? new URL(next.href, url).toString() : undefined;
  }
  return { features, pages, numberMatched };
}

async function readSource(collection) {
  if (dataDir === '-') return undefined;
  try {
    return JSON.parse(await readFile(new URL(`${collection}.geojson`, `file://${dataDir.replace(/\/?$/, '/')}`), 'utf8'));
  } catch (error) {
    console.log(`  (no source file to compare: ${error.message})`);
    return undefined;
  }
}

const show = (v) => (v === undefined ? '(absent)' : JSON.stringify(v));

let failures = 0;
for (const collection of ['sites', 'partnerships']) {
  console.log(`\n== ${collection}  (${new URL(`collections/${collection}/items`, base)})`);
  const { features, pages, numberMatched } = await readAll(collection);
  const source = await readSource(collection);
  const expected = source?.features?.length;
  console.log(`  pages: ${pages.length} (limit=${limit}); features read: ${features.length}; numberMatched: ${show(numberMatched)}; in source file: ${show(expected)}`);
  const origin = new URL(base).origin;
  const foreign = pages.map((p) => p.url).filter((u) => new URL(u).origin !== origin);
  if (foreign.length) {
    failures++;
    console.log(`  FAIL next links left the API's origin: ${foreign[0]}`);
  }
  if (numberMatched !== undefined && numberMatched !== features.length) {
    failures++;
    console.log('  FAIL features read != numberMatched');
  }
  if (expected !== undefined && expected !== features.length) {
    failures++;
    console.log('  FAIL features read != features in the source file');
  }

  const ids = features.map((f) => f.properties?.id ?? f.id);
  const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (dupes.length) {
    failures++;
    console.log(`  FAIL duplicate ids across pages: ${[...new Set(dupes)].join(', ')}`);
  }
  const idMismatch = features.filter((f) => f.id !== f.properties?.id);
  console.log(`  Feature.id equals properties.id: ${idMismatch.length === 0 ? 'yes, for all' : `NO for ${idMismatch.length}`}`);
  const geomTypes = [...new Set(features.map((f) => f.geometry?.type ?? 'null'))];
  console.log(`  geometry types: ${geomTypes.join(', ')}`);

  const byId = new Map((source?.features ?? []).map((f) => [f.properties.id, f]));
  if (source) {
    const missing = [...byId.keys()].filter((id) => !ids.includes(id));
    if (missing.length) {
      failures++;
      console.log(`  FAIL missing from the server: ${missing.join(', ')}`);
    }
  }

  // One feature in full detail: the first that has every list field non-empty, else the first.
  const wanted = SAMPLE_IDS[collection];
  const sample =
    (wanted && features.find((f) => f.properties?.id === wanted)) ??
    features.find((f) => LIST_FIELDS[collection].every((k) => decodeList(f.properties?.[k])?.length)) ??
    features[0];
  if (sample) {
    console.log(`  sample feature ${show(sample.id)}: properties as returned (typeof, raw):`);
    for (const [key, value] of Object.entries(sample.properties)) {
      const isList = LIST_FIELDS[collection].includes(key);
      const raw = typeof value === 'string' && value.length > 160 ? `${JSON.stringify(value.slice(0, 160))}…` : show(value);
      console.log(`    ${isList ? '*' : ' '} ${key.padEnd(18)} ${typeof value === 'object' ? (value === null ? 'null' : Array.isArray(value) ? 'array' : 'object') : typeof value}  ${raw}`);
    }
    const src = byId.get(sample.properties?.id);
    if (src) {
      const gone = Object.keys(src.properties).filter((k) => !(k in sample.properties));
      const added = Object.keys(sample.properties).filter((k) => !(k in src.properties));
      console.log(`    keys dropped by the server: ${gone.join(', ') || 'none'}; keys added (absent in source): ${added.map((k) => `${k}=${show(sample.properties[k])}`).join(', ') || 'none'}`);
    }
  }

  // Every list value of every feature, decoded as the app does, against the source.
  if (source) {
    let checked = 0;
    const broken = [];
    for (const feature of features) {
      const src = byId.get(feature.properties?.id);
      if (!src) continue;
      for (const key of LIST_FIELDS[collection]) {
        const raw = feature.properties[key];
        const decoded = decodeList(raw);
        const want = src.properties[key] ?? undefined;
        checked++;
        const same = want === undefined ? decoded === undefined || (Array.isArray(decoded) && decoded.length === 0) : isDeepStrictEqual(decoded, want);
        if (!same) broken.push({ id: feature.properties.id, key, raw, want });
      }
      // Scalars: the same value, or "" where the source has none.
      for (const [key, want] of Object.entries(src.properties)) {
        if (LIST_FIELDS[collection].includes(key)) continue;
        if (feature.properties[key] !== want) broken.push({ id: feature.properties.id, key, raw: feature.properties[key], want });
      }
      const g = (x) => (x ? { type: x.type, coordinates: x.coordinates } : null);
      if (!isDeepStrictEqual(g(feature.geometry), g(src.geometry))) {
        broken.push({ id: feature.properties.id, key: '(geometry)', raw: feature.geometry, want: src.geometry });
      }
    }
    console.log(`  decoded ${checked} list values (decodeList rules) and every scalar against the source: ${broken.length ? `${broken.length} DIFFER` : 'all equal'}`);
    for (const b of broken) {
      failures++;
      console.log(`    FAIL ${b.id} ${b.key}\n      raw from server: ${show(b.raw)}\n      decodeList gives: ${show(decodeList(b.raw))}\n      source value:     ${show(b.want)}`);
    }
  }
}

console.log(failures ? `\n${failures} problem(s).` : '\nRound trip OK.');
process.exitCode = failures ? 1 : 0;
