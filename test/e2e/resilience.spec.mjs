// Bad data, faults and hostile input in the built app: nothing runs that the
// data contains, in any view; what can be loaded is shown, and the user is told
// the rest, with a way out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe } from 'node:test';
import {
  arcPoint,
  BASE_URL,
  fitTo,
  it,
  jumpTo,
  openAtlas,
  poll,
  renderedSites,
  screenPoint,
  screenshot,
  sharedBrowser,
  waitForMapIdle,
  withRoute,
} from './driver.mjs';

const sitesBody = JSON.parse(readFileSync('public/data/sites.geojson', 'utf8'));
const partnershipsBody = JSON.parse(readFileSync('public/data/partnerships.geojson', 'utf8'));
const clone = (v) => JSON.parse(JSON.stringify(v));
const PAYLOAD = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
const HOSTILE_SITE = `Hostile ${PAYLOAD}`;
const HOSTILE_PARTNERSHIP = `Partnership ${PAYLOAD}`;
/** Where the hostile site stands: away from every real site, so it is drawn (and hovered) on its own. */
const HOSTILE_AT = [124.9, 36.2];
/** Source URLs that must never become links: script, data, and relative ones (which would resolve against the atlas). */
const unsafeSources = (base) => [
  { ...base, title: 'Script link', url: 'javascript:window.__pwned=1' },
  { ...base, title: 'Data link', url: 'data:text/html,<script>window.__pwned=1</script>' },
  { ...base, title: 'Parent-relative link', url: '../x' },
  { ...base, title: 'Root-relative link', url: '/y' },
  { ...base, title: 'Real link', url: 'https://example.org/article' },
];

function hostileSites() {
  const body = clone(sitesBody);
  const base = body.features[0];
  const evil = clone(base);
  evil.id = evil.properties.id = 'kr-hostile';
  evil.properties.name_en = HOSTILE_SITE;
  evil.properties.summary_en = `Summary ${PAYLOAD}`;
  evil.properties.parentId = undefined;
  evil.properties.sources = unsafeSources(base.properties.sources[0]);
  evil.geometry.coordinates = HOSTILE_AT;
  const longName = clone(base);
  longName.id = longName.properties.id = 'kr-long-name';
  longName.properties.name_en = 'L'.repeat(100_000);
  const broken = [
    { type: 'Feature', geometry: { type: 'Point', coordinates: [126.6, 37.4] }, properties: { id: 'kr-no-name' } },
    {
      ...clone(base),
      id: 'kr-out-of-range',
      properties: { ...base.properties, id: 'kr-out-of-range' },
      geometry: { type: 'Point', coordinates: [500, 37] },
    },
    {
      ...clone(base),
      id: 'kr-swapped',
      properties: { ...base.properties, id: 'kr-swapped' },
      geometry: { type: 'Point', coordinates: [37.39, 126.65] },
    },
    {
      ...clone(base),
      id: 'kr-nan',
      properties: { ...base.properties, id: 'kr-nan' },
      geometry: { type: 'Point', coordinates: ['NaN', 37] },
    },
    { ...clone(base), properties: { ...base.properties, sectors: ['<b>bold</b>'] } },
    {
      ...clone(base),
      geometry: {
        type: 'LineString',
        coordinates: [
          [126, 37],
          [127, 38],
        ],
      },
    },
    clone(base), // duplicate id
    'not a feature',
    null,
  ];
  body.features.push(evil, longName, ...broken);
  return { body, valid: sitesBody.features.length + 2, skipped: broken.length };
}

/** A valid hostile partnership (its parties exist, so it is shown everywhere), and one naming an unknown party (skipped). */
function hostilePartnerships() {
  const body = clone(partnershipsBody);
  const partner = sitesBody.features.find((f) => f.properties.country === 'KZ');
  const evil = clone(body.features[0]);
  evil.id = evil.properties.id = 'p-hostile';
  evil.properties.parties = ['kr-hostile', partner.properties.id];
  evil.properties.kind = 'mou';
  evil.properties.title_en = HOSTILE_PARTNERSHIP;
  evil.properties.summary_en = `Summary ${PAYLOAD}`;
  evil.properties.sources = unsafeSources(evil.properties.sources[0]);
  evil.geometry = { type: 'LineString', coordinates: [HOSTILE_AT, partner.geometry.coordinates] };
  const ghost = clone(body.features[0]);
  ghost.id = ghost.properties.id = 'p-ghost';
  ghost.properties.parties = ['kr-hostile', 'kz-does-not-exist'];
  ghost.properties.title_en = `Ghost ${PAYLOAD}`;
  body.features.push(evil, ghost);
  return { body, partnerAt: partner.geometry.coordinates };
}

/** Nothing from the data became markup or ran: no element the payload would create, no flag it would set. */
async function assertInert(page, where) {
  assert.equal(await page.locator('img[src="x"], img[onerror]').count(), 0, `${where}: no element was created from data`);
  assert.equal(
    await page.locator('a[href^="javascript:"], a[href^="data:"], a[href="../x"], a[href="/y"]').count(),
    0,
    `${where}: no unsafe link`,
  );
  assert.equal(await page.evaluate(() => window.__pwned), undefined, `${where}: no injected script ran`);
}

/** In a panel: the unsafe sources are plain text, the https one is the only link. */
async function assertSourcesSafe(panel) {
  const sources = panel.getByRole('region', { name: 'Sources' });
  for (const title of ['Script link', 'Data link', 'Parent-relative link', 'Root-relative link']) {
    await sources.getByText(title, { exact: true }).waitFor();
    assert.equal(await sources.getByRole('link', { name: title }).count(), 0, `${title} is text, not a link`);
  }
  assert.equal(await sources.getByRole('link', { name: 'Real link' }).getAttribute('href'), 'https://example.org/article');
}

describe('resilience in Chromium', () => {
  const browser = sharedBrowser();

  it('shows a hostile dataset as text in every view: no script runs, unsafe links are not links, broken records are counted', async () => {
    const { page, context } = browser;
    const { body, valid, skipped } = hostileSites();
    const { body: partnershipsWithHostile, partnerAt } = hostilePartnerships();
    const serveSites = (route) => route.fulfill({ json: body });
    const servePartnerships = (route) => route.fulfill({ json: partnershipsWithHostile });
    await withRoute(context, '**/data/partnerships.geojson', servePartnerships, () =>
      withRoute(context, '**/data/sites.geojson', serveSites, async () => {
        await openAtlas(page);
        assert.equal((await renderedSites(page)).total, valid, 'every valid site is on the map');
        // The skipped broken records plus the partnership with an unknown party.
        await page.getByText(`${skipped + 1} records skipped`).click();
        await page.getByText(/partnerships #\d+ p-ghost: unknown party: kz-does-not-exist/).waitFor();
        await page.getByText(/sites #\d+ kr-no-name: name_en/).waitFor();
        await page.getByText(`${skipped + 1} records skipped`).click(); // folds the details away again
        await page.getByText(/sites #\d+ kr-no-name: name_en/).waitFor({ state: 'hidden' });
        await page.getByText(`${sitesBody.features.length + 2} sites · ${partnershipsBody.features.length + 1} partnerships`).waitFor();

        // The site list.
        await page.getByRole('tab', { name: /^Sites/ }).click();
        const row = page.getByRole('grid', { name: 'Sites' }).getByRole('row').filter({ hasText: 'Hostile <img' });
        await page.getByRole('searchbox', { name: 'Search' }).fill('Hostile');
        assert.ok((await row.innerText()).includes(HOSTILE_SITE), 'the list shows the markup as text');
        await assertInert(page, 'site list');

        // The map tooltip, on hovering the site (labels are clamped, so compare the start).
        await page.getByRole('searchbox', { name: 'Search' }).fill('');
        await page.waitForURL((url) => !url.searchParams.has('q'));
        await jumpTo(page, HOSTILE_AT, 9); // past the cluster zoom: the site is drawn on its own
        const sitePoint = await screenPoint(page, HOSTILE_AT);
        await page.mouse.move(sitePoint.x, sitePoint.y);
        const tooltip = page.locator('.map-tooltip');
        await tooltip.getByText('Hostile <img src=x onerror=', { exact: false }).waitFor();
        await assertInert(page, 'site tooltip');
        // ...and on hovering the hostile partnership's arc.
        await fitTo(page, [HOSTILE_AT, partnerAt]);
        const arc = await arcPoint(page, 'p-hostile');
        await page.mouse.move(arc.x, arc.y);
        await tooltip.getByText(HOSTILE_PARTNERSHIP, { exact: true }).waitFor();
        await assertInert(page, 'arc tooltip');

        // The partnership explorer.
        await page.getByRole('tab', { name: /^Partnerships/ }).click();
        const option = page.getByRole('listbox', { name: 'Partnerships' }).getByRole('option').filter({ hasText: HOSTILE_PARTNERSHIP });
        await option.waitFor();
        await assertInert(page, 'partnership explorer');

        // The partnership panel, opened from the explorer.
        await option.click();
        const panel = page.locator('#side-panel');
        await panel.getByRole('heading', { level: 2, name: HOSTILE_PARTNERSHIP }).waitFor();
        assert.ok((await panel.innerText()).includes(`Summary ${PAYLOAD}`), 'the summary markup is shown as text');
        await panel.getByRole('button', { name: HOSTILE_SITE }).waitFor();
        await assertSourcesSafe(panel);
        await assertInert(page, 'partnership panel');

        // The facility panel, opened from the partnership panel.
        await panel.getByRole('button', { name: HOSTILE_SITE }).click();
        await panel.getByRole('heading', { level: 2, name: HOSTILE_SITE }).waitFor();
        assert.ok((await panel.innerText()).includes(`Summary ${PAYLOAD}`), 'the summary markup is shown as text');
        await assertSourcesSafe(panel);
        await assertInert(page, 'facility panel');

        await openAtlas(page, '?site=kr-long-name');
        await page.locator('#side-panel h2').waitFor();
        await screenshot(page, 'hostile-long-name');
        await assertInert(page, 'long name');
      }),
    );
  });

  it('loads a 10 MB response of 6,000 sites and draws them all', async () => {
    const { page, context } = browser;
    const base = sitesBody.features[0];
    const features = Array.from({ length: 6000 }, (_, i) => {
      const f = clone(base);
      f.id = f.properties.id = `kr-synthetic-${i}`;
      f.properties.parentId = undefined;
      f.properties.summary_en = `${f.properties.summary_en} ${'Synthetic filler text. '.repeat(60)}`;
      f.geometry.coordinates = [126 + (i % 80) * 0.025, 35 + Math.floor(i / 80) * 0.04];
      return f;
    });
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    assert.ok(text.length > 10_000_000, `response is ${text.length} bytes`);
    await withRoute(
      context,
      '**/data/sites.geojson',
      (route) => route.fulfill({ body: text, contentType: 'application/geo+json' }),
      async () => {
        await openAtlas(page);
        await page.getByText('6,000 sites · 0 partnerships').waitFor({ timeout: 60_000 });
        assert.equal((await renderedSites(page)).total, 6000);
      },
    );
  });

  it('retries a failing server, explains the error, and recovers with Retry', async () => {
    const { page, context } = browser;
    let failures = 0;
    const flaky = (route) => {
      if (failures < 4) {
        failures += 1;
        return route.fulfill({ status: 500, body: 'Internal Server Error' });
      }
      return route.fallback();
    };
    await withRoute(context, '**/data/sites.geojson', flaky, async () => {
      await page.goto(BASE_URL);
      const alert = page.getByRole('alert');
      await alert.getByText(/Sites could not be loaded.*HTTP 500/).waitFor({ timeout: 30_000 });
      assert.equal(failures, 4, 'the first request and three automatic retries');
      await alert.getByRole('button', { name: 'Retry' }).click();
      await page.getByText(`${sitesBody.features.length} sites · ${partnershipsBody.features.length} partnerships`).waitFor();
      assert.equal(await page.getByRole('alert').count(), 0);
      await waitForMapIdle(page);
      assert.equal((await renderedSites(page)).total, sitesBody.features.length);
    });
  });

  it('shows the base map while a slow network brings the sites, and then draws them', async () => {
    const { page, context } = browser;
    // Nothing of the file until the map is there (a slow server): how soon the sites are due is not known, so the
    // map does not wait for them (src/map/buildTiming.ts).
    let release;
    const released = new Promise((resolve) => (release = resolve));
    const slow = async (route) => {
      await released;
      return route.fallback();
    };
    await withRoute(context, '**/data/sites.geojson', slow, async () => {
      try {
        await page.goto(BASE_URL);
        await page.locator('.maplibregl-canvas').waitFor({ timeout: 10_000 });
        await page.getByText('Loading data…').first().waitFor();
        assert.equal(await page.getByText(`${sitesBody.features.length} sites`).count(), 0, 'the sites have not arrived');
        // Meanwhile no count claims there are none: the tabs have no number yet, the count above the map says it loads.
        await page.getByRole('tab', { name: 'Sites', exact: true }).waitFor();
        await page.getByRole('tab', { name: 'Partnerships', exact: true }).waitFor();
        assert.equal(await page.locator('.match-count').innerText(), 'Loading…');
        // The base map drawn without the sites (waitForMapIdle waits for them).
        await page.waitForFunction(() => window.__atlasMap?.isStyleLoaded() && window.__atlasMap.areTilesLoaded());
        await screenshot(page, 'slow-network-base-map');
      } finally {
        release();
      }
      await page.getByText(`${sitesBody.features.length} sites · ${partnershipsBody.features.length} partnerships`).waitFor();
      await waitForMapIdle(page);
      assert.equal((await renderedSites(page)).total, sitesBody.features.length);
    });
  });

  it('falls back to the embedded base map when the configured online style is unreachable', async () => {
    const { page, context } = browser;
    const onlineStyle = (route) =>
      route.fulfill({ json: { api: { type: 'static', baseUrl: 'data/' }, basemap: { style: 'https://basemap.example.org/style.json' } } });
    await withRoute(context, '**/config.json', onlineStyle, async () => {
      await openAtlas(page);
      await page.getByText(/online base map could not be loaded.*embedded offline map/).waitFor();
      assert.equal((await renderedSites(page)).total, sitesBody.features.length);
      assert.ok(
        browser.external.some((u) => u.startsWith('https://basemap.example.org/')),
        'the online style was tried (and blocked)',
      );
    });
    browser.allow({ external: [/^https:\/\/basemap\.example\.org\//] });
  });

  it('draws the map without place names, and says so, when the font list cannot be loaded', async () => {
    const { page, context } = browser;
    await withRoute(context, '**/basemap/font-faces.json', (route) => route.fulfill({ status: 503, body: 'down' }), async () => {
      await openAtlas(page);
      await page.getByText('The map’s fonts could not be loaded, so it is shown without place names.').waitFor();
      assert.equal((await renderedSites(page)).total, sitesBody.features.length, 'every site is still drawn');
      assert.equal(await page.getByText('Loading map…').count(), 0, 'never an endless "Loading map…"');
    });
  });

  it('tells the user when the WebGL context is lost, and the panels keep working', async () => {
    const { page } = browser;
    await openAtlas(page);
    await page.evaluate(() => window.__atlasMap.getCanvas().getContext('webgl2').getExtension('WEBGL_lose_context').loseContext());
    await page.getByText(/graphics context was lost/).waitFor();
    const cluster = sitesBody.features.find((f) => f.properties.kind === 'cluster').properties;
    await page.locator('#side-panel').getByRole('button', { name: cluster.name_en }).click();
    await page.getByRole('heading', { level: 2, name: cluster.name_en }).waitFor();
  });

  it('says why there is no map when the browser cannot give it a WebGL context, and the panels keep working', async () => {
    const { context } = browser;
    const page = await context.newPage();
    try {
      // WebGL is there as an API but no context can be made (a blocklisted GPU, WebGL switched off by policy).
      await page.addInitScript(() => {
        const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
          return /webgl/i.test(type) ? null : getContext.call(this, type, ...rest);
        };
      });
      await page.goto(BASE_URL);
      await page.getByText('The map cannot be shown: this browser has no WebGL. The overview and panels still work.').waitFor();
      const cluster = sitesBody.features.find((f) => f.properties.kind === 'cluster').properties;
      await page.locator('#side-panel').getByRole('button', { name: cluster.name_en }).click();
      await page.getByRole('heading', { level: 2, name: cluster.name_en }).waitFor();
    } finally {
      await page.close();
    }
  });

  it('says so, rather than loading forever, when the data worker cannot start', async () => {
    const { page, context } = browser;
    // The worker's script is asked for before config.json arrives; its failure must still reach the page.
    await withRoute(context, '**/assets/worker-*.js', (route) => route.fulfill({ status: 404, body: 'not found' }), async () => {
      await page.goto(BASE_URL);
      await page.getByRole('alert').getByText(/Sites could not be loaded from .*Reason: The data worker stopped/).waitFor({ timeout: 20_000 });
    });
  });

  it("explains a part whose code cannot be downloaded, with no second banner, and loads it with Try again once it can", async () => {
    const { page, context } = browser;
    let online = false;
    let asked = 0;
    // The timeline's chunk and its stylesheet: asked for ahead (startEarly), then by its render; all fail while "offline".
    const timelineChunk = (route) => (asked++, online ? route.continue() : route.abort('internetdisconnected'));
    await withRoute(context, /\/assets\/Timeline-[^/]*\.(js|css)$/, timelineChunk, async () => {
      await openAtlas(page);
      const region = page.getByRole('alert').filter({ hasText: 'The timeline cannot be shown' });
      await region.getByText('Its code could not be downloaded: the connection may have dropped.').waitFor();
      assert.equal(await page.locator('.global-error').count(), 0, 'no page-wide banner repeats it over the region');
      // The rest works: a filter still filters.
      await page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: /^Kazakhstan/ }).check();
      await page.getByText(/^\d+ of \d+ sites$/).waitFor();
      const failedAsks = asked;
      online = true;
      await region.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('list', { name: 'Event kinds' }).waitFor();
      // Styled too: its stylesheet, failed with its code, was asked for again (the legend's swatches lie in a row).
      await poll(
        () => page.locator('.timeline-legend').evaluate((ul) => getComputedStyle(ul).display),
        (display) => display !== 'block',
        { message: "the timeline's stylesheet applied" },
      );
      assert.ok(asked > failedAsks, 'Try again asked for the code again');
      assert.equal(await region.count(), 0);
    });
  });

  it('explains a broken config.json instead of showing a blank page', async () => {
    const { page, context } = browser;
    await withRoute(
      context,
      '**/config.json',
      (route) => route.fulfill({ json: { api: { type: 'ogcapi' } } }),
      async () => {
        await page.goto(BASE_URL);
        await page.getByRole('alert').getByText('config.json is invalid at "api.baseUrl"').waitFor();
      },
    );
  });

  it('starts the atlas with Retry on the configuration error page once config.json can be loaded', async () => {
    const { page, context } = browser;
    let answered = 0;
    const failOnce = (route) => {
      answered += 1;
      return answered === 1 ? route.fulfill({ status: 503, body: 'Service Unavailable' }) : route.fallback();
    };
    await withRoute(context, '**/config.json', failOnce, async () => {
      await page.goto(BASE_URL);
      const alert = page.getByRole('alert');
      await alert.getByText('The atlas could not start').waitFor();
      await alert.getByText(/config\.json.*503/).waitFor();
      await alert.getByRole('button', { name: 'Retry' }).click();
      await page.getByText(`${sitesBody.features.length} sites · ${partnershipsBody.features.length} partnerships`).waitFor();
      assert.equal(answered, 2, 'one failed request, then one on Retry');
      assert.equal(await page.getByText('The atlas could not start').count(), 0);
      await waitForMapIdle(page);
      assert.equal((await renderedSites(page)).total, sitesBody.features.length);
    });
  });
});
