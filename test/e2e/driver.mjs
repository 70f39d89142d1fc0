// Page actions shared by the end-to-end specs: launching Chromium, opening the
// atlas, waiting for the map, and reading what the map actually rendered.
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173/';
export const ARTIFACTS = join(process.cwd(), '.e2e-artifacts');

const FLAGS = [
  '--no-sandbox',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/** A fresh Chromium with its own profile; every request leaving 127.0.0.1 is blocked and recorded. */
export async function launch({ width = 1280, height = 800 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    viewport: { width, height },
  });
  const external = [];
  const pageErrors = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    external.push(url.toString());
    return route.abort();
  });
  const cspViolations = [];
  await context.exposeBinding('__reportCspViolation', (_source, text) => cspViolations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportCspViolation(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`),
    );
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  return {
    page,
    context,
    external,
    pageErrors,
    cspViolations,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the atlas (optionally with a query string) and waits until the map has rendered everything. */
export async function openAtlas(page, query = '') {
  await page.goto(new URL(query, BASE_URL).toString());
  await waitForMapIdle(page);
}

export async function waitForMapIdle(page) {
  await page.waitForFunction(() => Boolean(window.__atlasMap), undefined, { timeout: 60_000 });
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const map = window.__atlasMap;
        const done = () => (map.loaded() && map.areTilesLoaded() && !map.isMoving() ? resolve(true) : map.once('idle', done));
        done();
        map.triggerRepaint();
      }),
  );
}

/** Moves the camera without animation and waits for the map to settle. */
export async function jumpTo(page, center, zoom) {
  await page.evaluate(([c, z]) => window.__atlasMap.jumpTo({ center: c, zoom: z }), [center, zoom]);
  await waitForMapIdle(page);
}

/**
 * Sites the map draws right now: unclustered points by id, and clusters with
 * their point counts (deduplicated across tile boundaries).
 */
export async function renderedSites(page) {
  return page.evaluate(() => {
    const map = window.__atlasMap;
    const points = new Set();
    const clusters = new Map();
    for (const f of map.queryRenderedFeatures(undefined, { layers: ['site-points', 'site-clusters'] })) {
      if (f.properties.cluster) clusters.set(f.properties.cluster_id, f.properties.point_count);
      else points.add(f.properties.id);
    }
    const clustered = [...clusters.values()].reduce((a, b) => a + b, 0);
    return { points: [...points], clusters: clusters.size, clustered, total: points.size + clustered };
  });
}

/** Partnership ids whose arcs are drawn right now. */
export async function renderedArcs(page) {
  return page.evaluate(() => [
    ...new Set(window.__atlasMap.queryRenderedFeatures(undefined, { layers: ['partnership-arcs-hit'] }).map((f) => f.properties.id)),
  ]);
}

/** Clicks a site's point on the map canvas (zooming in first so it is not inside a cluster). */
export async function clickSiteOnMap(page, id) {
  const center = await siteCoordinates(page, id);
  await jumpTo(page, center, 10.5);
  const point = await page.evaluate((c) => {
    const p = window.__atlasMap.project(c);
    const rect = window.__atlasMap.getCanvas().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, center);
  await page.mouse.click(point.x, point.y);
  // Sites a few metres apart stay stacked at the highest zoom: the map offers a list to pick from.
  const chooser = page.getByRole('dialog', { name: /sites here/ });
  if (
    await chooser.waitFor({ timeout: 1500 }).then(
      () => true,
      () => false,
    )
  ) {
    const name = await siteName(page, id);
    await chooser.getByRole('button', { name }).click();
  }
}

async function siteName(page, id) {
  const response = await page.request.get(new URL('data/sites.geojson', BASE_URL).toString());
  return (await response.json()).features.find((f) => f.properties.id === id).properties.name_en;
}

export async function siteCoordinates(page, id) {
  const response = await page.request.get(new URL('data/sites.geojson', BASE_URL).toString());
  const body = await response.json();
  return body.features.find((f) => f.properties.id === id).geometry.coordinates;
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** Runs `fn` with one extra route in place, removing just that route afterwards (the network guard stays). */
export async function withRoute(context, pattern, handler, fn) {
  await context.route(pattern, handler);
  try {
    return await fn();
  } finally {
    await context.unroute(pattern, handler);
  }
}
