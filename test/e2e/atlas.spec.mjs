// The built atlas in Chromium: every site and partnership rendered on the
// offline map, panels opened by clicking sites and arcs, stacked sites offered
// in a list, arcs dimmed around a selection, keyboard closing, offline labels.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe } from 'node:test';
import {
  arcPoint,
  clickSiteOnMap,
  fitTo,
  it,
  jumpTo,
  openAtlas,
  poll,
  renderedArcs,
  renderedSites,
  screenPoint,
  screenshot,
  sharedBrowser,
  siteCoordinates,
  waitForMapIdle,
  withRoute,
} from './driver.mjs';

const sites = JSON.parse(readFileSync('public/data/sites.geojson', 'utf8')).features.map((f) => ({
  ...f.properties,
  coordinates: f.geometry.coordinates,
}));
const partnerships = JSON.parse(readFileSync('public/data/partnerships.geojson', 'utf8')).features.map((f) => f.properties);
const byId = new Map(sites.map((s) => [s.id, s]));
const linksOf = (id) => partnerships.filter((p) => p.parties.includes(id));
// The site with the most partnerships exercises the most of the facility panel.
const hub = [...sites].sort((a, b) => linksOf(b.id).length - linksOf(a.id).length)[0];

const placesOf = (p) => p.parties.map((id) => byId.get(id).coordinates);
const sameSpot = (points) => points.every((c) => c[0] === points[0][0] && c[1] === points[0][1]);
/** The line opacity each drawn arc is rendered with, by partnership id (the per-kind arc layers, not the hit or selection layers). */
const arcOpacities = (page) =>
  page.evaluate(() => {
    const map = window.__atlasMap;
    const layers = map
      .getStyle()
      .layers.map((l) => l.id)
      .filter((id) => /^partnership-arcs-/.test(id) && !/-(hit|selected)$/.test(id));
    return Object.fromEntries(
      map.queryRenderedFeatures(undefined, { layers }).map((f) => [f.properties.id, f.layer.paint['line-opacity']]),
    );
  });

describe('atlas in Chromium', () => {
  const browser = sharedBrowser();
  const fontRequests = [];

  before(async () => {
    browser.page.on('request', (r) => {
      if (r.url().includes('/fonts/')) fontRequests.push(r.url());
    });
    await openAtlas(browser.page);
  });

  it('renders every site of the dataset at the starting view (points plus cluster counts)', async () => {
    const rendered = await renderedSites(browser.page);
    assert.equal(rendered.total, sites.length, `rendered ${JSON.stringify(rendered)}`);
    assert.ok(rendered.clusters > 0, 'sites are clustered at the starting zoom');
    await assert.doesNotReject(browser.page.getByText(`${sites.length} sites · ${partnerships.length} partnerships`).waitFor());
    await screenshot(browser.page, 'start-1280x800');
  });

  it('draws Siberia whole: no band of the map missing at 66-70°N where Russia crosses the antimeridian', async () => {
    const { page } = browser;
    // Points of Siberia and Chukotka that a ring stepping from 180° to -180° left unfilled (the band across the map).
    const land = await page.evaluate(() =>
      [
        [89, 66.5],
        [120, 68],
        [160, 67],
      ].map((at) => window.__atlasMap.queryRenderedFeatures(window.__atlasMap.project(at), { layers: ['land'] }).length > 0),
    );
    assert.deepEqual(land, [true, true, true]);
  });

  it('opens without moving what is already on screen: no "Loading configuration" box replaced a moment later, layout shifts under 0.05', async () => {
    // The first load (in before()): every layout shift since navigation, as the browser scores them (Core Web Vitals' "good" is 0.1).
    const shifts = await browser.page.evaluate(
      () =>
        new Promise((resolve) => {
          const observer = new PerformanceObserver((list) => {
            observer.disconnect();
            resolve(list.getEntries().map((e) => ({ at: Math.round(e.startTime), value: e.value, moved: e.sources.map((s) => s.node?.nodeName ?? '?') })));
          });
          observer.observe({ type: 'layout-shift', buffered: true });
          // No shift at all: the observer is never called.
          setTimeout(() => resolve([]), 1000);
        }),
    );
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    assert.ok(total < 0.05, `layout shifts while loading add up to ${total.toFixed(3)}: ${JSON.stringify(shifts)}`);
    assert.ok(!shifts.some((s) => s.moved.includes('BODY')), 'the page as a whole never moved');
  });

  it('never says "Sites in view (0)" while the map draws its first frames: the button comes with the count', async () => {
    const page = await browser.context.newPage();
    try {
      // Every label the toggle shows, as the page changes (not sampled: a "(0)" for one frame is caught too).
      await page.addInitScript(() => {
        window.__toggleLabels = [];
        const record = () => {
          const toggle = document.querySelector('.sites-in-view .siv-toggle');
          const label = toggle && !toggle.hidden ? toggle.textContent : null;
          if (label && window.__toggleLabels.at(-1) !== label) window.__toggleLabels.push(label);
        };
        new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      await openAtlas(page);
      await page.getByRole('button', { name: `Sites in view (${sites.length})` }).waitFor();
      const labels = await poll(
        () => page.evaluate(() => window.__toggleLabels),
        (seen) => seen.length > 0,
        { message: 'the toggle recorded' },
      );
      assert.deepEqual(labels, [`Sites in view (${sites.length})`]);
    } finally {
      await page.close();
    }
  });

  it('draws the cross-border arcs at the starting view (Korea–Kazakhstan, Korea–China)', async () => {
    const countriesOf = (p) => new Set(p.parties.map((id) => byId.get(id).country));
    const crossBorder = partnerships.filter((p) => countriesOf(p).size > 1);
    assert.ok(
      crossBorder.some((p) => countriesOf(p).has('KZ') && countriesOf(p).has('KR')),
      'the data has a Korea–Kazakhstan link',
    );
    assert.ok(
      crossBorder.some((p) => countriesOf(p).has('CN') && countriesOf(p).has('KR')),
      'the data has a Korea–China link',
    );
    const arcs = new Set(await renderedArcs(browser.page));
    for (const p of crossBorder) assert.ok(arcs.has(p.id), `arc of ${p.id} is drawn`);
  });

  it('draws every partnership with parties in different places when the map is fitted to it', async () => {
    const { page } = browser;
    for (const p of partnerships) {
      if (sameSpot(placesOf(p))) continue;
      await fitTo(page, placesOf(p));
      assert.ok((await renderedArcs(page)).includes(p.id), `arc of ${p.id} is drawn`);
    }
    await openAtlas(page);
  });

  it('draws Latin, Cyrillic (Kazakh letters), Hangul and Hanzi labels from self-hosted fonts, with no request leaving 127.0.0.1', async () => {
    const labels = await browser.page.evaluate(() =>
      window.__atlasMap.queryRenderedFeatures(undefined, { layers: ['place-labels'] }).map((f) => f.properties.name_local),
    );
    assert.ok(labels.includes('서울'), 'Seoul is labelled');
    assert.ok(labels.includes('Ақтөбе'), 'Aktobe is labelled in Kazakh');
    assert.ok(labels.includes('北京'), 'Beijing is labelled in Chinese');
    assert.ok(
      fontRequests.some((u) => /noto-sans-sc-\d+-400-normal\.woff2$/.test(u)),
      'a Hanzi font subset was loaded',
    );
    assert.ok(
      fontRequests.some((u) => /noto-sans-kr-\d+-400-normal\.woff2$/.test(u)),
      'a Hangul font subset was loaded',
    );
    assert.ok(
      fontRequests.some((u) => /noto-sans-cyrillic-ext-400-normal\.woff2$/.test(u)),
      'the Cyrillic (Kazakh) font subset was loaded',
    );
    assert.deepEqual(browser.external, [], 'no request left 127.0.0.1');
  });

  it('zooms into a cluster when it is clicked, and names a site on hover', async () => {
    const { page } = browser;
    const point = await page.evaluate(() => {
      const map = window.__atlasMap;
      const f = map.queryRenderedFeatures(undefined, { layers: ['site-points'] })[0];
      const p = map.project(f.geometry.coordinates);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y, id: f.properties.id };
    });
    await page.mouse.move(point.x, point.y);
    await page.locator('.map-tooltip').getByText(byId.get(point.id).name_en).waitFor();

    const before = await page.evaluate(() => window.__atlasMap.getZoom());
    const cluster = await page.evaluate(() => {
      const map = window.__atlasMap;
      const f = map
        .queryRenderedFeatures(undefined, { layers: ['site-clusters'] })
        .sort((a, b) => b.properties.point_count - a.properties.point_count)[0];
      const p = map.project(f.geometry.coordinates);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x, y: rect.top + p.y };
    });
    await page.mouse.click(cluster.x, cluster.y);
    await page.waitForFunction((z) => window.__atlasMap.getZoom() > z + 0.5 && !window.__atlasMap.isMoving(), before);
    await waitForMapIdle(page);
    assert.equal((await renderedSites(page)).total < sites.length, true, 'zoomed in past some sites');
    await openAtlas(page);
  });

  it('opens the facility panel with sources when a site is clicked on the map', async () => {
    const { page } = browser;
    await clickSiteOnMap(page, hub.id);
    await page.getByRole('heading', { level: 2, name: hub.name_en }).waitFor();
    await page.waitForURL((url) => url.searchParams.get('site') === hub.id);
    const panel = page.locator('#side-panel');
    await panel.getByRole('heading', { name: 'Sources' }).waitFor();
    const quote = hub.sources[0].quote.replace(/\s+/g, ' ').slice(0, 60);
    assert.ok((await panel.innerText()).replace(/\s+/g, ' ').includes(quote), 'the first source quote is shown');
    const highlighted = await page.evaluate(() =>
      window.__atlasMap.queryRenderedFeatures(undefined, { layers: ['site-highlight'] }).map((f) => f.properties.id),
    );
    assert.deepEqual(highlighted, [hub.id], 'the selected site is highlighted on the map');
    await screenshot(page, 'facility-panel');
  });

  it('opens a partnership from the facility panel, then a party from it, moving the map there', async () => {
    const { page } = browser;
    const partnership = linksOf(hub.id)[0];
    await page.locator('#side-panel').getByRole('button', { name: partnership.title_en }).click();
    await page.getByRole('heading', { level: 2, name: partnership.title_en }).waitFor();
    await page.waitForURL((url) => url.searchParams.get('partnership') === partnership.id);
    await waitForMapIdle(page);
    await screenshot(page, 'partnership-panel');
    const other = byId.get(partnership.parties.find((id) => id !== hub.id));
    await page.locator('#side-panel').getByRole('button', { name: other.name_en }).click();
    await page.getByRole('heading', { level: 2, name: other.name_en }).waitFor();
    await waitForMapIdle(page);
    const center = await page.evaluate(() => window.__atlasMap.getCenter().toArray());
    const target = await siteCoordinates(page, other.id);
    assert.ok(Math.abs(center[0] - target[0]) < 0.05 && Math.abs(center[1] - target[1]) < 0.05, `map centred on ${other.id}: ${center}`);
  });

  it('closes the panel with Escape and steps back with the browser history', async () => {
    const { page } = browser;
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 2, name: 'Overview' }).waitFor();
    await page.waitForURL((url) => url.search === '');
    await page.goBack();
    await page.waitForURL((url) => url.search !== '');
    const id = new URL(page.url()).searchParams.get('site');
    assert.ok(id && byId.has(id), `back restores a site selection (${page.url()})`);
    await page.getByRole('heading', { level: 2, name: byId.get(id).name_en }).waitFor();
  });

  it('opens a deep link straight into a facility panel, under its Content-Security-Policy, with no page error', async () => {
    const { page } = browser;
    await openAtlas(page, `?site=${encodeURIComponent(hub.id)}`);
    await page.getByRole('heading', { level: 2, name: hub.name_en }).waitFor();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline/);
    // No page error and no CSP violation (page or worker): checked after every test by the shared fixture.
  });

  it('opens the partnership panel when its arc is clicked on the map', async () => {
    const { page } = browser;
    await openAtlas(page);
    // The cross-border partnership with the fewest parties: one long arc, clear of the sites at its ends.
    const target = partnerships
      .filter((p) => new Set(p.parties.map((id) => byId.get(id).country)).size > 1)
      .sort((a, b) => a.parties.length - b.parties.length)[0];
    await fitTo(page, placesOf(target), { padding: 120 });
    const point = await arcPoint(page, target.id);
    await page.mouse.move(point.x, point.y);
    await page.locator('.map-tooltip').getByText(target.title_en).waitFor();
    await page.mouse.click(point.x, point.y);
    await page.getByRole('heading', { level: 2, name: target.title_en }).waitFor();
    await page.waitForURL((url) => url.searchParams.get('partnership') === target.id);
  });

  it('dims every other arc while a partnership is selected, and restores them when it is closed', async () => {
    const { page } = browser;
    await openAtlas(page);
    const before = await arcOpacities(page);
    const target = partnerships.find((p) => before[p.id] !== undefined && !sameSpot(placesOf(p)));
    const others = Object.keys(before).filter((id) => id !== target.id);
    assert.ok(others.length > 0, 'other arcs are drawn at the start view');

    await openAtlas(page, `?partnership=${target.id}`);
    await page.getByRole('heading', { level: 2, name: target.title_en }).waitFor();
    await fitTo(page, [...sites.map((s) => s.coordinates)], { padding: 20 });
    const selected = await arcOpacities(page);
    for (const id of others.filter((id) => selected[id] !== undefined))
      assert.ok(selected[id] < before[id] && selected[id] < selected[target.id], `arc ${id} dimmed: ${before[id]} → ${selected[id]}`);
    assert.ok(
      others.some((id) => selected[id] !== undefined),
      'some dimmed arcs are in view',
    );
    assert.equal(selected[target.id], Math.max(...Object.values(selected)), 'the selected arc is the most opaque');

    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('partnership'));
    await waitForMapIdle(page);
    const after = await arcOpacities(page);
    for (const id of others.filter((id) => after[id] !== undefined)) assert.equal(after[id], before[id], `arc ${id} restored`);
  });

  it('offers a list of the sites stacked on one spot at the highest zoom, and opens the one picked', async () => {
    const { page, context } = browser;
    // A fixture: a second site at exactly the coordinates of the hub (two organisations in one building).
    const body = JSON.parse(readFileSync('public/data/sites.geojson', 'utf8'));
    const twin = structuredClone(body.features.find((f) => f.properties.id === hub.id));
    twin.id = twin.properties.id = `${hub.id}-twin`;
    twin.properties.name_en = `Twin of ${hub.name_en}`;
    delete twin.properties.parentId;
    body.features.push(twin);
    await withRoute(
      context,
      '**/data/sites.geojson',
      (route) => route.fulfill({ json: body }),
      async () => {
        await openAtlas(page);
        const maxZoom = await page.evaluate(() => window.__atlasMap.getMaxZoom());
        await jumpTo(page, hub.coordinates, maxZoom);
        const point = await screenPoint(page, hub.coordinates);
        await page.mouse.click(point.x, point.y);
        const chooser = page.getByRole('dialog', { name: /sites here/ });
        await chooser.waitFor();
        await chooser.getByRole('button', { name: hub.name_en, exact: true }).waitFor();
        await chooser.getByRole('button', { name: twin.properties.name_en }).click();
        await page.getByRole('heading', { level: 2, name: twin.properties.name_en }).waitFor();
        await page.waitForURL((url) => url.searchParams.get('site') === twin.properties.id);
        assert.equal(await chooser.count(), 0, 'the list closes once a site is picked');
      },
    );
  });

  it('fills a 1920×1080 window and still shows every site', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1920, height: 1080 });
    try {
      await openAtlas(page);
      const box = await page.locator('.map-area').boundingBox();
      assert.ok(box.width > 1100 && box.height > 850, `map area ${box.width}×${box.height}`);
      assert.equal((await renderedSites(page)).total, sites.length);
      await screenshot(page, 'start-1920x1080');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('keeps framing Korea and Kazakhstan when the window changes size before the map is touched, and not after', async () => {
    const { page } = browser;
    const zoom = () => page.evaluate(() => window.__atlasMap.getZoom());
    try {
      await openAtlas(page);
      const atStart = await zoom();
      // Taller and wider: the same bounds fit at a higher zoom, as a fresh page of that size would show them.
      await page.setViewportSize({ width: 1920, height: 1080 });
      await poll(zoom, (z) => z > atStart + 0.2, { message: 'the map refits its first view to the larger window' });
      // Once a person has moved the map, a resize leaves their view alone.
      const box = await page.locator('.map-area canvas').boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 5 });
      await page.mouse.up();
      await waitForMapIdle(page);
      const moved = await zoom();
      await page.setViewportSize({ width: 1280, height: 800 });
      await waitForMapIdle(page);
      assert.equal(await zoom(), moved, 'the zoom the person left stays');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});
