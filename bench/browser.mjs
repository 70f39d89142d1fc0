#!/usr/bin/env node
// The browser benchmark: the built atlas side by side with a bare MapLibre page and a
// Leaflet.markercluster page, on the same synthetic sites, in one run, each load in a
// fresh headless Chromium. See README "Performance".
//
//   node bench/browser.mjs [--sizes 1000,10000,100000] [--runs 5] [--seed 1]
//                          [--quiet-ms 750] [--no-build] [--screenshots] [--out FILE]
//   node bench/browser.mjs --smoke     1,000 sites, 1 run, every page; fails if any measurement is missing
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, FILTER_SECTOR, VIEWPORT, measurePage } from './measure.mjs';
import { startServer } from './server.mjs';
import { iterateSites, partnershipCountFor, writeDataset } from './synthetic.mjs';
import { printTables, summarise } from './report.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORK = join(ROOT, 'bench/.work');
const RESULTS = join(ROOT, 'bench/results');
const KINDS = ['bare', 'leaflet', 'atlas'];

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    'quiet-ms': { type: 'string', default: '750' },
    build: { type: 'boolean', default: true },
    'no-build': { type: 'boolean', default: false },
    screenshots: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const smoke = args.smoke;
const sizes = smoke ? [1000] : args.sizes.split(',').map((s) => Number(s.replace(/[_k]/g, (c) => (c === 'k' ? '000' : ''))));
const runs = smoke ? 1 : Number(args.runs);
const seed = Number(args.seed);
const quietMs = Number(args['quiet-ms']);
if (sizes.some((n) => !Number.isInteger(n) || n < 2) || !(runs >= 1)) {
  console.error('bench: --sizes takes site counts (e.g. 1000,10000,100000), --runs a number ≥ 1');
  process.exit(2);
}

if (!existsSync(CHROMIUM_PATH)) {
  const banner = `\n${'!'.repeat(72)}\n!! BROWSER BENCHMARK SKIPPED: no Chromium at ${CHROMIUM_PATH}.\n!! Install it with: apt-get install -y chromium\n${'!'.repeat(72)}\n`;
  if (process.env.CI === 'true') {
    console.error(banner.replace('SKIPPED', 'FAILED (CI=true)'));
    process.exit(1);
  }
  console.warn(banner);
  process.exit(0);
}

if (args.build && !args['no-build']) {
  // The e2e build: the production build plus window.__atlasMap, which the runner reads the map's view and sites from.
  console.log('bench: vite build --mode e2e');
  spawnSync('node', ['scripts/build-basemap.mjs'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const built = spawnSync('npx', ['vite', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const distDir = join(ROOT, 'dist');
if (!existsSync(join(distDir, 'index.html'))) {
  console.error('bench: no dist/index.html; run without --no-build');
  process.exit(1);
}

/** The gzip size of every built chunk (what a browser downloads from a compressing server). */
function chunkSizes() {
  const dir = join(distDir, 'assets');
  return readdirSync(dir)
    .filter((f) => /\.(m?js|css)$/.test(f))
    .map((file) => {
      const body = readFileSync(join(dir, file));
      return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/** A case folder: config.json pointing at data/, and the generated data (regenerated when the generator changed). */
async function prepareCase(size) {
  const dir = join(WORK, String(size));
  const stamp = JSON.stringify({ size, seed, generator: statSync(join(ROOT, 'bench/synthetic.mjs')).mtimeMs });
  const stampFile = join(dir, 'stamp.json');
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    mkdirSync(join(dir, 'data'), { recursive: true });
    console.log(`bench: generating ${size.toLocaleString('en')} sites`);
    await writeDataset(join(dir, 'data'), size, { seed });
    writeFileSync(join(dir, 'config.json'), `${JSON.stringify({ api: { type: 'static', baseUrl: 'data/' } }, null, 2)}\n`);
    writeFileSync(stampFile, stamp);
  }
  // What the pages must show: every site, and after the filter the sites having the sector.
  let filtered = 0;
  for (const site of iterateSites(size, seed)) if (site.properties.sectors.includes(FILTER_SECTOR.value)) filtered++;
  return {
    dir,
    expect: { sites: size, partnerships: partnershipCountFor(size), filtered },
    bytes: {
      sites: statSync(join(dir, 'data/sites.geojson')).size,
      partnerships: statSync(join(dir, 'data/partnerships.geojson')).size,
    },
  };
}

/** The atlas's map size at this viewport, so the reference maps get the same size (and the same bounds the same zoom). */
async function atlasMapSize(caseUrl) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(caseUrl);
    const canvas = page.locator('canvas.maplibregl-canvas');
    await canvas.waitFor({ timeout: 60_000 });
    return await canvas.evaluate((c) => ({ width: Math.round(c.clientWidth), height: Math.round(c.clientHeight) }));
  } finally {
    await browser.close();
  }
}

const cases = new Map();
for (const size of sizes) cases.set(size, await prepareCase(size));
const server = await startServer({ root: ROOT, distDir, caseDir: (name) => join(WORK, name) });
const caseUrl = (size) => `${server.url}/c/${size}/`;
const chunks = chunkSizes();
const started = Date.now();
let exitCode = 0;
try {
  const mapSize = await atlasMapSize(caseUrl(sizes[0]));
  console.log(`bench: map ${mapSize.width}×${mapSize.height} px in a ${VIEWPORT.width}×${VIEWPORT.height} viewport; ${runs} run(s) per page and size; server ${server.url}`);
  const results = {
    meta: {
      date: new Date().toISOString(),
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      node: process.version,
      chromium: await chromium
        .launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] })
        .then(async (b) => [b.version(), await b.close()][0]),
      viewport: VIEWPORT,
      mapSize,
      runs,
      seed,
      quietMs,
      filterSector: FILTER_SECTOR.value,
    },
    chunks,
    cases: [],
  };
  for (const size of sizes) {
    const { expect, bytes } = cases.get(size);
    const timeoutMs = 90_000 + size * 2;
    const byKind = Object.fromEntries(KINDS.map((k) => [k, []]));
    for (let run = 0; run < runs; run++) {
      // Rotate the order so no page always runs first (or last) on a warming machine.
      const order = KINDS.map((_, i) => KINDS[(i + run) % KINDS.length]);
      for (const kind of order) {
        const screenshot = smoke || args.screenshots ? join(RESULTS, `${kind}-${size}.png`) : undefined;
        if (screenshot) mkdirSync(RESULTS, { recursive: true });
        const r = await measurePage({ kind, caseUrl: caseUrl(size), expect, mapSize, quietMs, timeoutMs, screenshot: run === 0 ? screenshot : undefined, servedSince: server.servedSince });
        r.run = run;
        byKind[kind].push(r);
        const note = r.problems.length ? `  PROBLEMS: ${r.problems.join('; ')}` : '';
        console.log(`bench: ${size.toLocaleString('en')} sites, run ${run + 1}/${runs}, ${kind.padEnd(7)} settled ${fmt(r.settled)} ms, filter ${fmt(r.filterSettled)} ms${note}`);
      }
    }
    results.cases.push({ sites: size, ...expect, fileBytes: bytes, runs: byKind, summary: summarise(byKind) });
  }

  // Checks that the pages compare like with like (same view, same base map, same clustering).
  const problems = [];
  for (const c of results.cases) {
    for (const kind of KINDS) for (const r of c.runs[kind]) for (const p of r.problems) problems.push(`${c.sites} sites, ${kind} run ${r.run + 1}: ${p}`);
    const atlas = c.runs.atlas.find((r) => r.view);
    for (const kind of ['bare', 'leaflet']) {
      const other = c.runs[kind].find((r) => r.view);
      if (atlas && other && Math.abs(atlas.view.zoom - other.view.zoom) > 0.05)
        problems.push(`${c.sites} sites: the ${kind} page opens at zoom ${other.view.zoom.toFixed(2)}, the atlas at ${atlas.view.zoom.toFixed(2)}`);
    }
    const bare = c.runs.bare.find((r) => r.style);
    if (atlas?.style && bare?.style && atlas.style !== bare.style)
      problems.push(`${c.sites} sites: the bare page's style differs from the atlas's (update bench/pages/atlas-look.js)`);
  }
  results.problems = problems;
  for (const c of results.cases) for (const kind of KINDS) for (const r of c.runs[kind]) delete r.style;

  mkdirSync(RESULTS, { recursive: true });
  const out = args.out ? resolve(args.out) : join(RESULTS, smoke ? 'smoke.json' : 'latest.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  printTables(results);
  console.log(`\nbench: results in ${out} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (problems.length) {
    console.error(`\nbench: ${problems.length} measurement problem(s):\n  ${problems.join('\n  ')}`);
    exitCode = 1;
  }
} catch (error) {
  console.error(`bench: ${error.stack ?? error}`);
  exitCode = 1;
} finally {
  await server.close();
}
process.exit(exitCode);

function fmt(ms) {
  return ms == null ? '–' : Math.round(ms).toLocaleString('en');
}
