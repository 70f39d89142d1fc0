// Never a blank page: a dataset large enough to have crashed the atlas before,
// a file too large for static mode, render errors in each region, and errors
// thrown outside rendering all end in something the person can read.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { BASE_URL, it, openAtlas, poll, renderedSites, sharedBrowser, waitForMapIdle, withRoute } from './driver.mjs';

/**
 * Sites with three dated events each: 150,000 of them made the year span spread
 * 450,000 numbers into Math.min(...), which overflowed the call stack and left
 * an empty page. Written beside the build the test server serves (large
 * bodies do not pass through Playwright's routing), never committed.
 */
function writeLargeDataset(dir, n) {
  const sectors = ['biomanufacturing', 'cdmo', 'vaccines', 'mrna', 'genomics', 'pharmaceuticals'];
  const parts = ['{"type":"FeatureCollection","features":['];
  for (let i = 0; i < n; i++) {
    const kz = i % 3 === 0;
    const lon = kz ? 50 + ((i * 7919) % 3000) / 100 : 126 + ((i * 104729) % 300) / 100;
    const lat = kz ? 41 + ((i * 6271) % 1100) / 100 : 34.5 + ((i * 1301) % 400) / 100;
    parts.push(
      `${i ? ',' : ''}{"type":"Feature","geometry":{"type":"Point","coordinates":[${lon},${lat}]},"properties":{"id":"s${i}","name_en":"Synthetic site ${i}",` +
        `"kind":"company","sectors":["${sectors[i % 6]}"],"country":"${kz ? 'KZ' : 'KR'}","region":"${kz ? 'KZ-71' : 'KR-28'}","regionName":"${kz ? 'Astana' : 'Incheon'}",` +
        `"status":"operating","founded":"${1990 + (i % 35)}","milestones":[{"date":"${2000 + (i % 25)}","label_en":"opened"}],` +
        `"figures":[{"metric":"workforce","value":${i % 500},"unit":"people","year":${2010 + (i % 20)}}],"summary_en":"A synthetic site.",` +
        `"locationPrecision":"city","sources":[{"article":"000","title":"T","publisher":"P","quote":"Q"}]}}`,
    );
  }
  parts.push(']}');
  writeFileSync(join(dir, 'sites.geojson'), parts.join(''));
  writeFileSync(join(dir, 'partnerships.geojson'), '{"type":"FeatureCollection","features":[]}');
}

describe('never a blank page', () => {
  const browser = sharedBrowser();
  const dir = join('dist', 'e2e-large');
  before(() => mkdirSync(dir, { recursive: true }));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('loads 150,000 sites, a dataset that used to crash the page, and draws them all', async () => {
    const { page, context } = browser;
    const n = 150_000;
    writeLargeDataset(dir, n);
    const largeData = (route) => route.fulfill({ json: { api: { type: 'static', baseUrl: 'e2e-large/' } } });
    await withRoute(context, '**/config.json', largeData, async () => {
      await page.goto(BASE_URL);
      await page.getByText(`${n.toLocaleString('en')} sites · 0 partnerships`).waitFor({ timeout: 120_000 });
      // The map's data follows the counts (the data worker writes it, MapLibre's worker reads it).
      await poll(
        async () => {
          await waitForMapIdle(page, { timeout: 60_000 });
          return (await renderedSites(page)).total;
        },
        (total) => total === n,
        { timeout: 90_000, message: 'every site is on the map (points plus cluster counts)' },
      );
      assert.equal(await page.getByRole('alert').count(), 0);
    });
  }, { timeout: 180_000 });

  it('explains a file too large for static mode and points to the OGC API mode', async () => {
    const { page, context } = browser;
    const smallLimit = (route) => route.fulfill({ json: { api: { type: 'static', baseUrl: 'data/', maxBytes: 50_000 } } });
    await withRoute(context, '**/config.json', smallLimit, async () => {
      await page.goto(BASE_URL);
      const alert = page.getByRole('alert').filter({ hasText: 'Sites could not be loaded' });
      await alert.getByText(/sites\.geojson is \d+ MB.*too large to load in a browser.*OGC API/).waitFor({ timeout: 60_000 });
      // Partnerships are small enough, and the rest of the atlas is there.
      await page.getByRole('heading', { level: 1, name: 'BioCluster Atlas' }).waitFor();
    });
  });

  it('shows the error boundary of a region that fails to render, and the rest keeps working', async () => {
    const { page } = browser;
    await page.addInitScript(() => {
      if (new URLSearchParams(location.search).get('country') === 'KZ') window.__atlasCrashIn = 'panel';
    });
    browser.allow({ pageErrors: [/Deliberate test error in the panel/] });
    await openAtlas(page, '?country=KZ');
    const alert = page.locator('#side-panel').getByRole('alert');
    await alert.getByText('This panel cannot be shown').waitFor();
    await alert.getByText('Deliberate test error in the panel').waitFor();
    await alert.getByRole('button', { name: 'Reload' }).waitFor();
    // The map and filters still work.
    assert.ok((await renderedSites(page)).total > 0);
    await page.getByRole('checkbox', { name: /Republic of Korea/ }).check();
    await page.waitForURL(/country=KZ%2CKR|country=KZ,KR/);
  });

  it('reports an error thrown outside rendering as a banner over a working page', async () => {
    const { page } = browser;
    browser.allow({ pageErrors: [/a background task broke/] });
    await openAtlas(page);
    await page.evaluate(() => setTimeout(() => Promise.reject(new Error('a background task broke'))));
    const banner = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
    await banner.getByText('a background task broke').waitFor();
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await banner.waitFor({ state: 'detached' });
  });
});
