// The atlas in Korean, Russian and Kazakh, in Chromium: the page's language, the
// interface strings, the data's own translations (list, panel, map labels), dates
// and numbers formatted for the locale (Kazakh through the polyfill: Chromium
// has no Kazakh month names), the English fallback marked, and the switcher
// keeping the view. Expected strings are the real translations, so a missing or
// untranslated string fails.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe } from 'node:test';
import { BASE_URL, it, openAtlas, poll, screenshot, sharedBrowser, waitForMapIdle } from './driver.mjs';

const sites = JSON.parse(readFileSync('public/data/sites.geojson', 'utf8')).features.map((f) => f.properties);
const partnerships = JSON.parse(readFileSync('public/data/partnerships.geojson', 'utf8')).features;
const khidi = sites.find((s) => s.id === 'kr-khidi'); // dated 2021-09 and 2022-09

const LANGUAGES = {
  ko: {
    title: '바이오클러스터 아틀라스',
    filtersTab: '필터',
    counts: `시설 ${sites.length}개 · 협력 ${partnerships.length}건`,
    september: /2021년 9월/,
    script: /[\uac00-\ud7a3]/,
  },
  ru: {
    title: /[А-Яа-яЁё]/,
    filtersTab: 'Фильтры',
    counts: `Объектов: ${sites.length} · партнёрств: ${partnerships.length}`,
    september: /сентябр[ья]? 2021/,
    script: /[А-Яа-яЁё]/,
  },
  kk: {
    title: /[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]/,
    filtersTab: 'Сүзгі',
    counts: `${sites.length} нысан · ${partnerships.length} әріптестік`,
    september: /қыркүйек/i,
    script: /[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]/,
  },
};

/** The text a symbol layer draws for each rendered feature (MapLibre evaluates the layout per feature). */
const renderedLabels = (page, layer) =>
  page.evaluate(
    (id) =>
      window.__atlasMap
        .queryRenderedFeatures(undefined, { layers: [id] })
        .map((f) => {
          const text = f.layer.layout?.['text-field'];
          if (typeof text === 'string') return text;
          return text?.sections?.map((s) => s.text).join('') ?? text?.toString?.() ?? '';
        })
        .filter(Boolean),
    layer,
  );

describe('the atlas in Korean, Russian and Kazakh', () => {
  const browser = sharedBrowser({ width: 1280, height: 900 });

  for (const [lang, expected] of Object.entries(LANGUAGES)) {
    it(`${lang}: the page, its strings, the data and the map labels are in the language`, async () => {
      const { page } = browser;
      await openAtlas(page, `?lang=${lang}`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      const title = await page.locator('.brand').first().innerText();
      if (typeof expected.title === 'string') assert.ok(title.includes(expected.title), `title: ${title}`);
      else assert.match(title, expected.title);
      await page.getByRole('tab', { name: expected.filtersTab, exact: true }).waitFor();
      await page.getByText(expected.counts).waitFor();
      assert.match(await page.title(), expected.script, 'the document title is translated');

      // Site names in the list, in the language where the data has them.
      await page
        .getByRole('tab', { name: new RegExp(`^${['Объекты', 'Нысандар', '시설'].join('|')}`) })
        .first()
        .click();
      const withName = sites.find((s) => s[`name_${lang}`] && s.id === 'kr-pcmo');
      await page.getByRole('grid').getByText(withName[`name_${lang}`], { exact: true }).first().waitFor();

      // Place labels on the base map in the reader's language.
      await waitForMapIdle(page);
      const places = await renderedLabels(page, 'country-labels');
      assert.ok(places.length > 0, 'country labels are drawn');
      assert.ok(
        places.some((l) => expected.script.test(l)),
        `country labels in the language's script: ${places.join(', ')}`,
      );
      await screenshot(page, `lang-${lang}-start`);
    });

    it(`${lang}: a facility panel with its name, dates in the locale and no untranslated month`, async () => {
      const { page } = browser;
      await openAtlas(page, `?lang=${lang}&site=${khidi.id}`);
      const heading = page.getByRole('heading', { level: 2 }).filter({ hasText: khidi[`name_${lang}`] });
      await heading.waitFor();
      const panel = await page.locator('#side-panel').innerText();
      assert.match(panel, expected.september, 'the September 2021 milestone in the locale');
      assert.doesNotMatch(panel, /\bM0?\d{1,2}\b/, 'no "M09"-style month (a browser without the locale data)');
      // Korean wraps between words, not inside one (a heading split "의료·제 / 약").
      if (lang === 'ko') assert.equal(await heading.evaluate((h) => getComputedStyle(h).wordBreak), 'keep-all');
      await screenshot(page, `lang-${lang}-facility`);
    });
  }

  it('fetches only the page-font subsets its text uses (each face has its unicode-range): Latin, Cyrillic, Kazakh letters', async () => {
    const { page } = browser;
    // The faces the browser loaded for the page's own text (CSS @font-face, not the map's glyph fonts), and every
    // character the page shows: text, the language menu's options (a select is as wide as its widest option) and
    // generated content.
    const fontsAndText = () =>
      page.evaluate(async () => {
        await document.fonts.ready;
        const faces = [...document.fonts]
          .filter((face) => face.status === 'loaded' && /^"?Noto Sans/.test(face.family))
          .map((face) => ({ family: face.family.replace(/"/g, ''), weight: face.weight, range: face.unicodeRange }));
        let text = document.body.textContent ?? '';
        for (const el of document.body.querySelectorAll('*'))
          for (const pseudo of ['::before', '::after']) {
            const content = getComputedStyle(el, pseudo).content;
            if (content.startsWith('"')) text += content; // a string, not "none" or "normal"
          }
        return { faces, codePoints: [...new Set([...text].map((c) => c.codePointAt(0)))] };
      });
    const covers = (range, codePoint) =>
      range.split(',').some((part) => {
        const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
        return parseInt(from, 16) <= codePoint && codePoint <= parseInt(to, 16);
      });
    // Each language, and a letter of its script whose face must be loaded: Latin A, Cyrillic Ж, Kazakh Қ (cyrillic-ext).
    for (const [lang, letter] of [
      ['en', 0x41],
      ['ru', 0x416],
      ['kk', 0x49a],
    ]) {
      await openAtlas(page, `?lang=${lang}`);
      const { faces, codePoints } = await fontsAndText();
      for (const face of faces) {
        const label = `${lang}: ${face.family} ${face.weight} (${face.range.slice(0, 40)}…)`;
        // A face with no unicode-range claims every character, and the browser tries (fetches) each such face in turn.
        assert.notEqual(face.range, 'U+0-10FFFF', `${label} has a unicode-range`);
        assert.ok(codePoints.some((c) => covers(face.range, c)), `${label} is loaded for a character on the page`);
      }
      assert.ok(
        faces.some((face) => face.family === 'Noto Sans' && covers(face.range, letter)),
        `${lang}: the face for ${String.fromCodePoint(letter)} is loaded: ${JSON.stringify(faces.map((f) => f.range.slice(0, 20)))}`,
      );
    }
  });

  it('kk: numbers and month names come from the Kazakh locale data, not the English fallback', async () => {
    const { page } = browser;
    await openAtlas(page, '?lang=kk');
    const formatted = await page.evaluate(() => ({
      month: new Intl.DateTimeFormat('kk', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2021, 8, 15)),
      number: new Intl.NumberFormat('kk').format(1234567.5),
    }));
    assert.match(formatted.month, /қыркүйек/i);
    assert.match(formatted.number, /^1\s234\s567,5$/u, `Kazakh digits grouping and decimal comma: ${formatted.number}`);
  });

  it('marks a name the data has only in English with its language', async () => {
    const { page } = browser;
    const untranslated = sites.find((s) => !s.name_ru);
    await openAtlas(page, `?lang=ru&site=${untranslated.id}`);
    const heading = page.getByRole('heading', { level: 2 }).filter({ hasText: untranslated.name_en });
    await heading.waitFor();
    assert.match(await heading.innerText(), /EN/);
    assert.equal(await heading.locator('[lang="en"]').first().innerText(), untranslated.name_en);
  });

  it('switches the language from the title bar, keeping the filters, the selection and the map view; the choice survives a reload', async () => {
    const { page } = browser;
    await openAtlas(page, `?country=KR&site=${khidi.id}`);
    await page.getByRole('heading', { level: 2, name: khidi.name_en }).waitFor();
    // A view of the reader's own, then the switch.
    await page.evaluate(() => window.__atlasMap.jumpTo({ center: [126.62, 37.41], zoom: 8 }));
    await waitForMapIdle(page);
    const view = await page.evaluate(() => location.hash);
    const mapBefore = await page.evaluateHandle(() => window.__atlasMap);
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { level: 2 }).filter({ hasText: khidi.name_ru }).waitFor();
    // The map is built anew for Russian (MapLibre reads its locale once): wait for the new one.
    await poll(() => page.evaluate((old) => window.__atlasMap !== old, mapBefore), Boolean, { message: 'the map rebuilt in Russian' });
    await waitForMapIdle(page);
    const after = new URL(page.url());
    assert.equal(after.searchParams.get('country'), 'KR');
    assert.equal(after.searchParams.get('site'), khidi.id);
    assert.equal(after.searchParams.get('lang'), 'ru');
    assert.equal(after.hash, view, 'the map view is kept across the language switch');
    const zoom = await page.evaluate(() => window.__atlasMap.getZoom());
    assert.ok(Math.abs(zoom - 8) < 0.01, `zoom ${zoom}`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');

    // A reload without ?lang= keeps the stored choice.
    await page.goto(new URL(`?site=${khidi.id}`, BASE_URL).toString());
    await page.getByRole('heading', { level: 2 }).filter({ hasText: khidi.name_ru }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
    // Back to English for the other specs sharing this profile.
    await page.getByLabel('Язык').selectOption('en');
    await page.getByRole('heading', { level: 2, name: khidi.name_en }).waitFor();
  });
});
