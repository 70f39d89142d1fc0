// The phone layout in Chromium at phone and tablet sizes.
import { describe } from 'node:test';
import { it, openAtlas, screenshot, sharedBrowser } from './driver.mjs';

const SIZES = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 844, height: 390 },
  { width: 800, height: 1000 },
];

for (const size of SIZES) {
  describe(`phone layout at ${size.width}×${size.height}`, () => {
    const browser = sharedBrowser(size);
    const tag = `${size.width}x${size.height}`;
    it('start', async () => {
      const { page } = browser;
      await openAtlas(page, '');
      await screenshot(page, `phone-${tag}-start`);
      await openAtlas(page, '?site=kr-pcmo');
      await screenshot(page, `phone-${tag}-site`);
      await openAtlas(page, '?partnership=p-kz-kr-delegation-working-visit-2022');
      await screenshot(page, `phone-${tag}-partnership`);
      await openAtlas(page, '');
      await page.getByRole('button', { name: 'Show more of the panel' }).click();
      await page.waitForTimeout(400);
      await screenshot(page, `phone-${tag}-filters`);
      await page.getByRole('tab', { name: /Sites/ }).click();
      await page.waitForTimeout(400);
      await screenshot(page, `phone-${tag}-list`);
    });
  });
}
