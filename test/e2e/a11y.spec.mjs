// Accessibility in Chromium (WCAG 2.2 AA): axe-core finds no violation in any
// view at desktop and phone sizes, and every main task can be done with the
// keyboard alone. axe is injected by @axe-core/playwright with page.evaluate,
// which the page's CSP (script-src 'self') allows; a script tag would not be.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { BASE_URL, it, jumpTo, openAtlas, poll, screenshot, sharedBrowser, waitForMapIdle, withRoute } from './driver.mjs';

const sites = JSON.parse(readFileSync('public/data/sites.geojson', 'utf8')).features.map((f) => ({ ...f.properties, coordinates: f.geometry.coordinates }));
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

/** On a phone the explore tabs sit in a bottom sheet: raise it until its content shows (no-op on the desktop). */
async function showMoreOfSheet(page) {
  const more = page.getByRole('button', { name: 'Show more of the panel' });
  for (let i = 0; i < 2 && (await more.isVisible()) && (await more.isEnabled()); i += 1) await more.click();
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
      await showMoreOfSheet(page);
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
      await screenshot(page, `a11y-partnership-${tag}`);
      // The explorer with nothing open (on a phone an open record covers the tabs).
      await openAtlas(page);
      await page.getByRole('tab', { name: /^Partnerships/ }).click();
      await showMoreOfSheet(page);
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

    it('the list of sites in view, and the focused timeline with its year spelled out', async () => {
      const { page } = browser;
      await openAtlas(page);
      await page.getByRole('button', { name: /^Sites? in view/ }).click();
      await page.getByRole('listbox', { name: 'Sites in the map view' }).waitFor();
      await expectNoViolations(page, 'sites in view');
      await screenshot(page, `a11y-in-view-${tag}`);
      await page.keyboard.press('Escape');
      const chart = page.getByRole('slider', { name: 'Years with dated events' });
      // On a phone the timeline is behind a button; the year details are checked where the chart shows.
      if (await chart.isVisible()) {
        await chart.focus();
        await page.keyboard.press('End');
        await page.locator('.timeline-details').waitFor();
        await expectNoViolations(page, 'timeline details');
      }
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

// A 1024 px window has no room for the chips: "Filters: N" opens them as a list.
describe('axe at 1024×800', () => {
  const browser = sharedBrowser({ width: 1024, height: 800 });
  it('the active filters opened from "Filters: N"', async () => {
    const { page } = browser;
    await openAtlas(page, '?country=KR&sector=vaccines,mrna');
    await page.getByRole('button', { name: /^Filters: 3/ }).click();
    await page.locator('.chips-popover').waitFor();
    await expectNoViolations(page, 'filters list');
    await screenshot(page, 'a11y-filters-list-1024x800');
  });
  it("the legend open over a small map (a record open), in Kazakh: one column, scrolling, under the map's controls", async () => {
    const { page } = browser;
    await openAtlas(page, `?lang=kk&site=${sites[0].id}`);
    const legend = page.locator('.legend');
    if ((await legend.getAttribute('class')).includes('closed')) await legend.locator('.legend-toggle').click();
    await legend.locator('.legend-body').waitFor();
    await expectNoViolations(page, 'legend over a small map');
    await screenshot(page, 'a11y-legend-small-map-1024x800');
  });
});
axeViews({ width: 390, height: 844 });

/** Presses Tab until `target` has the focus (at most `limit` times): proof that the keyboard reaches it, in page order. */
async function tabTo(page, target, { limit = 120 } = {}) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false)) return;
  }
  throw new Error(`${target} not reached with ${limit} presses of Tab`);
}

/**
 * Fails unless the focused element is on screen and not covered (WCAG 2.4.11): the topmost
 * element at its centre is it, inside it, or (for a listbox's active option) what it points to.
 */
async function assertFocusNotObscured(page) {
  const found = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing focused';
    const r = el.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + Math.min(r.height / 2, 12)];
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return `off screen: ${el.outerHTML.slice(0, 80)}`;
    const top = document.elementFromPoint(x, y);
    return top && (el === top || el.contains(top)) ? 'ok' : `covered by ${top?.outerHTML.slice(0, 80)}`;
  });
  assert.equal(found, 'ok', 'the focused element is visible');
}

/** The accessible name of the focused element, or its text. */
const focusedName = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
  });

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits until the page's live region says something matching `pattern`, and returns it. */
const announced = (page, pattern) =>
  poll(() => page.getByTestId('announcer').innerText(), (text) => pattern.test(text), { message: `announcement ${pattern}` });

describe('keyboard only, 1280×900', () => {
  const browser = sharedBrowser({ width: 1280, height: 900 });

  it('skip link to the map; arrow keys pan, + and - zoom; the move is announced', async () => {
    const { page } = browser;
    await openAtlas(page);
    await page.keyboard.press('Tab');
    assert.equal(await focusedName(page), 'Skip to map');
    await page.keyboard.press('Enter');
    const canvas = page.locator('canvas.maplibregl-canvas');
    assert.ok(await canvas.evaluate((el) => el === document.activeElement), 'the map canvas has the focus');
    assert.match(await canvas.getAttribute('aria-label'), /Arrow keys move the map/);
    assert.notEqual(await canvas.evaluate((el) => getComputedStyle(el).outlineStyle), 'none', 'the focused canvas shows a focus ring');
    await screenshot(page, 'a11y-keyboard-map-focused');
    const view = () => page.evaluate(() => ({ lon: window.__atlasMap.getCenter().lng, zoom: window.__atlasMap.getZoom() }));
    const before = await view();
    await page.keyboard.press('ArrowRight');
    await poll(view, (v) => v.lon > before.lon + 0.1, { message: 'map panned east' });
    await page.keyboard.press('+');
    await poll(view, (v) => v.zoom > before.zoom + 0.5, { message: 'map zoomed in' });
    await waitForMapIdle(page);
    await announced(page, /^Map moved/);
    await page.keyboard.press('-');
    await poll(view, (v) => Math.abs(v.zoom - before.zoom) < 0.01, { message: 'map zoomed back out' });
    // Over Hwasun, most sites in view lie in Jeollanam-do: the announcement names the region.
    const hwasun = sites.find((s) => s.id === 'kr-hwasun-vaccine-industry-special-zone');
    await jumpTo(page, hwasun.coordinates, 10);
    await canvas.focus();
    await page.keyboard.press('ArrowUp');
    await announced(page, /^Map moved to Jeollanam-do: \d+ sites? in view$/);
  });

  it('opens a site from the list of sites in view: the panel opens, the map moves, Escape returns the focus', async () => {
    const { page } = browser;
    await openAtlas(page);
    const toggle = page.getByRole('button', { name: /^Sites? in view \(\d+\)$/ });
    await tabTo(page, toggle);
    await assertFocusNotObscured(page);
    const total = Number((await toggle.innerText()).match(/\d+/)[0]);
    assert.equal(total, sites.length, 'every site is in the first view');
    await page.keyboard.press('Enter');
    const listbox = page.getByRole('listbox', { name: 'Sites in the map view' });
    await poll(() => listbox.evaluate((el) => el === document.activeElement), Boolean, { message: 'listbox focused' });
    await assertFocusNotObscured(page);
    await page.keyboard.press('ArrowDown');
    const activeId = await listbox.evaluate((el) => document.getElementById(el.getAttribute('aria-activedescendant')).dataset.siteId);
    const site = sites.find((s) => s.id === activeId);
    assert.ok(site, `the active option "${activeId}" is a site`);
    // The second option, by name (the map's copy of a long name is shortened with "…").
    const byName = [...sites].sort((a, b) => a.name_en.localeCompare(b.name_en));
    assert.equal(site.id, byName[1].id);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('site') === site.id);
    await page.getByRole('heading', { level: 2, name: site.name_en }).waitFor();
    await announced(page, new RegExp(`^Opened: ${escapeRegExp(site.name_en)}`));
    await poll(() => page.evaluate(() => window.__atlasMap.getZoom()), (z) => z >= 8.9, { message: 'map moved in to the site' });
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('site'));
    await poll(() => listbox.evaluate((el) => el === document.activeElement), Boolean, { message: 'focus back on the list of sites in view' });
    await page.keyboard.press('Escape');
    await poll(() => toggle.evaluate((el) => el === document.activeElement), Boolean, { message: 'focus back on the button' });
    assert.equal(await listbox.count(), 0, 'the list closed');
  });

  it('filters with a checkbox and searches; the new count is announced', async () => {
    const { page } = browser;
    await openAtlas(page);
    const kazakhstan = page.getByRole('group', { name: 'Country' }).getByRole('checkbox', { name: /^Kazakhstan/ });
    await tabTo(page, kazakhstan);
    await assertFocusNotObscured(page);
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.get('country') === 'KZ');
    const inKz = sites.filter((s) => s.country === 'KZ').length;
    await announced(page, new RegExp(`^${inKz} of ${sites.length} sites$`));
    await page.keyboard.press('Space');
    await page.waitForURL((url) => !url.searchParams.has('country'));
    const search = page.getByRole('searchbox', { name: 'Search' });
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, search);
    await page.keyboard.type('Hwasun');
    await page.waitForURL((url) => url.searchParams.get('q') === 'Hwasun');
    await announced(page, new RegExp(`^\\d+ of ${sites.length} sites$`));
  });

  it('opens a partnership from the explorer and Escape returns the focus to it', async () => {
    const { page } = browser;
    await openAtlas(page);
    const tab = page.getByRole('tab', { name: /^Partnerships/ });
    await tabTo(page, page.getByRole('tab', { selected: true }));
    // Tabs move with the arrow keys (one tab stop for the tab list).
    for (let i = 0; i < 4 && !(await tab.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const list = page.getByRole('listbox', { name: 'Partnerships' });
    await tabTo(page, list);
    const option = page.locator(':focus');
    const text = await option.innerText();
    const partnership = partnerships.find((p) => text.includes(p.title_en));
    assert.ok(partnership, `the focused option "${text}" is a partnership`);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('partnership') === partnership.id);
    await page.getByRole('heading', { level: 2, name: partnership.title_en }).waitFor();
    await announced(page, /^Opened: /);
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('partnership'));
    await poll(() => focusedName(page), (name) => name.includes(partnership.title_en), { message: 'focus back on the option' });
  });

  it('exports the sites as CSV from the keyboard', async () => {
    const { page } = browser;
    await openAtlas(page);
    await tabTo(page, page.getByRole('button', { name: /Export/ }));
    await page.keyboard.press('ArrowDown');
    await page.getByRole('menu').waitFor();
    assert.match(await focusedName(page), new RegExp(`^Sites \\(${sites.length}\\)`));
    const csv = page.getByRole('menuitem', { name: `Sites (${sites.length}) — CSV` });
    for (let i = 0; i < 8 && !(await csv.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('ArrowDown');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /\.csv$/);
  });

  it('changes the year range with the arrow keys on the timeline', async () => {
    const { page } = browser;
    await openAtlas(page);
    const chart = page.getByRole('slider', { name: 'Years with dated events' });
    await tabTo(page, chart);
    await page.keyboard.press('End');
    await page.waitForURL((url) => url.searchParams.has('from') && url.searchParams.get('from') === url.searchParams.get('to'));
    const last = Number(new URL(page.url()).searchParams.get('from'));
    // The year's events, otherwise only in a hover tooltip, are spelled out while the chart has the focus.
    assert.match(await page.locator('.timeline-details').innerText(), new RegExp(`^${last}`));
    await assertFocusNotObscured(page);
    await page.keyboard.press('Shift+ArrowLeft');
    await page.waitForURL((url) => Number(url.searchParams.get('from')) === last - 1 && Number(url.searchParams.get('to')) === last);
    await announced(page, new RegExp(`^\\d+ of ${sites.length} sites$`));
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('from'));
    // The map's keyboard list follows the filters back to every site.
    await poll(() => page.getByRole('button', { name: /^Sites? in view/ }).innerText(), (text) => text === `Sites in view (${sites.length})`, {
      message: 'sites in view after the years are cleared',
    });
    await screenshot(page, 'a11y-keyboard-timeline');
  });
});
