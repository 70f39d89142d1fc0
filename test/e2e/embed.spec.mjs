// Embedding in Chromium: the demo portal (examples/portal.html) served on its own
// 127.0.0.1 port frames the atlas served on another (two origins), drives it
// through the host helper and reads what it posts back. Also: the API is off for
// an unlisted origin and without allowedOrigins; frame-ancestors is sent; the embed
// layout at four frame sizes; the share dialog.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe } from 'node:test';
import { preview } from 'vite';
import { BASE_URL, it, poll, renderedSites, screenshot, sharedBrowser, waitForMapIdle } from './driver.mjs';

const sites = JSON.parse(readFileSync('public/data/sites.geojson', 'utf8')).features.map((f) => ({
  ...f.properties,
  coordinates: f.geometry.coordinates,
}));
const partnerships = JSON.parse(readFileSync('public/data/partnerships.geojson', 'utf8')).features.map((f) => f.properties);
const baseConfig = JSON.parse(readFileSync('public/config.json', 'utf8'));
const ATLAS_ORIGIN = new URL(BASE_URL).origin;
const kz = sites.filter((s) => s.country === 'KZ');

/** The embed layout's map height for a frame width (src/app/EmbedLayout.tsx). */
const naturalMapHeight = (width) => Math.round(Math.min(720, Math.max(200, (width * 10) / 16)));

/**
 * The demo portal on its own origin, under the strict CSP a portal might have:
 * scripts only from itself and the atlas, frames only from the atlas, no inline script.
 */
async function servePortal(atlasOrigin = ATLAS_ORIGIN) {
  const files = { '/portal.html': 'text/html', '/portal.js': 'text/javascript', '/portal.css': 'text/css' };
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (!files[path]) return response.writeHead(404).end();
    response.writeHead(200, {
      'Content-Type': `${files[path]}; charset=utf-8`,
      'Content-Security-Policy': `default-src 'none'; script-src 'self' ${atlasOrigin}; style-src 'self'; frame-src ${atlasOrigin}; img-src data:; base-uri 'none'; form-action 'none'`,
    });
    response.end(readFileSync(`examples${path}`));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** Every site id the frame's map draws, expanding clusters. */
const renderedSiteIds = (frame) =>
  frame.evaluate(async () => {
    const map = window.__atlasMap;
    const ids = new Set();
    for (const f of map.queryRenderedFeatures(undefined, { layers: ['site-points', 'site-clusters'] })) {
      if (!f.properties.cluster) ids.add(f.properties.id);
      else for (const leaf of await map.getSource('sites').getClusterLeaves(f.properties.cluster_id, 1000, 0)) ids.add(leaf.properties.id);
    }
    return [...ids].sort();
  });

const events = (page, type) => page.evaluate((t) => window.atlasEvents.filter((e) => !t || e.type === t), type);

/** Waits for the next event of a type after `count` of them, and returns it. */
async function nextEvent(page, type, count, accept = () => true) {
  const found = await poll(
    () => events(page, type),
    (list) => list.slice(count).some((e) => accept(e.detail)),
    { message: `a ${type} event` },
  );
  return found.slice(count).find((e) => accept(e.detail)).detail;
}

describe('embedded in a portal', () => {
  const browser = sharedBrowser({ width: 1280, height: 900 });
  let portal;
  let rogue;
  /** What the atlas's config.json says in the current test. */
  let config;

  before(async () => {
    portal = await servePortal();
    rogue = await servePortal();
    await browser.context.route(new URL('config.json', BASE_URL).toString(), (route) => route.fulfill({ json: config }));
  });
  after(async () => {
    portal?.server.close();
    rogue?.server.close();
  });

  /** Opens the demo portal (on `host`) and returns the atlas's frame once its map has settled. */
  async function openPortal({ host = portal, allowed = [portal.origin], query = '&ui=filters,list,legend' } = {}) {
    config = { ...baseConfig, embed: { allowedOrigins: allowed } };
    const { page } = browser;
    await page.goto(`${host.origin}/portal.html?atlas=${encodeURIComponent(BASE_URL)}${query}`);
    const frame = await poll(() => page.frames().find((f) => f.url().startsWith(ATLAS_ORIGIN)), Boolean, { message: 'the atlas frame' });
    await waitForMapIdle(frame);
    return frame;
  }

  /** Reuses the open portal when the last test left it allowed and whole. */
  let current;
  async function allowedPortal() {
    if (!current || current.isDetached()) current = await openPortal();
    await browser.page.evaluate(() => Promise.all([window.atlas.setFilters({}), window.atlas.select()]));
    await waitForMapIdle(current);
    return current;
  }

  it('says ready with the counts of sites and partnerships, and sizes the frame to its content', async () => {
    const { page } = browser;
    current = await openPortal();
    const ready = await nextEvent(page, 'ready', 0);
    assert.equal(ready.apiVersion, 1);
    assert.deepEqual(ready.counts, { sites: sites.length, partnerships: partnerships.length });
    assert.equal(ready.state.counts.matchingSites, sites.length);
    assert.deepEqual(ready.state.selection, { site: null, partnership: null });

    // The helper sizes the frame to the height the atlas reports: its header plus the map at 16:10.
    const iframe = page.locator('#atlas iframe');
    const needed = await current.evaluate(() => document.querySelector('.embed-header').offsetHeight);
    const width = await iframe.evaluate((el) => el.clientWidth);
    const expected = needed + naturalMapHeight(width);
    await poll(
      () => iframe.evaluate((el) => el.clientHeight),
      (h) => h === expected,
      { message: `the frame is ${expected} px high` },
    );
    const overflow = await current.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    assert.ok(overflow <= 0, `nothing scrolls inside the frame (${overflow} px)`);
  });

  it('setFilters changes the map and the list; state follows; the frame grows with the chips row and shrinks back', async () => {
    const { page } = browser;
    const frame = await allowedPortal();
    const iframe = page.locator('#atlas iframe');
    const before = await iframe.evaluate((el) => el.clientHeight);
    const states = (await events(page, 'state')).length;

    const answer = await page.evaluate(() => window.atlas.setFilters({ country: ['KZ'] }));
    assert.deepEqual(answer.filters.country, ['KZ']);
    const state = await nextEvent(page, 'state', states, (s) => s.filters.country.join() === 'KZ' && s.counts);
    assert.equal(state.counts.matchingSites, kz.length);
    await frame.locator('.match-count').getByText(`${kz.length} of ${sites.length} sites`).waitFor();
    await waitForMapIdle(frame);
    assert.deepEqual(await renderedSiteIds(frame), kz.map((s) => s.id).sort());
    // The list in the Explore drawer.
    await frame.getByRole('button', { name: 'Explore' }).click();
    await frame.getByRole('tab', { name: /^Sites/ }).click();
    assert.equal(await frame.getByRole('grid', { name: 'Sites' }).getAttribute('aria-rowcount'), String(kz.length + 1));
    await frame.getByRole('button', { name: 'Close' }).click();
    // The chips row takes room, and the frame grows by it.
    await poll(
      () => iframe.evaluate((el) => el.clientHeight),
      (h) => h > before,
      { message: 'the frame grows' },
    );

    // A value the URL would drop is refused, and nothing changes.
    await assert.rejects(
      page.evaluate(() => window.atlas.setFilters({ sector: ['astrology'] })),
      /unknown value "astrology"/,
    );
    assert.equal(new URL(frame.url()).searchParams.get('country'), 'KZ');

    await page.evaluate(() => window.atlas.setFilters({}));
    await frame
      .getByText(`All ${sites.length} sites`)
      .waitFor({ state: 'detached' })
      .catch(() => {});
    await poll(
      () => iframe.evaluate((el) => el.clientHeight),
      (h) => h === before,
      { message: 'the frame shrinks back' },
    );
    await waitForMapIdle(frame);
    assert.equal((await renderedSites(frame)).total, sites.length);
  });

  it('select opens the card; a person clicking a site sends select and state', async () => {
    const { page } = browser;
    const frame = await allowedPortal();
    const pcmo = sites.find((s) => s.id === 'kr-pcmo');
    const answer = await page.evaluate(() => window.atlas.select({ site: 'kr-pcmo' }));
    assert.equal(answer.names.en, pcmo.name_en);
    const card = frame.locator('.embed-card');
    await card.getByRole('heading', { level: 2, name: pcmo.name_en }).waitFor();
    const full = card.getByRole('link', { name: /Full details in the full map/ });
    assert.equal(await full.getAttribute('target'), '_blank');
    const href = new URL(await full.getAttribute('href'));
    assert.equal(href.searchParams.get('site'), 'kr-pcmo');
    assert.equal(href.searchParams.has('embed'), false);
    await page.evaluate(() => window.atlas.select());
    await card.waitFor({ state: 'detached' });
    await assert.rejects(
      page.evaluate(() => window.atlas.select({ site: 'kr-nowhere' })),
      /no site "kr-nowhere"/,
    );

    // A person clicks a site on the map in the frame.
    const selects = (await events(page, 'select')).length;
    const states = (await events(page, 'state')).length;
    const aktobe = sites.find((s) => s.region === 'KZ-15');
    await frame.evaluate((c) => window.__atlasMap.jumpTo({ center: c, zoom: 9 }), aktobe.coordinates);
    await waitForMapIdle(frame);
    const box = await page.locator('#atlas iframe').boundingBox();
    const point = await frame.evaluate((c) => {
      const p = window.__atlasMap.project(c);
      const rect = window.__atlasMap.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    }, aktobe.coordinates);
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const selected = await nextEvent(page, 'select', selects);
    assert.deepEqual({ kind: selected.kind, id: selected.id, en: selected.names.en }, { kind: 'site', id: aktobe.id, en: aktobe.name_en });
    if (aktobe.name_kk) assert.equal(selected.names.kk, aktobe.name_kk);
    await nextEvent(page, 'state', states, (s) => s.selection.site === aktobe.id);
    await frame.locator('.embed-card').getByRole('heading', { level: 2, name: aktobe.name_en }).waitFor();
    await screenshot(page, 'embed-portal');
  });

  it('flyTo moves the map, getState answers, setLanguage switches the interface', async () => {
    const { page } = browser;
    const frame = await allowedPortal();
    await page.evaluate(() => window.atlas.flyTo({ lon: 69.6, lat: 42.32, zoom: 8 }));
    const view = await poll(
      () =>
        frame.evaluate(() => ({
          moving: window.__atlasMap.isMoving(),
          zoom: window.__atlasMap.getZoom(),
          center: window.__atlasMap.getCenter().toArray(),
        })),
      (v) => !v.moving && Math.abs(v.zoom - 8) < 0.01,
      { message: 'the map flies to Shymkent' },
    );
    assert.ok(Math.abs(view.center[0] - 69.6) < 0.01 && Math.abs(view.center[1] - 42.32) < 0.01, JSON.stringify(view));
    const state = await poll(
      () => page.evaluate(() => window.atlas.getState()),
      (s) => s.view?.zoom === 8,
      { message: 'getState reports the new view' },
    );
    assert.match(state.url, /#8\/42\.32\/69\.6$/);
    assert.equal(new URL(state.url).searchParams.has('embed'), false);

    await page.evaluate(() => window.atlas.flyTo({ bounds: [124.5, 33, 130, 38.7] }));
    await poll(() => frame.evaluate(() => !window.__atlasMap.isMoving() && window.__atlasMap.getBounds().contains([127.5, 36])), Boolean, {
      message: 'the map frames Korea',
    });
    // setLanguage switches the frame's interface and reports it; back to English for the tests after this one.
    // MapLibre reads its locale only when built, so each switch builds a new map: wait for it before reading the map.
    const newMap = async () => {
      await poll(() => frame.evaluate(() => Boolean(window.__atlasMap && !window.__atlasMap.replaced)), Boolean, {
        message: 'the map built anew',
      });
      await waitForMapIdle(frame);
    };
    const markMap = () => frame.evaluate(() => void (window.__atlasMap.replaced = true));
    const states = (await events(page, 'state')).length;
    await markMap();
    assert.deepEqual(await page.evaluate(() => window.atlas.setLanguage('ko')), { language: 'ko' });
    await poll(
      () => frame.evaluate(() => document.documentElement.lang),
      (lang) => lang === 'ko',
      { message: 'the frame is in Korean' },
    );
    await frame.getByRole('link', { name: /전체 지도/ }).waitFor();
    await nextEvent(page, 'state', states, (s) => s.language === 'ko');
    await newMap();
    await assert.rejects(
      page.evaluate(() => window.atlas.setLanguage('fr')),
      /setLanguage/,
    );
    await markMap();
    await page.evaluate(() => window.atlas.setLanguage('en'));
    await frame.getByRole('link', { name: /Open full map/ }).waitFor();
    await newMap();
    await assert.rejects(
      page.evaluate(() => window.atlas.flyTo({ lon: 500, lat: 0 })),
      /flyTo/,
    );
  });

  it('ignores malformed messages: no exception, no change, an error answer when asked', async () => {
    const { page } = browser;
    const frame = await allowedPortal();
    const search = new URL(frame.url()).search;
    const states = (await events(page, 'state')).length;
    const answers = await page.evaluate(
      async ([origin]) => {
        const target = document.querySelector('#atlas iframe').contentWindow;
        const envelope = { source: 'biocluster-atlas', v: 1 };
        for (const junk of [
          null,
          'setFilters',
          42,
          [1, 2],
          { ...envelope, type: 'setFilters' },
          { ...envelope, type: 'setFilters', payload: { country: 'XX' } },
          { ...envelope, type: 'select', payload: { site: '<img src=x onerror=alert(1)>' } },
          { ...envelope, type: 'flyTo', payload: { lon: 'east' } },
          { ...envelope, v: 2, type: 'setFilters', payload: { country: ['KZ'] } },
          { ...envelope, source: 'someone-else', type: 'setFilters', payload: { country: ['KZ'] } },
          { ...envelope, type: 'reload', payload: {} },
          { ...envelope, type: 'setFilters', payload: { country: ['KZ'] }, requestId: { toString: null } },
          { ...envelope, type: 'setFilters', payload: { q: 'x'.repeat(100000) } },
        ])
          target.postMessage(junk, origin);
        // One malformed command that asks for an answer gets one, saying why.
        return new Promise((resolve) => {
          const onMessage = (event) => {
            if (event.data?.type === 'response' && event.data.requestId === 'bad-1') {
              window.removeEventListener('message', onMessage);
              resolve(event.data);
            }
          };
          window.addEventListener('message', onMessage);
          target.postMessage({ ...envelope, type: 'setFilters', payload: { country: ['Korea'] }, requestId: 'bad-1' }, origin);
        });
      },
      [ATLAS_ORIGIN],
    );
    assert.equal(answers.ok, false);
    assert.match(answers.error, /unknown value "Korea"/);
    // A command after them is answered as usual: the atlas is intact, and nothing changed.
    const state = await page.evaluate(() => window.atlas.getState());
    assert.deepEqual(state.filters.country, []);
    assert.equal(state.selection.site, null);
    assert.equal(new URL(frame.url()).search, search);
    // (A state event may still report the view settling from the last test; none reports filters or a selection.)
    for (const { detail } of (await events(page, 'state')).slice(states)) {
      assert.deepEqual([detail.filters.country, detail.filters.sector, detail.selection.site], [[], [], null]);
    }
    assert.equal(await frame.locator('.embed-card, .global-error, [role="alert"]').count(), 0);
  });

  it('never hijacks the page: a plain wheel scrolls the portal and leaves the map; Ctrl + wheel zooms it', async () => {
    const { page } = browser;
    const frame = await allowedPortal();
    // The spoken hint MapLibre's overlay does not give.
    const region = frame.getByRole('region', { name: 'Map of sites and partnerships', exact: true });
    assert.match(
      await region.getAttribute('aria-describedby').then((id) => frame.locator(`[id="${id}"]`).innerText()),
      /hold Ctrl and scroll to zoom/,
    );

    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await page.locator('#atlas iframe').boundingBox();
    const zoom = await frame.evaluate(() => window.__atlasMap.getZoom());
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 300);
    await poll(
      () => page.evaluate(() => window.scrollY),
      (y) => y > 0,
      { message: 'the portal scrolls' },
    );
    await waitForMapIdle(frame);
    assert.equal(await frame.evaluate(() => window.__atlasMap.getZoom()), zoom, 'the map did not zoom');

    const after = await page.locator('#atlas iframe').boundingBox();
    await page.mouse.move(after.x + after.width / 2, after.y + after.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await poll(
      () => frame.evaluate(() => window.__atlasMap.getZoom()),
      (z) => z > zoom,
      { message: 'Ctrl + wheel zooms the map' },
    );
  });

  it('gives a page on an origin not in allowedOrigins no answer, and it changes nothing', async () => {
    const { page } = browser;
    current = undefined;
    const frame = await openPortal({ host: rogue, allowed: [portal.origin], query: '&ui=filters,list,legend&timeout=3000' });
    await assert.rejects(
      page.evaluate(() => window.atlas.setFilters({ country: ['KZ'] })),
      /embed\.allowedOrigins/,
    );
    await page.evaluate(() =>
      document
        .querySelector('#atlas iframe')
        .contentWindow.postMessage({ source: 'biocluster-atlas', v: 1, type: 'select', payload: { site: 'kr-pcmo' } }, '*'),
    );
    assert.deepEqual(await events(page), [], 'no ready, resize, state or answer');
    assert.equal(new URL(frame.url()).searchParams.has('country'), false);
    assert.equal(new URL(frame.url()).searchParams.has('site'), false);
    await waitForMapIdle(frame);
    assert.equal((await renderedSites(frame)).total, sites.length);
  });

  it('keeps the API off when config.json lists no allowedOrigins', async () => {
    const { page } = browser;
    const frame = await openPortal({ allowed: [], query: '&ui=filters,list,legend&timeout=3000' });
    await assert.rejects(
      page.evaluate(() => window.atlas.getState()),
      /did not say it was ready/,
    );
    await page.evaluate(() =>
      document
        .querySelector('#atlas iframe')
        .contentWindow.postMessage({ source: 'biocluster-atlas', v: 1, type: 'setFilters', payload: { country: ['KZ'] } }, '*'),
    );
    assert.deepEqual(await events(page), []);
    await waitForMapIdle(frame);
    assert.equal((await renderedSites(frame)).total, sites.length);
  });

  it('is shown only in frames frame-ancestors allows: the header is sent, and another policy blocks the portal', async () => {
    const { page } = browser;
    const response = await page.request.get(BASE_URL);
    assert.match(response.headers()['content-security-policy'], /default-src 'self'.*; frame-ancestors 'self' http:\/\/127\.0\.0\.1:\*$/);
    // The same build served with the default list ('self' only): the portal may not frame it.
    const saved = process.env.ATLAS_FRAME_ANCESTORS;
    delete process.env.ATLAS_FRAME_ANCESTORS;
    const strict = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
    if (saved !== undefined) process.env.ATLAS_FRAME_ANCESTORS = saved;
    try {
      const strictBase = `http://127.0.0.1:${strict.httpServer.address().port}/`;
      browser.allow({ cspViolations: [/frame-ancestors/] });
      const blocked = await servePortal(new URL(strictBase).origin);
      try {
        const headers = (await page.request.get(strictBase)).headers();
        assert.match(headers['content-security-policy'], /; frame-ancestors 'self'$/);
        await page.goto(`${blocked.origin}/portal.html?atlas=${encodeURIComponent(strictBase)}`);
        // Chromium replaces a frame its ancestors may not show with an error page: the atlas never runs there.
        const frame = await poll(() => page.frames().find((f) => f !== page.mainFrame()), Boolean, { message: 'the frame' });
        await poll(
          () => frame.url(),
          (url) => url.startsWith('chrome-error:'),
          { message: 'the frame is refused' },
        );
        assert.equal(
          page.frames().some((f) => f.url().startsWith(strictBase)),
          false,
        );
      } finally {
        blocked.server.close();
      }
    } finally {
      await strict.close();
    }
  });
});

describe('the embed layout and the share dialog', () => {
  const browser = sharedBrowser();

  const sizes = [
    { width: 320, height: 240, query: '?embed=1' },
    { width: 640, height: 420, query: '?embed=1&site=kr-songdo-bio-cluster' },
    { width: 800, height: 600, query: '?embed=1&ui=search,filters,list,timeline,legend,summary,export&country=KR&sector=vaccines,mrna' },
    { width: 1200, height: 800, query: `?embed=1&ui=filters,list,legend&partnership=${partnerships[0].id}` },
  ];
  it("keeps the timeline's place from the first paint: the frame's map is drawn at one height", async () => {
    const { context } = browser;
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width: 800, height: 600 });
      // Every height the map area and the timeline have, frame by frame, from the first paint.
      await page.addInitScript(() => {
        window.__heights = [];
        const tick = () => {
          const map = document.querySelector('.map-area');
          const timeline = document.querySelector('.embed-timeline');
          if (map) {
            const seen = `${Math.round(map.getBoundingClientRect().height)}/${Math.round(timeline?.getBoundingClientRect().height ?? 0)}`;
            if (window.__heights.at(-1) !== seen) window.__heights.push(seen);
          }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      await page.goto(new URL('?embed=1&ui=timeline,legend', BASE_URL).toString());
      await waitForMapIdle(page);
      await page.locator('.embed-timeline .timeline:not(.timeline-pending)').waitFor();
      const heights = await page.evaluate(() => window.__heights);
      assert.equal(heights.length, 1, `map/timeline heights over the load: ${heights.join(', ')}`);
    } finally {
      await page.close();
    }
  });

  for (const { width, height, query } of sizes) {
    it(`fits a ${width}×${height} frame: header, map, full-map link, nothing overflowing`, async () => {
      const { page } = browser;
      await page.setViewportSize({ width, height });
      await page.goto(new URL(query, BASE_URL).toString());
      await waitForMapIdle(page);
      const layout = await page.evaluate(() => ({
        header: document.querySelector('.embed-header').getBoundingClientRect().height,
        map: document.querySelector('.map-area').getBoundingClientRect().height,
        scrollWidth: document.documentElement.scrollWidth,
        scrollHeight: document.documentElement.scrollHeight,
        title: document.querySelector('.embed-title').textContent,
      }));
      assert.equal(layout.title, 'BioCluster Atlas');
      assert.ok(layout.scrollWidth <= width && layout.scrollHeight <= height, `no scrolling in the frame: ${JSON.stringify(layout)}`);
      assert.ok(layout.map >= height - layout.header - 130, `the map fills the frame: ${JSON.stringify(layout)}`);
      const link = page.getByRole('link', { name: /Open full map/ });
      assert.equal(await link.getAttribute('target'), '_blank');
      assert.match(await link.getAttribute('rel'), /noopener/);
      const href = new URL(await link.getAttribute('href'));
      assert.equal(href.searchParams.has('embed') || href.searchParams.has('ui'), false);
      // The legend is folded; a selected record opens as a card.
      assert.equal(await page.getByRole('button', { name: /Legend/ }).getAttribute('aria-expanded'), 'false');
      if (query.includes('site=') || query.includes('partnership=')) await page.locator('.embed-card h2').waitFor();
      if (query.includes('ui=search')) {
        await page.getByRole('button', { name: 'Explore' }).click();
        await page.getByRole('tab', { name: 'Filters' }).waitFor();
      }
      await screenshot(page, `embed-${width}x${height}`);
    });
  }

  it('reads every URL parameter in embed mode as the full atlas does, and hands them all to Open full map', async () => {
    const { page } = browser;
    const filters =
      'country=KR&region=KR-46&sector=vaccines,mrna&kind=facility,zone&status=operating,under_construction&from=2020&to=2030&q=Hwasun';
    const rest = 'sort=-partnerships&inview=true&pkind=mou&pyear=2022&pair=KR-KZ&site=kr-pcmo';
    const hash = '#9/35.06/126.99';
    /** The sites the filters leave on the map, whatever its size: framed on all of them, clusters expanded. */
    const matchingSiteIds = async () => {
      await page.evaluate(() => window.__atlasMap.jumpTo({ center: [95, 42], zoom: 1.5 }));
      await waitForMapIdle(page);
      return renderedSiteIds(page);
    };

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(new URL(`?${filters}&${rest}${hash}`, BASE_URL).toString());
    await waitForMapIdle(page);
    const inFullAtlas = await matchingSiteIds();
    assert.ok(inFullAtlas.length > 0 && inFullAtlas.length < sites.length, `the filters match some sites: ${inFullAtlas}`);

    await page.setViewportSize({ width: 640, height: 420 });
    await page.goto(new URL(`?embed=1&ui=filters,list&${filters}&${rest}${hash}`, BASE_URL).toString());
    await waitForMapIdle(page);
    // The view from the hash, the record from site=, one chip per filter value, nothing dropped from the address.
    const view = await page.evaluate(() => ({ zoom: window.__atlasMap.getZoom(), center: window.__atlasMap.getCenter().toArray() }));
    assert.ok(
      Math.abs(view.zoom - 9) < 0.01 && Math.abs(view.center[0] - 126.99) < 0.01 && Math.abs(view.center[1] - 35.06) < 0.01,
      JSON.stringify(view),
    );
    await page
      .locator('.embed-card')
      .getByRole('heading', { level: 2, name: sites.find((s) => s.id === 'kr-pcmo').name_en })
      .waitFor();
    for (const chip of ['Sector: Vaccines', 'Sector: mRNA', 'Country: Republic of Korea'])
      await page.getByText(chip, { exact: true }).waitFor();
    const kept = new URL(page.url()).searchParams;
    for (const [key, value] of new URLSearchParams(`${filters}&${rest}`)) assert.equal(kept.get(key), value, `${key} is kept`);
    const full = new URL(await page.getByRole('link', { name: /Open full map/ }).getAttribute('href'));
    for (const [key, value] of new URLSearchParams(`${filters}&${rest}`))
      assert.equal(full.searchParams.get(key), value, `Open full map keeps ${key}`);
    assert.equal(full.searchParams.has('embed') || full.searchParams.has('ui'), false);
    assert.match(full.hash, /^#9\/35\.06\/126\.99/);

    await page.evaluate(() => window.__atlasMap.jumpTo({ center: [95, 42], zoom: 1.5 }));
    assert.deepEqual(await matchingSiteIds(), inFullAtlas, 'the embed draws the sites the full atlas draws');
  });

  it('shares the view: a link with copy, embed code for each option, a live preview; focus trapped and returned', async () => {
    const { page, context } = browser;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(new URL('?country=KZ#5/45/70', BASE_URL).toString());
    await waitForMapIdle(page);
    const share = page.getByRole('button', { name: 'Share' });
    await share.click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    const link = dialog.getByRole('textbox', { name: 'Link to this view' });
    assert.equal(await link.evaluate((el) => el === document.activeElement), true, 'focus starts on the link');
    const shared = new URL(await link.inputValue());
    assert.equal(shared.searchParams.get('country'), 'KZ');
    assert.match(shared.hash, /^#\d/);
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await dialog.getByText('Copied to the clipboard.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shared.toString());

    // Tab never leaves the dialog.
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => {
        const active = document.activeElement;
        return active === document.body || Boolean(active?.closest('dialog'));
      });
      assert.ok(inside, `Tab ${i + 1} stays in the dialog`);
    }

    await dialog.getByRole('tab', { name: 'Embed' }).click();
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    let snippet = await code.inputValue();
    assert.match(
      snippet,
      /^<iframe src="[^"]*\?country=KZ&amp;embed=1" title="BioCluster Atlas: [^"]+" height="420" style="display: block; width: 100%; height: 420px; border: 0;" loading="lazy" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin"><\/iframe>$/,
    );
    await dialog.getByRole('checkbox', { name: 'Filters' }).check();
    await dialog.getByRole('checkbox', { name: 'Keep the current map view' }).check();
    await dialog.getByRole('radio', { name: 'Fixed' }).check();
    await dialog.getByRole('spinbutton', { name: 'Width (px)' }).fill('800');
    snippet = await code.inputValue();
    assert.match(snippet, /embed=1&amp;ui=filters,legend#5\/45\/70" /);
    assert.match(snippet, / width="800" height="420" /);
    // The preview shows the embed at that size, scaled into the dialog.
    const preview = page.frameLocator('.share-preview iframe');
    await preview.getByRole('link', { name: /Open full map/ }).waitFor();
    await preview.getByRole('button', { name: 'Explore' }).waitFor();
    await screenshot(page, 'share-dialog');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await share.evaluate((el) => el === document.activeElement), true, 'focus returns to Share');
    assert.equal(new URL(page.url()).searchParams.get('country'), 'KZ', 'Escape closed only the dialog');
  });
});
