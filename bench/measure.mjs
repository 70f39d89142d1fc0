// One measured page load in a fresh Chromium: the atlas or a reference page, from
// navigation to settled map, then memory, a sector filter and (atlas) a search
// keystroke. Everything is timed in the page (performance.now(), from navigation
// start) by the probe; this file drives the page and collects the numbers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { installProbe } from './probe.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VIEWPORT = { width: 1280, height: 800 };
export const FILTER_SECTOR = { value: 'vaccines', label: 'Vaccines' };
/** The search keystroke: one letter, narrowing the (filtered) list without emptying it. */
export const SEARCH_KEY = 'z';

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
  // Answer measureUserAgentSpecificMemory() at once instead of at the next natural GC.
  '--enable-blink-features=ForceEagerMeasureMemory',
];

export const PAGES = {
  bare: { path: 'bench/bare.html', probe: {}, dataFiles: 1 },
  leaflet: { path: 'bench/leaflet.html', probe: { paintRoot: '.leaflet-map-pane', canvas2d: true }, dataFiles: 1 },
  atlas: { path: '', probe: {}, dataFiles: 2 },
};
/** Every load must yield these numbers (the smoke run fails otherwise). */
const COMMON = ['settled', 'firstContentfulPaint', 'bytesBeforeFirstPaint', 'bytesUntilSettled', 'heapMain', 'memoryAll', 'filterSettled'];
const REQUIRED = {
  bare: COMMON,
  leaflet: COMMON,
  atlas: [...COMMON, 'dataUsable', 'countsShown', 'firstRowShown', 'filterCountShown', 'searchListUpdated', 'searchLongestTask', 'searchInputToPaint'],
};
const DATA_PATTERN = '/data/(sites|partnerships)\\.geojson$';

/** Digits of `n` allowing any thousands separator, for matching shown counts. */
const numberPattern = (n) => String(n).split('').join('[\\s,.\\u00a0\\u202f]?');

class MeasureError extends Error {}

/** In the page, from its first line: clicks the Sites tab the moment it exists. */
function clickSitesTabWhenThere() {
  const click = () => {
    const tab = [...document.querySelectorAll('[role="tab"]')].find((t) => /^Sites/.test(t.textContent ?? ''));
    if (!tab) return false;
    window.__benchSitesTabClicked = performance.now();
    tab.click();
    return true;
  };
  new MutationObserver((_, observer) => click() && observer.disconnect()).observe(document, { childList: true, subtree: true });
}

async function step(label, promise, crashed) {
  try {
    return await (crashed ? Promise.race([promise, crashed]) : promise);
  } catch (error) {
    throw new MeasureError(`${label}: ${error.message.split('\n')[0]}`);
  }
}

/**
 * Measures `kind` ("bare", "leaflet", "atlas") on one case. `expect` holds what the
 * page must show: { sites, partnerships, filtered } (filtered: sites with FILTER_SECTOR).
 * Returns the metrics and a list of problems (a measurement that could not be taken).
 */
export async function measurePage({ kind, caseUrl, expect, mapSize, quietMs = 750, timeoutMs, screenshot, servedSince }) {
  const spec = PAGES[kind];
  const profile = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const watches =
    kind === 'atlas'
      ? [
          { name: 'counts', selector: '.data-status', pattern: `${numberPattern(expect.sites)} sites` },
          { name: 'firstRow', selector: '[role="grid"] [role="row"][aria-rowindex="2"]', pattern: '\\S' },
        ]
      : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    viewport: VIEWPORT,
  });
  const result = { kind, problems: [], pageErrors: [] };
  try {
    await context.addInitScript(installProbe, { ...spec.probe, watches });
    // The Sites tab is not in the URL: a reader who wants the list clicks it as soon as it is there. A DOM click from
    // inside the page, handled when the page gets to it (as a person's click would be), rather than Playwright's
    // click, which first waits for the tab to hold still over two animation frames: on a page drawing a map in
    // software that wait alone took up to a second, and measured Playwright more than the atlas.
    if (kind === 'atlas') await context.addInitScript(clickSitesTabWhenThere);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => result.pageErrors.push(error.message.slice(0, 300)));
    // An uncaught error ends the run at once instead of waiting for a map that may never settle.
    let failed;
    const crashed = new Promise((_, reject) => (failed = reject));
    crashed.catch(() => {});
    const guarded = (label, promise) => step(label, promise, crashed);
    page.on('pageerror', (error) => failed(new Error(`uncaught error in the page: ${error.message.split('\n')[0]}`)));
    const requests = [];
    page.on('requestfinished', async (request) => {
      const timing = request.timing();
      const sizes = await request.sizes().catch(() => null);
      if (!sizes) return;
      // Chromium reports no body size for worker scripts; our server always sends Content-Length.
      const length = Number((await request.response().catch(() => null))?.headers()['content-length'] ?? 0);
      const body = Math.max(sizes.responseBodySize, length);
      requests.push({ url: request.url(), end: timing.startTime + timing.responseEnd, bytes: body + sizes.responseHeadersSize });
    });
    const query = kind === 'atlas' ? '' : `?w=${mapSize.width}&h=${mapSize.height}`;
    const navigationEpoch = Date.now();
    await guarded('navigation', page.goto(`${caseUrl}${spec.path}${query}`, { waitUntil: 'commit', timeout: timeoutMs }));
    const probe = (fn, arg) => page.evaluate(fn, arg);

    const openSites =
      kind === 'atlas'
        ? guarded('open the Sites tab', page.waitForFunction(() => window.__benchSitesTabClicked, undefined, { polling: 100, timeout: timeoutMs }))
        : null;
    openSites?.catch(() => {}); // awaited below; this only keeps an early failure elsewhere from leaving it unhandled

    // Settled after the data files arrived, as seen on the network (for every page alike, whichever thread fetched them).
    const dataEndEpoch = () => {
      const data = requests.filter((r) => new RegExp(DATA_PATTERN).test(new URL(r.url).pathname));
      if (data.length >= spec.dataFiles) return Math.max(...data.map((r) => r.end));
      // The browser can miss a dedicated worker's early fetch (it attaches to the worker after the fetch began):
      // then the server's own record of when it finished sending each data file stands in.
      const sent = servedSince?.(navigationEpoch, new RegExp(DATA_PATTERN)) ?? [];
      return sent.length < spec.dataFiles ? null : Math.max(...sent.map((r) => r.end));
    };
    const load = await guarded(
      'map settled after load',
      (async () => {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const end = dataEndEpoch();
          const settled = end === null ? null : await probe(([q, e]) => window.__benchProbe.settledAfter(0, q, null, 1, e), [quietMs, end]);
          if (settled) return settled;
          if (Date.now() > deadline) throw new Error(`not settled within ${timeoutMs} ms: ${await probe((e) => window.__benchProbe.why(e), end).catch(() => 'no probe')}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      })(),
    );
    result.settled = load.settled;
    result.dataEnd = load.dataEnd;

    if (kind === 'atlas') {
      result.sitesTabClicked = await (await openSites).jsonValue();
      const shown = await guarded(
        'counts and first list row shown',
        page
          .waitForFunction(() => {
            const w = window.__benchProbe.state.watches;
            return w.counts.at && w.firstRow.at ? { counts: w.counts.at, firstRow: w.firstRow.at } : null;
          }, undefined, { polling: 100, timeout: timeoutMs })
          .then((h) => h.jsonValue()),
      );
      result.countsShown = shown.counts;
      result.firstRowShown = shown.firstRow;
      result.dataUsable = Math.max(shown.counts, shown.firstRow);
    }

    const timeOrigin = await probe(() => performance.timeOrigin);
    // The first contentful paint is reported when the frame is presented, which can be after the last draw.
    const fcp = await guarded(
      'first contentful paint',
      page
        .waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, undefined, { polling: 50, timeout: 10_000 })
        .then((h) => h.jsonValue()),
    );
    result.firstContentfulPaint = fcp;
    const relative = requests.map((r) => ({ ...r, end: r.end - timeOrigin }));
    result.bytesBeforeFirstPaint = fcp == null ? null : relative.filter((r) => r.end <= fcp).reduce((sum, r) => sum + r.bytes, 0);
    result.bytesUntilSettled = relative.filter((r) => r.end <= result.settled).reduce((sum, r) => sum + r.bytes, 0);
    // The request waterfall up to settled (path, end in ms from navigation start, bytes): shows what waits for what.
    result.requests = relative
      .filter((r) => r.end <= result.settled)
      .sort((a, b) => a.end - b.end)
      .map((r) => ({ path: new URL(r.url).pathname.replace(/^\/c\/[\w-]+\//, ''), end: Math.round(r.end), bytes: r.bytes }));
    result.longTasksUntilSettled = await probe((end) => {
      const tasks = window.__benchProbe.state.longTasks.filter((t) => t.start < end);
      return { count: tasks.length, total: tasks.reduce((s, t) => s + t.end - t.start, 0), max: tasks.reduce((m, t) => Math.max(m, t.end - t.start), 0) };
    }, result.settled);

    result.view = await probe(() => {
      const map = window.__atlasMap ?? window.__benchMap;
      const c = map.getCenter();
      // Leaflet counts zoom in 256 px tiles, MapLibre in 512 px.
      return { zoom: map.getZoom() - (window.L && map instanceof window.L.Map ? 1 : 0), center: [c.lng, c.lat] };
    });
    result.shownOnMap = await probe(countShownSites);
    if (result.shownOnMap !== expect.sites) result.problems.push(`the map shows ${result.shownOnMap} sites, expected ${expect.sites}`);
    if (screenshot) await page.screenshot({ path: screenshot });
    if (kind !== 'leaflet') result.style = await probe(mapStyleSummary);

    // Memory after a full garbage collection: the main thread's JS heap, then every isolate (workers too).
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    result.heapMain = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const crossOriginIsolated = await probe(() => crossOriginIsolated);
    if (!crossOriginIsolated) result.problems.push('the page is not cross-origin isolated');
    result.memoryAll = await guarded(
      'measureUserAgentSpecificMemory',
      probe(() => performance.measureUserAgentSpecificMemory().then((m) => m.bytes)),
    ).catch((error) => (result.problems.push(error.message), null));

    // Filter: one sector ticked (atlas: its checkbox; references: their filter function), until the map settles again.
    if (kind === 'atlas') {
      await guarded('open the Filters tab', page.getByRole('tab', { name: /^Filters/ }).click({ timeout: 10_000 }));
      await probe(
        ([pattern]) => window.__benchProbe.watch('filterCount', '.match-count', pattern),
        [`^\\s*${numberPattern(expect.filtered)} of ${numberPattern(expect.sites)} sites`],
      );
      await guarded('tick a sector', page.getByRole('checkbox', { name: new RegExp(`^${FILTER_SECTOR.label}\\b`) }).click({ timeout: 10_000 }));
      result.filterStart = await probe(() => window.__benchProbe.state.lastClick);
      result.filterCountShown =
        (await guarded(
          'filtered count shown',
          page.waitForFunction(() => window.__benchProbe.state.watches.filterCount.at || null, undefined, { polling: 50, timeout: timeoutMs }).then((h) => h.jsonValue()),
        )) - result.filterStart;
    } else {
      const { start, kept } = await probe((sector) => {
        const start = performance.now();
        return { start, kept: window.benchFilterSector(sector) };
      }, FILTER_SECTOR.value);
      result.filterStart = start;
      if (kept !== expect.filtered) result.problems.push(`the filter kept ${kept} sites, expected ${expect.filtered}`);
    }
    const filtered = await guarded(
      'map settled after the filter',
      page
        .waitForFunction(([since, q]) => window.__benchProbe.settledAfter(since, q), [result.filterStart, quietMs], { polling: 100, timeout: timeoutMs })
        .then((h) => h.jsonValue()),
    );
    result.filterSettled = filtered.settled - result.filterStart;
    const filteredShown = await probe(countShownSites);
    if (filteredShown !== expect.filtered) result.problems.push(`after the filter the map shows ${filteredShown} sites, expected ${expect.filtered}`);

    // Search (atlas): one keystroke in the search box until the list shows the new result.
    if (kind === 'atlas') {
      await guarded('open the Sites tab again', page.getByRole('tab', { name: /^Sites/ }).click({ timeout: 10_000 }));
      const search = page.getByRole('searchbox');
      await guarded('focus the search box', search.focus({ timeout: 10_000 }));
      const before = await page.locator('.match-count').textContent();
      await probe(([text]) => window.__benchProbe.watch('search', '.match-count', '\\d', text), [before]);
      await page.keyboard.press(SEARCH_KEY);
      const keyAt = await probe(() => window.__benchProbe.state.lastKey);
      const listed = await guarded(
        'list updated after a keystroke',
        page
          .waitForFunction(() => {
            const w = window.__benchProbe.state.watches.search;
            return w.at && document.querySelector('[role="grid"] [role="row"][aria-rowindex="2"]') ? { at: w.at, text: w.text } : null;
          }, undefined, { polling: 50, timeout: timeoutMs })
          .then((h) => h.jsonValue()),
      );
      result.searchListUpdated = listed.at - keyAt;
      result.searchResult = listed.text.trim();
      const blocking = await probe(
        ([from, to]) => {
          const { longTasks, events } = window.__benchProbe.state;
          const tasks = longTasks.filter((t) => t.end > from && t.start < to);
          const input = events.filter((e) => e.start >= from - 1 && e.start < to && /^(keydown|keypress|keyup|input|beforeinput)$/.test(e.name));
          return {
            longestTask: tasks.reduce((m, t) => Math.max(m, t.end - t.start), 0),
            longTaskTotal: tasks.reduce((s, t) => s + t.end - t.start, 0),
            // Event Timing: from the key press to the next frame painted after its handlers (only entries over 16 ms are reported).
            inputDelayToPaint: input.reduce((m, e) => Math.max(m, e.duration), 0),
          };
        },
        [keyAt, listed.at + 200],
      );
      result.searchLongestTask = blocking.longestTask;
      result.searchLongTaskTotal = blocking.longTaskTotal;
      result.searchInputToPaint = blocking.inputDelayToPaint;
    }
  } catch (error) {
    result.problems.push(error instanceof MeasureError ? error.message : `unexpected: ${error.stack ?? error}`);
  } finally {
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
  if (result.pageErrors.length) result.problems.push(`page errors: ${result.pageErrors.slice(0, 3).join(' | ')}`);
  const missing = REQUIRED[kind].filter((metric) => !Number.isFinite(result[metric]));
  if (missing.length && result.problems.length === 0) result.problems.push(`not measured: ${missing.join(', ')}`);
  return result;
}

/** Sites the map shows right now: unclustered points plus the counts of drawn clusters. Runs in the page. */
function countShownSites() {
  const map = window.__atlasMap ?? window.__benchMap;
  if (window.L && map instanceof window.L.Map) {
    let total = 0;
    const bounds = map.getBounds();
    map.eachLayer((layer) => {
      if (layer instanceof window.L.MarkerCluster) {
        if (bounds.contains(layer.getLatLng())) total += layer.getChildCount();
      } else if (layer instanceof window.L.CircleMarker && layer.feature && bounds.contains(layer.getLatLng())) total += 1;
    });
    return total;
  }
  const points = new Set();
  const clusters = new Map();
  for (const f of map.queryRenderedFeatures(undefined, { layers: ['site-points', 'site-clusters'] })) {
    if (f.properties.cluster) clusters.set(f.properties.cluster_id, f.properties.point_count);
    else points.add(f.properties.id);
  }
  let clustered = 0;
  for (const count of clusters.values()) clustered += count;
  return points.size + clustered;
}

/** What must match between the atlas and the bare page: base layers, site layers, cluster options. Runs in the page. */
function mapStyleSummary() {
  const map = window.__atlasMap ?? window.__benchMap;
  const style = map.getStyle();
  const wanted = ['water', 'land', 'borders', 'country-labels', 'place-dots', 'place-labels', 'site-clusters', 'site-cluster-counts', 'site-points'];
  const layers = style.layers
    .filter((l) => wanted.includes(l.id))
    .map((l) => {
      const paint = { ...l.paint };
      // The atlas grows a point on hover (feature-state); the reference has no hover.
      if (l.id === 'site-points') delete paint['circle-radius'];
      return { id: l.id, type: l.type, filter: l.filter, layout: l.layout, paint, minzoom: l.minzoom, maxzoom: l.maxzoom };
    });
  const sites = Object.values(style.sources).find((s) => s.cluster) ?? {};
  return JSON.stringify({ layers, cluster: { radius: sites.clusterRadius, maxZoom: sites.clusterMaxZoom }, fontFaces: style['font-faces'] });
}
