// The phone layout in Chromium, at two phones (portrait and landscape), the smallest
// phone (320 px wide) and a tablet: screenshots of each view for a person to look at,
// and what a person holding the phone would notice — a shared link or a tap opens the
// record's panel in sight, Back closes it, the sheet's buttons and grip move it, no
// sideways scrolling, targets a finger can hit.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe } from 'node:test';
import { clickSiteOnMap, it, openAtlas, poll, screenPoint, screenshot, sharedBrowser, siteCoordinates, waitForMapIdle } from './driver.mjs';

const sites = JSON.parse(readFileSync('public/data/sites.geojson', 'utf8')).features.map((f) => f.properties);
const partnerships = JSON.parse(readFileSync('public/data/partnerships.geojson', 'utf8')).features.map((f) => f.properties);
const pcmo = sites.find((s) => s.id === 'kr-pcmo');
const visit = partnerships.find((p) => p.id === 'p-kz-kr-delegation-working-visit-2022');

const SIZES = [
  { width: 320, height: 568, sheet: 'bottom' },
  { width: 390, height: 844, sheet: 'bottom' },
  { width: 844, height: 390, sheet: 'side' },
  { width: 800, height: 1000, sheet: 'side' },
];

/** WCAG 2.5.8's minimum target size, in CSS px. */
const MIN_TARGET_PX = 24;

const sheet = (page) => page.getByRole('region', { name: 'Explore and details' });
const snapOf = (page) => page.locator('.bottom-sheet').getAttribute('data-snap');
const showMore = (page) => page.getByRole('button', { name: 'Show more of the panel' });
const showLess = (page) => page.getByRole('button', { name: 'Show less of the panel' });

/** Waits until the sheet rests at `snap` and its height transition has finished. */
async function waitForSnap(page, snap) {
  await poll(
    () => snapOf(page),
    (s) => s === snap,
    { message: `the sheet rests at ${snap}` },
  );
  await poll(
    () => page.locator('.bottom-sheet').evaluate((el) => el.getAnimations().length),
    (running) => running === 0,
    { message: 'the sheet stops moving' },
  );
}

/** Whether the whole element lies inside the window (not scrolled away, not under the window's edge). */
async function isInViewport(page, locator) {
  const box = await locator.boundingBox();
  const { width, height } = page.viewportSize();
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= height && box.x + box.width <= width;
}

/** The page's width beyond the window: 0 means no horizontal scrolling (WCAG 1.4.10). */
function overflowX(page) {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);
}

/**
 * Every visible control smaller than 24 × 24 px. A checkbox or radio is measured with its label
 * (the label is part of its target); links inside running text are exempt (2.5.8's inline exception).
 */
function smallTargets(page) {
  return page.evaluate((min) => {
    const found = [];
    for (const el of document.querySelectorAll('button, a[href], input, select, textarea, summary, [role="tab"]')) {
      if (el.closest('[inert], [hidden]') || el.getClientRects().length === 0) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      const target = (el.matches('input[type="checkbox"], input[type="radio"]') && el.closest('label')) || el;
      const rect = target.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (el.matches('a') && getComputedStyle(el).display === 'inline' && el.parentElement?.textContent.trim() !== el.textContent.trim())
        continue;
      if (rect.width < min - 0.5 || rect.height < min - 0.5) {
        const name = el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30) || el.outerHTML.slice(0, 60);
        found.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(rect.width)}×${Math.round(rect.height)}`);
      }
    }
    return found;
  }, MIN_TARGET_PX);
}

/**
 * A finger on the screen, through the DevTools protocol: real touch events (pointerType "touch") whose
 * timestamps advance one 16 ms frame per step, so the sheet measures a finger's real speed.
 */
async function touchscreen(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  let clock = Date.now() / 1000;
  const send = (type, points) => {
    clock += 0.016;
    return cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points, timestamp: clock });
  };
  return {
    /** One finger from (x1, y1) to (x2, y2), `stepPx` per frame. */
    async swipe(x1, y1, x2, y2, { stepPx }) {
      await send('touchStart', [{ x: x1, y: y1 }]);
      const steps = Math.max(1, Math.round(Math.hypot(x2 - x1, y2 - y1) / stepPx));
      for (let i = 1; i <= steps; i++) await send('touchMove', [{ x: x1 + ((x2 - x1) * i) / steps, y: y1 + ((y2 - y1) * i) / steps }]);
      await send('touchEnd', []);
    },
    /** One finger straight up or down. */
    drag(x, fromY, toY, options) {
      return this.swipe(x, fromY, x, toY, options);
    },
    async tap(x, y) {
      await send('touchStart', [{ x, y }]);
      await send('touchEnd', []);
    },
    /** Two fingers moving apart (spread > 1) or together around (x, y), horizontally. */
    async pinch(x, y, { from, to, steps = 10 }) {
      const fingers = (gap) => [
        { x: x - gap / 2, y, id: 0 },
        { x: x + gap / 2, y, id: 1 },
      ];
      await send('touchStart', fingers(from));
      for (let i = 1; i <= steps; i++) await send('touchMove', fingers(from + ((to - from) * i) / steps));
      await send('touchEnd', []);
    },
  };
}

async function assertFits(page, view) {
  assert.equal(await overflowX(page), 0, `${view}: no horizontal scrolling`);
  assert.deepEqual(await smallTargets(page), [], `${view}: every target is at least ${MIN_TARGET_PX} px`);
}

for (const size of SIZES) {
  const tag = `${size.width}x${size.height}`;

  describe(`phone layout at ${size.width}×${size.height}`, () => {
    const browser = sharedBrowser(size);

    it('start view: the map, the sheet folded with its tabs, nothing wider than the window', async () => {
      const { page } = browser;
      await openAtlas(page, '');
      assert.equal(await snapOf(page), 'peek');
      await page
        .locator('.phone-main')
        .getAttribute('data-sheet')
        .then((placement) => assert.equal(placement, size.sheet));
      for (const name of [/^Filters/, /^Sites/, /^Partnerships/, /^Summary/]) {
        assert.ok(await isInViewport(page, sheet(page).getByRole('tab', { name })), `tab ${name} is in sight`);
      }
      assert.ok(await isInViewport(page, page.getByRole('searchbox')), 'the search is in the title bar');
      await screenshot(page, `phone-${tag}-start`);
      await assertFits(page, 'start');
    });

    it('a shared link to a site opens its panel in sight, at half height, with the site on the visible map', async () => {
      const { page } = browser;
      await openAtlas(page, '?site=kr-pcmo');
      const heading = page.getByRole('heading', { level: 2, name: pcmo.name_en });
      await heading.waitFor();
      await waitForSnap(page, 'half');
      await waitForMapIdle(page);
      assert.ok(await isInViewport(page, heading), 'the panel heading is in sight');
      assert.ok(await isInViewport(page, page.getByRole('button', { name: 'Close panel' })), 'its close button too');
      // The site is on the part of the map the sheet leaves uncovered.
      const point = await screenPoint(page, await siteCoordinates(page, 'kr-pcmo'));
      const sheetBox = await page.locator('.bottom-sheet').boundingBox();
      const mapBox = await page.locator('.phone-map').boundingBox();
      const uncovered = size.sheet === 'bottom' ? point.y < sheetBox.y && point.y > mapBox.y : point.x > sheetBox.x + sheetBox.width;
      assert.ok(uncovered, `the site (${JSON.stringify(point)}) is not under the sheet (${JSON.stringify(sheetBox)})`);
      await screenshot(page, `phone-${tag}-site`);
      await assertFits(page, 'site panel');
    });

    it('a shared link to a partnership opens its panel in sight', async () => {
      const { page } = browser;
      await openAtlas(page, `?partnership=${visit.id}`);
      const heading = page.getByRole('heading', { level: 2, name: visit.title_en });
      await heading.waitFor();
      await waitForSnap(page, 'half');
      await waitForMapIdle(page);
      assert.ok(await isInViewport(page, heading), 'the panel heading is in sight');
      await screenshot(page, `phone-${tag}-partnership`);
      await assertFits(page, 'partnership panel');
    });

    it('the filters and the list open in the sheet', async () => {
      const { page } = browser;
      await openAtlas(page, '');
      await showMore(page).click();
      await waitForSnap(page, 'half');
      const korea = sheet(page).getByRole('checkbox', { name: /Republic of Korea/ });
      assert.ok(await isInViewport(page, korea), 'the first filter is in sight');
      await screenshot(page, `phone-${tag}-filters`);
      await assertFits(page, 'filters');
      await sheet(page)
        .getByRole('tab', { name: /^Sites/ })
        .click();
      // On a short phone half a sheet holds the list's header only: the person pulls it up.
      if (size.sheet === 'bottom' && size.height < 600) {
        await showMore(page).click();
        await waitForSnap(page, 'full');
      }
      const grid = page.getByRole('grid', { name: 'Sites' });
      await grid.locator('[role="row"][aria-rowindex="2"]').waitFor();
      assert.ok(await isInViewport(page, grid.locator('[role="row"][aria-rowindex="2"]')), 'the first row is in sight');
      await screenshot(page, `phone-${tag}-list`);
      await assertFits(page, 'list');
    });
  });
}

describe('phone layout: opening, closing and moving the sheet (390×844)', () => {
  const browser = sharedBrowser({ width: 390, height: 844 });

  it('a row tapped in the list opens its panel at half with the focus in it; Back closes it and returns to the list', async () => {
    const { page } = browser;
    await openAtlas(page, '');
    await sheet(page)
      .getByRole('tab', { name: /^Sites/ })
      .click();
    // Moving focus into the folded sheet opens it.
    await waitForSnap(page, 'half');
    await showMore(page).click();
    await waitForSnap(page, 'full');
    const grid = page.getByRole('grid', { name: 'Sites' });
    const row = grid.locator('[role="row"][aria-rowindex="3"]');
    const name = (await row.locator('.sl-name').innerText()).trim();
    const site = sites.find((s) => s.name_en === name);
    assert.ok(site, `row names a site: ${name}`);
    await row.click();
    const heading = page.getByRole('heading', { level: 2, name: site.name_en });
    await heading.waitFor();
    await waitForSnap(page, 'half');
    assert.ok(await isInViewport(page, heading), 'the panel heading is in sight');
    assert.equal(new URL(page.url()).searchParams.get('site'), site.id);
    await poll(
      () => page.evaluate(() => Boolean(document.activeElement?.closest('.phone-record'))),
      (inside) => inside,
      { message: 'focus is in the panel' },
    );
    assert.equal(await grid.isVisible(), false, 'the list is hidden under the open record');

    await page.goBack();
    await heading.waitFor({ state: 'detached' });
    assert.equal(new URL(page.url()).searchParams.get('site'), null);
    // Back where it was: the list, at the height it had.
    await grid.waitFor();
    await waitForSnap(page, 'full');
    assert.equal(
      await sheet(page)
        .getByRole('tab', { name: /^Sites/ })
        .getAttribute('aria-selected'),
      'true',
    );
  });

  it('a tap on a tab of the folded sheet lands on the tab: the sheet opens after the tap, not under the finger', async () => {
    const { page } = browser;
    await openAtlas(page, '');
    const tab = sheet(page).getByRole('tab', { name: /^Partnerships/ });
    const before = await tab.boundingBox();
    await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
    await page.mouse.down();
    // Two frames later the pressed tab is still where the finger is.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.equal(await snapOf(page), 'peek');
    assert.deepEqual(await tab.boundingBox(), before);
    await page.mouse.up();
    await waitForSnap(page, 'half');
    assert.equal(await tab.getAttribute('aria-selected'), 'true');
  });

  it('Back closes a record opened from a shared link, and keeps the person in the atlas', async () => {
    const { page } = browser;
    await openAtlas(page, '?country=KR&site=kr-pcmo');
    const heading = page.getByRole('heading', { level: 2, name: pcmo.name_en });
    await heading.waitFor();
    await waitForSnap(page, 'half');
    await page.goBack();
    await heading.waitFor({ state: 'detached' });
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('site'), null);
    assert.equal(url.searchParams.get('country'), 'KR', 'the filters stay');
    await waitForSnap(page, 'peek');
    await page.goForward();
    await heading.waitFor();
    // A reload adds no second entry; Back still closes the record.
    const entries = await page.evaluate(() => history.length);
    await page.reload();
    await heading.waitFor();
    assert.equal(await page.evaluate(() => history.length), entries);
    await page.goBack();
    await heading.waitFor({ state: 'detached' });
    assert.equal(new URL(page.url()).searchParams.get('country'), 'KR');
  });

  it('a site tapped on the map opens its panel in sight; the close button closes it', async () => {
    const { page } = browser;
    await openAtlas(page, '');
    await clickSiteOnMap(page, 'kr-pcmo');
    const heading = page.getByRole('heading', { level: 2, name: pcmo.name_en });
    await heading.waitFor();
    await waitForSnap(page, 'half');
    assert.ok(await isInViewport(page, heading), 'the panel heading is in sight');
    await page.getByRole('button', { name: 'Close panel' }).click();
    await heading.waitFor({ state: 'detached' });
    await waitForSnap(page, 'peek');
    assert.equal(new URL(page.url()).searchParams.get('site'), null);
  });

  it("the sheet's buttons step through peek, half and full; a full sheet takes the map out of the tab order", async () => {
    const { page } = browser;
    await openAtlas(page, '');
    const main = await page.locator('.phone-main').boundingBox();
    const height = async () => (await page.locator('.bottom-sheet').boundingBox()).height;
    assert.equal(await showLess(page).getAttribute('aria-disabled'), 'true', 'folded: nothing less to show');
    await showMore(page).click();
    await waitForSnap(page, 'half');
    assert.ok(Math.abs((await height()) - main.height / 2) <= 2, `half: ${await height()} of ${main.height}`);
    await showMore(page).click();
    await waitForSnap(page, 'full');
    assert.ok(Math.abs((await height()) - main.height) <= 2, 'full height');
    assert.equal(await showMore(page).getAttribute('aria-disabled'), 'true', 'full: nothing more to show');
    assert.equal(await page.locator('.phone-stage').evaluate((el) => el.inert), true, 'the covered map is inert');
    await showLess(page).click();
    await waitForSnap(page, 'half');
    assert.equal(await page.locator('.phone-stage').evaluate((el) => el.inert), false);
    await showLess(page).click();
    await waitForSnap(page, 'peek');
  });

  it('the grip is dragged up to full and flicked down a step, by touch; a tap on it folds and opens it', async () => {
    const { page, context } = browser;
    await openAtlas(page, '');
    const touch = await touchscreen(context, page);
    const handle = page.locator('.sheet-handle');
    const grip = await handle.boundingBox();
    const x = grip.x + grip.width / 2;
    // Slowly (4 px per 16 ms frame), all the way up: it rests at full.
    await touch.drag(x, grip.y + 2, 150, { stepPx: 4 });
    await waitForSnap(page, 'full');
    // A short fast flick down goes one step, to half, though it was let go nearer full.
    const top = (await handle.boundingBox()).y;
    await touch.drag(x, top + 2, top + 100, { stepPx: 25 });
    await waitForSnap(page, 'half');
    // Let go near the bottom without a flick: it rests at the nearest point, folded.
    const middle = (await handle.boundingBox()).y;
    await touch.drag(x, middle + 2, page.viewportSize().height - 60, { stepPx: 2 });
    await waitForSnap(page, 'peek');
    // A tap opens a folded sheet to half, and folds an open one.
    await touch.tap(x, (await handle.boundingBox()).y + 2);
    await waitForSnap(page, 'half');
    await touch.tap(x, (await handle.boundingBox()).y + 2);
    await waitForSnap(page, 'peek');
  });

  it('the map takes a one-finger pan and a two-finger pinch', async () => {
    const { page, context } = browser;
    await openAtlas(page, '#4/37/110');
    const touch = await touchscreen(context, page);
    const box = await page.locator('.phone-map').boundingBox();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const camera = () => page.evaluate(() => ({ zoom: window.__atlasMap.getZoom(), lng: window.__atlasMap.getCenter().lng }));
    const before = await camera();
    await touch.pinch(x, y, { from: 60, to: 240 });
    await waitForMapIdle(page);
    const pinched = await camera();
    assert.ok(pinched.zoom > before.zoom + 1, `pinching out zooms in: ${before.zoom} → ${pinched.zoom}`);
    await touch.swipe(x - 80, y, x + 80, y, { stepPx: 16 });
    await waitForMapIdle(page);
    const panned = await camera();
    assert.ok(panned.lng < pinched.lng, `a finger dragged right moves the map west: ${pinched.lng} → ${panned.lng}`);
  });

  it('the timeline folds out behind its button', async () => {
    const { page } = browser;
    await openAtlas(page, '');
    const toggle = page.getByRole('button', { name: 'Timeline' });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('#phone-timeline').isVisible(), false);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await page.locator('#phone-timeline .timeline').waitFor();
    assert.ok(await isInViewport(page, page.locator('#phone-timeline .timeline')), 'the timeline is in sight');
    await screenshot(page, 'phone-390x844-timeline');
    await assertFits(page, 'timeline');
    await toggle.click();
    await page.locator('#phone-timeline').waitFor({ state: 'hidden' });
  });
});

// A desktop window of 1280 × 800 at 200 % zoom lays out like a 640 × 400 window.
describe('phone layout at 200 % zoom of a 1280×800 window', () => {
  const browser = sharedBrowser({ width: 640, height: 400 });

  it('keeps the search, the tabs and an opened record usable, with no horizontal scrolling', async () => {
    const { page } = browser;
    await openAtlas(page, '');
    assert.ok(await isInViewport(page, page.getByRole('searchbox')));
    assert.ok(await isInViewport(page, sheet(page).getByRole('tab', { name: /^Summary/ })));
    await assertFits(page, 'start');
    await sheet(page)
      .getByRole('tab', { name: /^Sites/ })
      .click();
    const row = page.getByRole('grid', { name: 'Sites' }).locator('[role="row"][aria-rowindex="2"]');
    await row.click();
    await page.getByRole('button', { name: 'Close panel' }).waitFor();
    assert.ok(await isInViewport(page, page.getByRole('button', { name: 'Close panel' })));
    await assertFits(page, 'record');
    await screenshot(page, 'phone-640x400-record');
  });
});
