// Accessibility in Chromium (WCAG 2.2 AA): axe-core finds no violation in any
// view at desktop and phone sizes, and every main task can be done with the
// keyboard alone. axe is injected by @axe-core/playwright with page.evaluate,
// which the page's CSP (script-src 'self') allows; a script tag would not be.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { BASE_URL, it, openAtlas, poll, screenshot, sharedBrowser, waitForMapIdle, withRoute } from './driver.mjs';

const sites = JSON.parse(readFileSync('public/data/sites.geojson', 'utf8')).features.map((f) => f.properties);
const partnerships = JSON.parse(readFileSync('public/data/partnerships.geojson', 'utf8')).features.map((f) => f.properties);

/** WCAG 2.0, 2.1 and 2.2 A and AA: wcag22aa is what runs target-size (2.5.8). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is now and fails with every violation spelled out (rule, impact, elements). */
async function expectNoViolations(page, view) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const described = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary.split('\n').slice(1).join('; ')}`).join('\n'),
  );
  assert.deepEqual(described, [], `axe violations in "${view}"`);
}

function axeViews(size) {
  describe(`axe at ${size.width}×${size.height}`, () => {
    const browser = sharedBrowser(size);
    const tag = `${size.width}x${size.height}`;

    it('start view', async () => {
      const { page } = browser;
      await openAtlas(page);
      await expectNoViolations(page, 'start');
      await screenshot(page, `a11y-start-${tag}`);
    });

    it('filters applied, and the list', async () => {
      const { page } = browser;
      await openAtlas(page, '?country=KZ&sector=pharma');
      await expectNoViolations(page, 'filters applied');
      await page.getByRole('tab', { name: /^Sites/ }).click();
      await page.getByRole('grid', { name: 'Sites' }).waitFor();
      await expectNoViolations(page, 'the list');
      await screenshot(page, `a11y-list-${tag}`);
    });

    it('a facility panel', async () => {
      const { page } = browser;
      const site = sites.find((s) => s.kind === 'facility') ?? sites[0];
      await openAtlas(page, `?site=${site.id}`);
      await page.getByRole('heading', { level: 2, name: site.name_en }).waitFor();
      await expectNoViolations(page, 'facility panel');
      await screenshot(page, `a11y-site-${tag}`);
    });

    it('a partnership panel, and the partnership explorer', async () => {
      const { page } = browser;
      const partnership = partnerships[0];
      await openAtlas(page, `?partnership=${partnership.id}`);
      await page.getByRole('heading', { level: 2, name: partnership.title_en }).waitFor();
      await expectNoViolations(page, 'partnership panel');
      await page.getByRole('tab', { name: /^Partnerships/ }).click();
      await page.getByRole('listbox', { name: 'Partnerships' }).waitFor();
      await expectNoViolations(page, 'partnership explorer');
      await screenshot(page, `a11y-explorer-${tag}`);
    });

    it('the export menu', async () => {
      const { page } = browser;
      await openAtlas(page);
      await page.getByRole('button', { name: /Export/ }).click();
      await page.getByRole('menu').waitFor();
      await expectNoViolations(page, 'export menu');
      await screenshot(page, `a11y-export-${tag}`);
      await page.keyboard.press('Escape');
    });

    it('data failed', async () => {
      const { page, context } = browser;
      await withRoute(context, '**/data/sites.geojson', (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }), async () => {
        await page.goto(BASE_URL);
        await page.getByRole('alert').getByText(/Sites could not be loaded/).waitFor({ timeout: 40_000 });
        await expectNoViolations(page, 'data failed');
        await screenshot(page, `a11y-data-failed-${tag}`);
      });
    });

    it('config broken', async () => {
      const { page, context } = browser;
      await withRoute(context, '**/config.json', (route) => route.fulfill({ json: { api: { type: 'ogcapi' } } }), async () => {
        await page.goto(BASE_URL);
        await page.getByRole('alert').getByText(/config\.json is invalid/).waitFor();
        await expectNoViolations(page, 'config broken');
        await screenshot(page, `a11y-config-broken-${tag}`);
      });
    });
  });
}

axeViews({ width: 1280, height: 900 });
axeViews({ width: 390, height: 844 });
