/**
 * The whole atlas rendered in Korean, Russian and Kazakh (jsdom, MSW, the map stand-in): the
 * interface strings come from that language's files, the data's own translations are used, and an
 * English fallback is marked. Chromium's formatting of each locale is checked end to end
 * (test/e2e/languages.spec.mjs).
 */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../src/i18n';
import { kk } from '../src/i18n/kk';
import { ko } from '../src/i18n/ko';
import { ru } from '../src/i18n/ru';
import { sitesCollection } from '../src/mocks/dataset';
import { renderAtlas } from './render';

const sites = sitesCollection.features.map((f) => (f as { properties: Record<string, string> }).properties);
const strings = { ko, ru, kk } as const;

afterEach(async () => {
  window.localStorage.clear();
  await setLanguage('en');
});

describe.each(Object.keys(strings) as (keyof typeof strings)[])('the atlas in %s', (lang) => {
  const t = strings[lang];

  it('shows the interface in the language, with no key or English string in its place', async () => {
    renderAtlas(`/?lang=${lang}`);
    expect(await screen.findByRole('heading', { level: 1, name: t.app.title })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe(lang);
    expect(await screen.findByRole('tab', { name: t.tabs.filters })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: t.overview.heading }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByText('Filters')).not.toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/\b(tabs|app|filters|panel)\.[a-z]+[A-Z]?\w*\b/);
  });

  it("opens a facility panel under the data's name in the language, or the English name marked EN", async () => {
    const translated = sites.find((s) => s[`name_${lang}`] && s.name_en !== s[`name_${lang}`])!;
    const { unmount } = renderAtlas(`/?lang=${lang}&site=${translated.id}`);
    expect(await screen.findByRole('heading', { level: 2, name: translated[`name_${lang}`] }, { timeout: 5000 })).toBeInTheDocument();
    unmount();

    const untranslated = sites.find((s) => !s[`name_${lang}`]);
    if (!untranslated) return; // every name translated in this language
    renderAtlas(`/?lang=${lang}&site=${untranslated.id}`);
    const heading = await screen.findByRole('heading', { level: 2, name: new RegExp(untranslated.name_en.replace(/[()]/g, '\\$&')) });
    expect(within(heading).getByText('EN')).toBeInTheDocument();
    expect(heading.querySelector('[lang="en"]')?.textContent).toBe(untranslated.name_en);
  });
});
