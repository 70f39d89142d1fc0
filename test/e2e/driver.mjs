// Page actions shared by the end-to-end specs: launching Chromium, the shared
// per-test fixture (no page error, no CSP violation, no request leaving
// 127.0.0.1), opening the atlas, waiting for the map with a bound, and reading
// what the map actually rendered.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, it as nodeIt } from 'node:test';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173/';
export const ARTIFACTS = join(process.cwd(), '.e2e-artifacts');

/** Longest a single test may run. (Node 20's --test-timeout bounds a whole file, so tests carry their own.) */
export const TEST_TIMEOUT_MS = 90_000;
/** Longest any single wait (a locator, a navigation, the map settling) may take before it fails with a message. */
export const WAIT_TIMEOUT_MS = 20_000;

/** node:test's `it`, bounded by TEST_TIMEOUT_MS unless a test asks for a different bound. */
export const it = (name, fn, options = {}) => nodeIt(name, { timeout: TEST_TIMEOUT_MS, ...options }, fn);

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

/**
 * Records every Content-Security-Policy violation in the page AND in its workers.
 * A `securitypolicyviolation` listener in the page never hears about workers, and
 * Playwright does not forward a worker's security log, so this uses the DevTools
 * Audits domain: on the page target, and on every worker target, which is
 * auto-attached paused, given Audits, then resumed (so nothing it does at start-up
 * is missed). Checked in Chromium 150 against a deliberately violating blob
 * worker (fixture.spec.mjs).
 */
async function watchCspViolations(context, page, record) {
  const cdp = await context.newCDPSession(page);
  const describe = (where, d) =>
    `${where}: ${d.violatedDirective} (${d.contentSecurityPolicyViolationType})` +
    (d.blockedURL ? ` blocked ${d.blockedURL}` : '') +
    (d.sourceCodeLocation ? ` at ${d.sourceCodeLocation.url}:${d.sourceCodeLocation.lineNumber + 1}` : '');
  const onIssue = (where, issue) => {
    if (issue.code === 'ContentSecurityPolicyIssue') record(describe(where, issue.details.contentSecurityPolicyIssueDetails));
  };
  const workers = new Map();
  let messageId = 0;
  const sendToWorker = (sessionId, method) =>
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++messageId, method }) }).catch(() => {}); // the worker may already be gone
  cdp.on('Audits.issueAdded', ({ issue }) => onIssue('page', issue));
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    workers.set(sessionId, targetInfo.url);
    void sendToWorker(sessionId, 'Audits.enable').then(() => sendToWorker(sessionId, 'Runtime.runIfWaitingForDebugger'));
  });
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => workers.delete(sessionId));
  cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    const { method, params } = JSON.parse(message);
    if (method === 'Audits.issueAdded') onIssue(`worker ${workers.get(sessionId) ?? sessionId}`, params.issue);
  });
  await cdp.send('Audits.enable');
  // flatten: false keeps worker sessions inside this CDP session, so Playwright's own session is untouched.
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
}

/**
 * A fresh Chromium with its own profile; every request leaving 127.0.0.1 is blocked and recorded,
 * page errors (page and workers), unexpected dialogs and CSP violations are recorded.
 */
export async function launch({ width = 1280, height = 800 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    viewport: { width, height },
  });
  context.setDefaultTimeout(WAIT_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(WAIT_TIMEOUT_MS);
  const external = [];
  const pageErrors = [];
  const cspViolations = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    external.push(url.toString());
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    pageErrors.push(`unexpected dialog: ${dialog.message()}`);
    return dialog.dismiss();
  });
  await watchCspViolations(context, page, (text) => cspViolations.push(text));
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

/**
 * The shared fixture: one Chromium for every test of the enclosing describe block
 * (launching one costs seconds on a 2-core machine), and after EVERY test an
 * assertion that nothing went wrong in it: no page error, no CSP violation (page
 * or worker), no request leaving 127.0.0.1. A test that expects some of these
 * says so with `browser.allow({ pageErrors, cspViolations, external })` (lists of
 * RegExps), which holds for that test only.
 */
export function sharedBrowser(options) {
  const handle = {
    allowed: { pageErrors: [], cspViolations: [], external: [] },
    /** Lets this test produce records matching these patterns. */
    allow(patterns) {
      for (const [kind, list] of Object.entries(patterns)) handle.allowed[kind].push(...list);
    },
    /** Throws if the current test left an unexpected record; clears the records either way. */
    assertClean() {
      const unexpected = {};
      for (const kind of ['pageErrors', 'cspViolations', 'external']) {
        const found = handle[kind].filter((text) => !handle.allowed[kind].some((re) => re.test(text)));
        if (found.length) unexpected[kind] = found;
        handle[kind].length = 0;
        handle.allowed[kind] = [];
      }
      assert.deepEqual(unexpected, {}, 'the test left page errors, CSP violations or requests outside 127.0.0.1');
    },
  };
  before(async () => Object.assign(handle, await launch(options)), { timeout: WAIT_TIMEOUT_MS * 2 });
  afterEach(() => handle.assertClean());
  after(async () => handle.close?.(), { timeout: WAIT_TIMEOUT_MS });
  return handle;
}

/**
 * Polls `read` until `accept` holds for its value (the expect.poll pattern), and
 * returns that value; fails after `timeout` with the last value in the message.
 */
export async function poll(read, accept, { timeout = WAIT_TIMEOUT_MS, interval = 100, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`${message} not met within ${timeout} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Opens the atlas (optionally with a query string) and waits until the map has rendered everything. */
export async function openAtlas(page, query = '') {
  await page.goto(new URL(query, BASE_URL).toString());
  await waitForMapIdle(page);
}

/**
 * Waits until the map has loaded its style, sources and tiles, stopped moving and
 * rendered a frame with nothing left to draw (MapLibre's `idle`, after a forced
 * repaint). Fails after `timeout` with the map's state, so a rendering stall
 * fails the test instead of hanging it.
 */
export async function waitForMapIdle(page, { timeout = WAIT_TIMEOUT_MS } = {}) {
  const started = Date.now();
  await page
    .waitForFunction(() => Boolean(window.__atlasMap), undefined, { timeout })
    .catch(() => {
      throw new Error(`the map was not created within ${timeout} ms`);
    });
  // The map's data comes from the data worker after the map exists: wait until the current answer is on it.
  await page
    .waitForSelector('[data-map-data="current"]', { timeout })
    .catch(() => {
      throw new Error(`the map's data did not arrive within ${timeout} ms`);
    });
  const token = await page.evaluate(() => {
    const map = window.__atlasMap;
    const mark = Math.random();
    map.once('idle', () => (window.__atlasIdle = mark));
    map.triggerRepaint();
    return mark;
  });
  const left = Math.max(1000, timeout - (Date.now() - started));
  await page
    .waitForFunction((mark) => window.__atlasIdle === mark, token, { timeout: left })
    .catch(async (error) => {
      const state = await page
        .evaluate(() => {
          const map = window.__atlasMap;
          return { loaded: map.loaded(), styleLoaded: map.isStyleLoaded(), tilesLoaded: map.areTilesLoaded(), moving: map.isMoving() };
        })
        .catch(() => 'unreadable');
      throw new Error(`the map did not settle within ${timeout} ms (${JSON.stringify(state)}): ${error.message.split('\n')[0]}`);
    });
}

/** Moves the camera without animation and waits for the map to settle. */
export async function jumpTo(page, center, zoom) {
  await page.evaluate(([c, z]) => window.__atlasMap.jumpTo({ center: c, zoom: z }), [center, zoom]);
  await waitForMapIdle(page);
}

/** Fits the camera to the given [lon, lat] points without animation and waits for the map to settle. */
export async function fitTo(page, points, { padding = 60, maxZoom = 11 } = {}) {
  await page.evaluate(
    ([pts, options]) => {
      let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const [lon, lat] of pts) [w, s, e, n] = [Math.min(w, lon), Math.min(s, lat), Math.max(e, lon), Math.max(n, lat)];
      window.__atlasMap.fitBounds(
        [
          [w, s],
          [e, n],
        ],
        { ...options, animate: false },
      );
    },
    [points, { padding, maxZoom }],
  );
  await waitForMapIdle(page);
}

/** Page coordinates of a [lon, lat] on the map canvas. */
export async function screenPoint(page, lngLat) {
  return page.evaluate((c) => {
    const p = window.__atlasMap.project(c);
    const rect = window.__atlasMap.getCanvas().getBoundingClientRect();
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, lngLat);
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

/**
 * A point on the screen where the arc of partnership `id` is drawn and nothing
 * else the user could click (no site, cluster or other arc) is: found by walking
 * the rendered line's vertices. Throws if the arc is not drawn anywhere clear.
 */
export async function arcPoint(page, id) {
  const point = await page.evaluate((arcId) => {
    const map = window.__atlasMap;
    const clickable = ['site-clusters', 'site-points', 'partnership-arcs-hit'];
    const rect = map.getCanvas().getBoundingClientRect();
    for (const feature of map.queryRenderedFeatures(undefined, { layers: ['partnership-arcs-hit'] })) {
      if (feature.properties.id !== arcId) continue;
      const lines = feature.geometry.type === 'MultiLineString' ? feature.geometry.coordinates : [feature.geometry.coordinates];
      for (const line of lines) {
        // From the middle outwards: the ends sit on the parties' points.
        const order = line.map((_, i) => i).sort((a, b) => Math.abs(a - line.length / 2) - Math.abs(b - line.length / 2));
        for (const i of order) {
          const p = map.project(line[i]);
          if (p.x < 40 || p.y < 40 || p.x > rect.width - 40 || p.y > rect.height - 40) continue;
          const hits = map.queryRenderedFeatures([p.x, p.y], { layers: clickable });
          if (hits.length > 0 && hits.every((h) => h.layer.id === 'partnership-arcs-hit' && h.properties.id === arcId))
            return { x: rect.left + p.x, y: rect.top + p.y };
        }
      }
    }
    return null;
  }, id);
  assert.ok(point, `arc of ${id} is drawn somewhere clear of other clickable features`);
  return point;
}

/** Clicks a site's point on the map canvas (zooming in first so it is not inside a cluster). */
export async function clickSiteOnMap(page, id) {
  const site = await siteRecord(page, id);
  await jumpTo(page, site.geometry.coordinates, 10.5);
  const point = await screenPoint(page, site.geometry.coordinates);
  await page.mouse.click(point.x, point.y);
  // Sites a few metres apart stay stacked at the highest zoom: the map then offers a list to pick from.
  const chooser = page.getByRole('dialog', { name: /sites here/ });
  const panelHeading = page.getByRole('heading', { level: 2, name: site.properties.name_en });
  await chooser.or(panelHeading).first().waitFor();
  if (await chooser.isVisible()) await chooser.getByRole('button', { name: site.properties.name_en }).click();
}

/** A site's feature as the running app's data source serves it. */
async function siteRecord(page, id) {
  const response = await page.request.get(new URL('data/sites.geojson', BASE_URL).toString());
  const feature = (await response.json()).features.find((f) => f.properties.id === id);
  assert.ok(feature, `site ${id} is in the served data`);
  return feature;
}

export async function siteCoordinates(page, id) {
  return (await siteRecord(page, id)).geometry.coordinates;
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
