// Bad data, faults and hostile input in the built app: nothing runs that the
// data contains, what can be loaded is shown, and the user is told the rest.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launch, openAtlas, renderedSites, screenshot, waitForMapIdle, withRoute } from './driver.mjs';

const sitesBody = JSON.parse(readFileSync('public/data/sites.geojson', 'utf8'));
const partnershipsBody = JSON.parse(readFileSync('public/data/partnerships.geojson', 'utf8'));
const clone = (v) => JSON.parse(JSON.stringify(v));
const PAYLOAD = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;

function hostileSites() {
  const body = clone(sitesBody);
  const base = body.features[0];
  const evil = clone(base);
  evil.id = evil.properties.id = 'kr-hostile';
  evil.properties.name_en = `Hostile ${PAYLOAD}`;
  evil.properties.summary_en = `Summary ${PAYLOAD}`;
  evil.properties.parentId = undefined;
  evil.properties.sources = [
    { ...base.properties.sources[0], title: 'Script link', url: 'javascript:window.__pwned=1' },
    { ...base.properties.sources[0], title: 'Data link', url: 'data:text/html,<script>window.__pwned=1</script>' },
    { ...base.properties.sources[0], title: 'Real link', url: 'https://example.org/article' },
  ];
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

function hostilePartnerships() {
  const body = clone(partnershipsBody);
  const ghost = clone(body.features[0]);
  ghost.id = ghost.properties.id = 'p-ghost';
  ghost.properties.parties = ['kr-hostile', 'kz-does-not-exist'];
  ghost.properties.title_en = `Ghost ${PAYLOAD}`;
  body.features.push(ghost);
  return body;
}

describe('resilience in Chromium', () => {
  let browser;
  before(async () => {
    browser = await launch();
    browser.page.on('dialog', (dialog) => {
      browser.pageErrors.push(`unexpected dialog: ${dialog.message()}`);
      return dialog.dismiss();
    });
  });
  after(async () => browser?.close());

  it('shows a hostile dataset as text: no script runs, unsafe links are not links, broken records are counted', async () => {
    const { page, context } = browser;
    const { body, valid, skipped } = hostileSites();
    const serveSites = (route) => route.fulfill({ json: body });
    const servePartnerships = (route) => route.fulfill({ json: hostilePartnerships() });
    await context.route('**/data/partnerships.geojson', servePartnerships);
    await withRoute(context, '**/data/sites.geojson', serveSites, async () => {
      await openAtlas(page);
      assert.equal((await renderedSites(page)).total, valid, 'every valid site is on the map');
      // The skipped broken records plus the partnership with an unknown party.
      await page.getByText(`${skipped + 1} records skipped`).click();
      await page.getByText(/partnerships #\d+ p-ghost: unknown party: kz-does-not-exist/).waitFor();
      await page.getByText(/sites #\d+ kr-no-name: name_en/).waitFor();

      await openAtlas(page, '?site=kr-hostile');
      await page.getByRole('heading', { level: 2, name: `Hostile ${PAYLOAD}` }).waitFor();
      const panel = page.locator('#side-panel');
      assert.ok((await panel.innerText()).includes(`Summary ${PAYLOAD}`), 'the markup is shown as text');
      assert.equal(await panel.locator('img').count(), 0, 'no element was created from data');
      assert.equal(await panel.getByRole('link', { name: 'Script link' }).count(), 0);
      assert.equal(await panel.getByRole('link', { name: 'Data link' }).count(), 0);
      assert.equal(await panel.getByRole('link', { name: 'Real link' }).getAttribute('href'), 'https://example.org/article');
      assert.equal(await page.locator('a[href^="javascript:"], a[href^="data:"]').count(), 0);
      await openAtlas(page, '?site=kr-long-name');
      await page.locator('#side-panel h2').waitFor();
      await screenshot(page, 'hostile-long-name');
      assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no injected script ran');
      assert.deepEqual(browser.pageErrors, []);
      assert.deepEqual(browser.cspViolations, []);
    });
    await context.unroute('**/data/partnerships.geojson', servePartnerships);
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
      await page.goto(new URL('./', process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173/').toString());
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
  });

  it('tells the user when the WebGL context is lost, and the panels keep working', async () => {
    const { page } = browser;
    await openAtlas(page);
    await page.evaluate(() => window.__atlasMap.getCanvas().getContext('webgl2').getExtension('WEBGL_lose_context').loseContext());
    await page.getByText(/graphics context was lost/).waitFor();
    const cluster = sitesBody.features.find((f) => f.properties.kind === 'cluster').properties;
    await page.locator('#side-panel').getByRole('button', { name: cluster.name_en }).click();
    await page.getByRole('heading', { level: 2, name: cluster.name_en }).waitFor();
    assert.deepEqual(browser.pageErrors, []);
  });

  it('explains a broken config.json instead of showing a blank page', async () => {
    const { page, context } = browser;
    await withRoute(
      context,
      '**/config.json',
      (route) => route.fulfill({ json: { api: { type: 'ogcapi' } } }),
      async () => {
        await page.goto(process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173/');
        await page.getByRole('alert').getByText('config.json is invalid at "api.baseUrl"').waitFor();
      },
    );
  });
});
