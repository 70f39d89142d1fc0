// Exploring in Chromium: deep links reproduce filters, selection and view;
// filters change what the map renders; the list follows the map view on request;
// history steps back; exports hold the rows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe } from 'node:test';
import {
  it,
  jumpTo,
  openAtlas,
  poll,
  renderedArcs,
  renderedSites,
  screenPoint,
  arcPoint,
  screenshot,
  sharedBrowser,
  waitForMapIdle,
  withRoute,
} from './driver.mjs';

const sites = JSON.parse(readFileSync('public/data/sites.geojson', 'utf8')).features.map((f) => ({
  ...f.properties,
  coordinates: f.geometry.coordinates,
}));
const partnerships = JSON.parse(readFileSync('public/data/partnerships.geojson', 'utf8')).features.map((f) => f.properties);
const byId = new Map(sites.map((s) => [s.id, s]));
const baseConfig = JSON.parse(readFileSync('public/config.json', 'utf8'));

/** Every site id the map draws, expanding clusters through their leaves. */
async function renderedSiteIds(page) {
  return page.evaluate(async () => {
    const map = window.__atlasMap;
    const source = map.getSource('sites');
    const ids = new Set();
    for (const f of map.queryRenderedFeatures(undefined, { layers: ['site-points', 'site-clusters'] })) {
      if (!f.properties.cluster) ids.add(f.properties.id);
      else for (const leaf of await source.getClusterLeaves(f.properties.cluster_id, 1000, 0)) ids.add(leaf.properties.id);
    }
    return [...ids].sort();
  });
}

/** The number of matching sites shown above the map ("12 of 41 sites", "All 41 sites"), polled until it is not `stale`. */
async function matchCount(page, accept = () => true) {
  return poll(async () => Number((await page.locator('.match-count').innerText()).match(/\d+/)[0]), accept, { message: 'match count' });
}

describe('exploring in Chromium', () => {
  const browser = sharedBrowser();

  it('reproduces a deep link: filters, selection and map view', async () => {
    const { page } = browser;
    const expected = sites.filter((s) => s.country === 'KR' && (s.sectors.includes('vaccines') || s.sectors.includes('mrna')));
    const selected = expected[0];
    await openAtlas(page, `?country=KR&sector=vaccines,mrna&site=${selected.id}#7/35.5/127.5`);
    // Panel
    await page.getByRole('heading', { level: 2, name: selected.name_en }).waitFor();
    // Filters and chips
    await page.locator('.match-count').getByText(`${expected.length} of ${sites.length} sites`).waitFor();
    const chips = page.getByRole('list', { name: 'Active filters' });
    assert.equal(await chips.getByRole('listitem').count(), 3);
    // View from the hash
    const view = await page.evaluate(() => ({ zoom: window.__atlasMap.getZoom(), center: window.__atlasMap.getCenter().toArray() }));
    assert.ok(
      Math.abs(view.zoom - 7) < 0.01 && Math.abs(view.center[0] - 127.5) < 0.01 && Math.abs(view.center[1] - 35.5) < 0.01,
      JSON.stringify(view),
    );
    // Map: only the filtered sites are drawn.
    await page.evaluate(() => window.__atlasMap.jumpTo({ center: [100, 45], zoom: 2.5 }));
    await waitForMapIdle(page);
    assert.deepEqual(await renderedSiteIds(page), expected.map((s) => s.id).sort());
    await screenshot(page, 'deep-link');
  });

  it('keeps the map its size as filters are ticked: the chips keep to one line, then their number stands in for them', async () => {
    const { page } = browser;
    await openAtlas(page);
    const mapBox = () => page.locator('.maplibregl-map').boundingBox();
    const before = await mapBox();
    // The longest sector name: with a "Clear all filters" beside its chip, the bar took a second line and the map
    // shrank by it (and was drawn again and re-framed).
    await page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: /^Policy & public support/ }).check();
    const policy = sites.filter((s) => s.sectors.includes('policy'));
    await page.locator('.match-count').getByText(`${policy.length} of ${sites.length} sites`).waitFor();
    assert.deepEqual(await mapBox(), before);
    assert.equal(await page.getByRole('button', { name: 'Clear all filters' }).count(), 0);
    // From two filters the bar offers to clear them all; more chips than fit scroll sideways, on the same line.
    await page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: /^Republic of Korea/ }).check();
    await page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: /^Vaccines/ }).check();
    await page.getByRole('button', { name: 'Clear all filters', exact: true }).waitFor();
    const chips = page.getByRole('list', { name: 'Active filters' });
    assert.equal(await chips.getByRole('listitem').count(), 3);
    assert.ok(await chips.evaluate((list) => list.scrollWidth > list.clientWidth), 'the chips overflow their room and scroll');
    assert.deepEqual(await mapBox(), before);
    await screenshot(page, 'chips-one-line');
    // A narrow map column (a 1024 px window) has no room for chips: their number and a × stand in for them.
    await page.setViewportSize({ width: 1024, height: 800 });
    try {
      await page.getByText('Filters: 3').waitFor();
      assert.equal(await chips.count(), 0, 'the chips make way');
      const narrow = await mapBox();
      await page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: /^Vaccines/ }).uncheck();
      await page.getByText('Filters: 2').waitFor();
      assert.deepEqual(await mapBox(), narrow);
      await screenshot(page, 'chips-narrow');
      // "Filters: 2" opens them as a list, where one is removed; the map keeps its size, Escape closes the list.
      await page.getByRole('button', { name: /^Filters: 2/ }).click();
      const list = page.locator('.chips-popover');
      assert.equal(await list.getByRole('listitem').count(), 2);
      await screenshot(page, 'chips-narrow-list');
      await list.getByRole('button', { name: /^Remove filter / }).first().click();
      await page.getByText('Filters: 1').waitFor();
      assert.equal(await list.getByRole('listitem').count(), 1);
      assert.deepEqual(await mapBox(), narrow);
      // The focus goes to the × left in the list (a frame after the removal), so Escape reaches the list.
      await poll(() => page.evaluate(() => document.activeElement?.closest('.chips-popover') != null), Boolean, {
        message: 'the focus stays in the list after a removal',
      });
      await page.keyboard.press('Escape');
      assert.equal(await list.count(), 0, 'Escape closes the list');
      // The round × is named by its words alone (its drawn "×" is not part of the name).
      await page.getByRole('button', { name: 'Clear all filters', exact: true }).click();
      await page.getByText(`All ${sites.length} sites`).waitFor();
      assert.deepEqual(await mapBox(), narrow);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it("keeps the open legend clear of the map's list toggle and cuts no name, in a narrow map and on a phone", async () => {
    const { page } = browser;
    const views = [
      { width: 1280, height: 800, query: `?site=${sites[0].id}`, name: 'legend-narrow-map-en' },
      { width: 1280, height: 800, query: `?site=${sites[0].id}&lang=kk`, name: 'legend-narrow-map-kk' },
      { width: 390, height: 844, query: '?lang=en', name: 'legend-phone-en' },
    ];
    try {
      for (const view of views) {
        await page.setViewportSize({ width: view.width, height: view.height });
        await openAtlas(page, view.query);
        const legend = page.locator('.legend');
        if ((await legend.getAttribute('class')).includes('closed')) await legend.locator('.legend-toggle').click();
        await legend.locator('.legend-body').waitFor();
        const toggle = page.locator('.sites-in-view .siv-toggle');
        // The toggle's width (language, count) reaches the legend after a layout: polled, not read once.
        const gap = () =>
          Promise.all([legend.boundingBox(), toggle.boundingBox()]).then(([l, t]) => (l && t ? Math.round(t.x - (l.x + l.width)) : -Infinity));
        await poll(gap, (g) => g > 0, { message: `${view.name}: the legend ends left of "Sites in view"` });
        const cut = await legend.evaluate((card) =>
          [card, ...card.querySelectorAll('li')].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
        );
        assert.deepEqual(cut, [], `${view.name}: nothing in the legend is cut off`);
        await screenshot(page, view.name);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('keeps the keyboard in the chips bar as filters are removed, then rings the count', async () => {
    const { page } = browser;
    await openAtlas(page, '?sector=vaccines,mrna');
    const chips = page.getByRole('list', { name: 'Active filters' });
    await chips.getByRole('button', { name: 'Remove filter Sector: Vaccines' }).focus();
    await page.keyboard.press('Enter');
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        return { label: element.getAttribute('aria-label') ?? element.className, outline: getComputedStyle(element).outlineStyle };
      });
    await poll(focused, (f) => f.label === 'Remove filter Sector: mRNA', { message: 'the focus on the next ×' });
    await page.keyboard.press('Enter');
    const count = await poll(focused, (f) => f.label === 'match-count', { message: 'the focus on the count' });
    assert.notEqual(count.outline, 'none', 'the focused count is ringed for the keyboard');
    await page.getByText(`All ${sites.length} sites`).waitFor();
  });

  it('changes the rendered features when a filter changes, and Back/Forward restore them', async () => {
    const { page } = browser;
    await openAtlas(page);
    assert.equal((await renderedSites(page)).total, sites.length);
    await page
      .getByRole('group', { name: 'Country' })
      .getByRole('checkbox', { name: /^Kazakhstan/ })
      .check();
    const kz = sites.filter((s) => s.country === 'KZ');
    await page.locator('.match-count').getByText(`${kz.length} of ${sites.length} sites`).waitFor();
    await page.waitForURL((url) => url.searchParams.get('country') === 'KZ');
    await waitForMapIdle(page);
    assert.deepEqual(await renderedSiteIds(page), kz.map((s) => s.id).sort());
    // Only partnerships with a Kazakh party remain.
    const arcs = await renderedArcs(page);
    assert.ok(arcs.length > 0);
    for (const id of arcs)
      assert.ok(
        partnerships.find((p) => p.id === id).parties.some((s) => byId.get(s).country === 'KZ'),
        id,
      );

    await page.goBack();
    await page.getByText(`All ${sites.length} sites`).waitFor();
    await waitForMapIdle(page);
    assert.equal((await renderedSites(page)).total, sites.length);
    assert.equal(
      await page
        .getByRole('group', { name: 'Country' })
        .getByRole('checkbox', { name: /^Kazakhstan/ })
        .isChecked(),
      false,
    );
    await page.goForward();
    await page.locator('.match-count').getByText(`${kz.length} of ${sites.length} sites`).waitFor();
    await waitForMapIdle(page);
    assert.deepEqual(await renderedSiteIds(page), kz.map((s) => s.id).sort());
  });

  it('searches in Hangul from the title bar and updates the map', async () => {
    const { page } = browser;
    await openAtlas(page);
    await page.getByRole('searchbox', { name: 'Search' }).fill('화순');
    await page.waitForURL((url) => url.searchParams.get('q') === '화순');
    const count = await matchCount(page, (n) => n < sites.length);
    const named = sites.filter((s) => s.name_ko?.includes('화순'));
    assert.ok(named.length > 0 && count >= named.length, `${count} matches, ${named.length} named 화순`);
    await waitForMapIdle(page);
    await poll(
      () => renderedSites(page),
      (r) => r.total === count,
      { message: `the map draws the ${count} matches` },
    );
  });

  it('links the list and the map: hovering a row rings the site, hovering the site marks the row, a row opens the panel', async () => {
    const { page } = browser;
    await openAtlas(page, '?sort=-partnerships');
    await page.getByRole('tab', { name: /^Sites/ }).click();
    const grid = page.getByRole('grid', { name: 'Sites' });
    const first = grid.locator('[role="row"][aria-rowindex="2"]');
    await first.hover();
    const hovered = await poll(
      () => page.evaluate(() => window.__atlasMap.queryRenderedFeatures(undefined, { layers: ['site-hover'] }).map((f) => f.properties.id)),
      (ids) => ids.length === 1,
      { message: 'the hovered row is ringed on the map' },
    );
    const site = byId.get(hovered[0]);
    assert.ok((await first.innerText()).includes(site.name_en.slice(0, 12)), "the ring is on the hovered row's site");
    // Most-connected first.
    const most = Math.max(...sites.map((s) => partnerships.filter((p) => p.parties.includes(s.id)).length));
    assert.equal(partnerships.filter((p) => p.parties.includes(site.id)).length, most);

    // Map → list: hover an unclustered point, its row is marked.
    const aktobe = sites.find((s) => s.region === 'KZ-15');
    const point = await screenPoint(page, aktobe.coordinates);
    await page.mouse.move(point.x, point.y);
    await grid
      .locator('[role="row"].is-hovered')
      .filter({ hasText: aktobe.name_en.slice(0, 12) })
      .waitFor();

    // Keyboard: focus the grid, move down, Enter opens the facility panel.
    await grid.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.has('site'));
    const opened = byId.get(new URL(page.url()).searchParams.get('site'));
    await page.getByRole('heading', { level: 2, name: opened.name_en }).waitFor();
  });

  it('explores partnerships by country pair, and selecting one highlights its arc and fits the map', async () => {
    const { page } = browser;
    await openAtlas(page);
    await page.getByRole('tab', { name: /^Partnerships/ }).click();
    await page.getByLabel('Countries').selectOption('KR-KZ');
    await page.waitForURL((url) => url.searchParams.get('pair') === 'KR-KZ');
    const list = page.getByRole('listbox', { name: 'Partnerships' });
    const countries = (p) => new Set(p.parties.map((id) => byId.get(id).country));
    const krkz = partnerships.filter((p) => countries(p).has('KR') && countries(p).has('KZ'));
    assert.equal(await list.getByRole('option').count(), krkz.length);
    const target = krkz[0];
    await list.getByRole('option').filter({ hasText: target.title_en }).click();
    await page.waitForURL((url) => url.searchParams.get('partnership') === target.id);
    await page.getByRole('heading', { level: 2, name: target.title_en }).waitFor();
    await waitForMapIdle(page);
    const selected = await page.evaluate(() => [
      ...new Set(window.__atlasMap.queryRenderedFeatures(undefined, { layers: ['partnership-arcs-selected'] }).map((f) => f.properties.id)),
    ]);
    assert.deepEqual(selected, [target.id]);
    const rings = await page.evaluate(() =>
      window.__atlasMap.queryRenderedFeatures(undefined, { layers: ['site-highlight'] }).map((f) => f.properties.id),
    );
    assert.deepEqual([...new Set(rings)].sort(), [...new Set(target.parties)].sort(), 'both parties ringed, all in view');
    await screenshot(page, 'explorer-selected');
  });

  it('filters by year from the timeline', async () => {
    const { page } = browser;
    await openAtlas(page);
    await page.locator('.timeline [data-year="2022"]').first().click();
    await page.waitForURL((url) => url.searchParams.get('from') === '2022' && url.searchParams.get('to') === '2022');
    await page.getByRole('list', { name: 'Active filters' }).getByText('Years: 2022').waitFor();
    const count = await matchCount(page, (n) => n < sites.length);
    assert.ok(count > 0, `${count} sites dated 2022`);
    await waitForMapIdle(page);
    await poll(
      () => renderedSites(page),
      (r) => r.total === count,
      { message: `the map draws the ${count} matches` },
    );
  });

  it('exports the filtered sites as a CSV that keeps Hangul and quoting', async () => {
    const { page } = browser;
    const expected = sites.filter((s) => s.country === 'KR');
    await openAtlas(page, '?country=KR');
    await page.getByRole('button', { name: /Export/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: `Sites (${expected.length}) — CSV` }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^biocluster-sites-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    assert.ok(text.startsWith('\uFEFF'), 'UTF-8 BOM');
    const Papa = (await import('papaparse')).default;
    const rows = Papa.parse(text.slice(1), { header: true, skipEmptyLines: true }).data;
    assert.equal(rows.length, expected.length);
    assert.deepEqual(rows.map((r) => r.id).sort(), expected.map((s) => s.id).sort());
    const songdo = rows.find((r) => r.name_ko?.includes('송도'));
    assert.ok(songdo, 'Hangul survives');
    assert.ok(
      rows.every((r) => r.summary_en === byId.get(r.id).summary_en),
      'summaries with commas and quotes survive',
    );
  });

  it('keeps the camera where the user put it when filters change after opening a record', async () => {
    const { page } = browser;
    await openAtlas(page, '?site=kr-pcmo');
    await jumpTo(page, [71.43, 51.13], 6);
    await page
      .getByRole('group', { name: 'Country' })
      .getByRole('checkbox', { name: /^Kazakhstan/ })
      .check();
    await page.waitForURL((url) => url.searchParams.get('country') === 'KZ');
    await waitForMapIdle(page);
    const center = await page.evaluate(() => window.__atlasMap.getCenter().toArray());
    assert.ok(Math.abs(center[0] - 71.43) < 0.01 && Math.abs(center[1] - 51.13) < 0.01, `camera stayed: ${center}`);
  });

  it('Back restores the previous record, its map view and, after Escape, the keyboard focus', async () => {
    const { page } = browser;
    await openAtlas(page);
    await page.getByRole('tab', { name: /^Sites/ }).click();
    const grid = page.getByRole('grid', { name: 'Sites' });
    await grid.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.has('site'));
    const first = new URL(page.url()).searchParams.get('site');
    await page.getByRole('heading', { level: 2, name: byId.get(first).name_en }).waitFor();
    await waitForMapIdle(page);
    // Escape closes the panel and returns focus to the list.
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('site'));
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'grid', 'focus is back on the list');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.has('site') && url.searchParams.get('site') !== first);
    await waitForMapIdle(page);
    await page.goBack();
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('site') === first);
    await page.getByRole('heading', { level: 2, name: byId.get(first).name_en }).waitFor();
    await waitForMapIdle(page);
    const [zoom, lat, lon] = new URL(page.url()).hash.slice(1).split('/').map(Number);
    const view = await page.evaluate(() => ({ zoom: window.__atlasMap.getZoom(), center: window.__atlasMap.getCenter().toArray() }));
    assert.ok(
      Math.abs(view.zoom - zoom) < 0.05 && Math.abs(view.center[0] - lon) < 0.01 && Math.abs(view.center[1] - lat) < 0.01,
      `map matches the address: ${JSON.stringify(view)} vs ${zoom}/${lat}/${lon}`,
    );
    const site = byId.get(first);
    assert.ok(
      Math.abs(lon - site.coordinates[0]) < 0.05 && Math.abs(lat - site.coordinates[1]) < 0.05,
      'and that view is on the first site',
    );
  });

  it('never shows an error for a hostile or malformed link', async () => {
    const { page } = browser;
    await openAtlas(page, '?sector=%3Cscript%3E,vaccines&from=abc&to=99999&region=XX-1&site=..%2F..%2Fetc&q=' + 'x'.repeat(500));
    await page.waitForURL((url) => url.search.startsWith('?sector=vaccines'));
    assert.equal(new URL(page.url()).searchParams.get('q').length, 200);
    // No page error, CSP violation or outside request: checked after every test by the shared fixture.
  });

  it('lists only the sites inside the current map view when asked to, following the map as it moves', async () => {
    const { page } = browser;
    const inside = ([w, s, e, n]) => sites.filter(({ coordinates: [lon, lat] }) => lon >= w && lon <= e && lat >= s && lat <= n);
    const bounds = () => page.evaluate(() => window.__atlasMap.getBounds().toArray().flat());
    const listed = async () => ({
      tab: await page.getByRole('tab', { name: /^Sites/ }).innerText(),
      rows: Number(await page.getByRole('grid', { name: 'Sites' }).getAttribute('aria-rowcount')) - 1,
    });
    const expectListed = (n) => poll(listed, (l) => l.rows === n && l.tab === `Sites (${n})`, { message: `${n} sites listed` });

    // A link into Korea with the option on: only what the map shows is listed.
    await openAtlas(page, '?inview=true#7/36.4/127.6');
    await page.getByRole('tab', { name: /^Sites/ }).click();
    const checkbox = page.getByRole('checkbox', { name: 'Only sites in the current map view' });
    assert.equal(await checkbox.isChecked(), true);
    const korea = inside(await bounds());
    assert.ok(korea.length > 0 && korea.length < sites.length, `${korea.length} sites in view`);
    assert.ok(korea.every((s) => s.country === 'KR'));
    await expectListed(korea.length);

    // Moving the map to Kazakhstan changes the list.
    await jumpTo(page, [68, 47], 4.5);
    const kazakhstan = inside(await bounds());
    assert.ok(kazakhstan.some((s) => s.country === 'KZ') && kazakhstan.every((s) => s.country !== 'KR'), 'only Kazakh sites in view');
    await expectListed(kazakhstan.length);
    const names = await page
      .getByRole('grid', { name: 'Sites' })
      .locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])')
      .allInnerTexts();
    for (const text of names)
      assert.ok(
        kazakhstan.some((s) => text.includes(s.name_en.slice(0, 20))),
        `listed row is in view: ${text}`,
      );

    // Unticking lists every site again, and the option leaves the address.
    await checkbox.uncheck();
    await page.waitForURL((url) => !url.searchParams.has('inview'));
    await expectListed(sites.length);
  });

  it('draws many partnerships as one flow per pair of regions: counts, tooltip, legend, a keyboard list, and a click shows both regions', async () => {
    const { page, context } = browser;
    // Partnerships per pair of regions (lead party to each other party), as the flows count them.
    const expected = new Map();
    for (const p of partnerships) {
      const lead = byId.get(p.parties[0]);
      const pairs = new Set(
        p.parties
          .slice(1)
          .map((id) => byId.get(id))
          .filter((other) => other.region !== lead.region)
          .map((other) => [lead.region, other.region].sort().join('~')),
      );
      for (const pair of pairs) expected.set(`flow:${pair}`, (expected.get(`flow:${pair}`) ?? 0) + 1);
    }
    await withRoute(context, '**/config.json', (route) => route.fulfill({ json: { ...baseConfig, flowsAbove: 3 } }), async () => {
      await openAtlas(page);
      const drawn = await page.evaluate(() => {
        const map = window.__atlasMap;
        const flows = map.queryRenderedFeatures(undefined, { layers: ['partnership-flows', 'partnership-flows-domestic'] });
        const arcs = map.queryRenderedFeatures(undefined).filter((f) => f.layer.id.startsWith('partnership-arcs-') && !f.layer.id.endsWith('hit'));
        return { flows: [...new Map(flows.map((f) => [f.properties.id, f.properties.count]))], arcs: arcs.length };
      });
      assert.deepEqual(new Map(drawn.flows), expected);
      assert.equal(drawn.arcs, 0, 'no single arcs under the flows');

      const legend = page.getByRole('complementary', { name: 'Legend' });
      const toggle = legend.getByRole('button', { name: /Legend/ });
      if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
      await legend.getByText('More than 3 partnerships: one line per pair of regions, wider for more (none within a region)').waitFor();
      await legend.getByText('Between countries').waitFor();
      assert.equal(await legend.getByText('MOU', { exact: true }).count(), 0, 'the line styles make way for the flows');
      // Folded again: open, it covers the map's corner where the flow is pointed at.
      await toggle.click();

      // Without a pointer: "Flows in view (N)" lists them, the most partnerships first; Enter shows both regions.
      const flowsButton = page.getByRole('button', { name: `Flows in view (${expected.size})` });
      await flowsButton.focus();
      await page.keyboard.press('Enter');
      const list = page.getByRole('list', { name: 'Flows between regions in the map view' });
      const items = list.getByRole('button');
      await poll(() => items.count(), (n) => n === Math.min(expected.size, 50), { message: 'flows listed' });
      const most = Math.max(...expected.values());
      assert.match(await items.first().textContent(), new RegExp(`${most} partnerships, Between countries$`));
      await poll(() => page.evaluate(() => document.activeElement?.closest('.fiv-list') != null), Boolean, { message: 'the focus goes into the list' });
      await screenshot(page, 'flows-list');
      await page.keyboard.press('Escape');
      await list.waitFor({ state: 'detached' });
      assert.equal(await flowsButton.evaluate((b) => b === document.activeElement), true, 'Escape gives the focus back to the button');
      await page.keyboard.press('Enter');
      const focusedFlow = () => page.evaluate(() => document.activeElement?.dataset.flowId);
      await poll(focusedFlow, (id) => id === 'flow:KR-43~KZ-71', { message: 'the flow with the most partnerships, first and focused' });
      // Its kind (across a border or within a country) is said, not only drawn.
      assert.match(await list.locator('[data-flow-id="flow:KR-43~KZ-71"]').textContent(), /^Chungcheongbuk-do – Astana\s*4 partnerships, Between countries$/);
      await page.keyboard.press('Tab');
      assert.match((await focusedFlow()) ?? '', /^flow:(?!KR-43~KZ-71)/, 'Tab moves to the next flow');
      await page.keyboard.press('Shift+Tab');
      assert.equal(await focusedFlow(), 'flow:KR-43~KZ-71');
      await page.keyboard.press('Enter');
      await poll(() => new URL(page.url()).searchParams.get('region'), (v) => v === 'KR-43,KZ-71', { message: 'region filter from the keyboard' });
      await page.getByTestId('announcer').getByText(/^\d+ of \d+ sites$/).waitFor({ state: 'attached' });
      assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas')), true, 'the map keeps the focus');
      await openAtlas(page);

      // Near Korea the flows to Astana part: hover and click Chungcheongbuk-do's.
      await jumpTo(page, [127.6, 36.6], 6);
      const point = await arcPoint(page, 'flow:KR-43~KZ-71');
      await page.mouse.move(point.x, point.y);
      await page.locator('.map-tooltip').getByText('Chungcheongbuk-do – Astana: 4 partnerships. Click to show these two regions').waitFor();
      await screenshot(page, 'flows');
      await page.mouse.click(point.x, point.y);
      await poll(() => new URL(page.url()).searchParams.get('region'), (v) => v === 'KR-43,KZ-71', { message: 'region filter' });
      assert.equal(new URL(page.url()).searchParams.get('country'), null);
      const chips = page.getByRole('list', { name: 'Active filters' });
      await chips.getByText('Chungcheongbuk-do').waitFor();
      await chips.getByText('Astana').waitFor();
    });
  });
});
