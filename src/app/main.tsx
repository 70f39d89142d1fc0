// First: starts the data worker and config.json before the rest of the entry is evaluated.
import './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Self-hosted type: Noto Sans (Latin, Cyrillic; Kazakh letters are in cyrillic-ext) and Hangul. Each face has its
// unicode-range, so a page fetches only the subsets its text uses (an English page: Latin, plus Cyrillic and Hangul
// only for the language menu's own names) and lays its text out once per font, not once per subset tried.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans-kr/400.css';
// Hanzi for Chinese names, from one design (Noto Sans SC), not mixed with the Korean font's partial set.
import '../ui/fonts-cjk.css';
import { initI18n, setLanguage } from '../i18n';
import { canonicaliseLocation, loadUrlState } from '../state/urlState';
import { createQueryClient, Root } from './Root';
import { startEarly } from './startEarly';
import { initialLanguage } from './useLanguage';
import '../theme/base.css';

/** How long the first render waits for config.json before it shows that it is loading. */
const CONFIG_GRACE_MS = 300;

async function start() {
  initI18n();
  // The page opens in its language (strings, and number formats where the browser lacks them), not English first.
  // Inside a portal's frame the link decides the language, not a choice remembered from the full atlas.
  const embedded = loadUrlState(window.location.search).embed === true;
  const language = setLanguage(initialLanguage(window.location.search, embedded)).catch((error: unknown) => console.error('Language could not be loaded:', error));
  // Shared links may carry unknown or malformed parameters: keep only what is valid.
  canonicaliseLocation();
  // `npm run dev:mock`: the OGC API mock answers in the browser instead of a server.
  if (import.meta.env.MODE === 'mock') {
    const { startMockWorker } = await import('../mocks/browser');
    await startMockWorker();
  }
  // Config, data, the map's code and its fonts all start now, side by side (see startEarly).
  const queryClient = createQueryClient();
  const config = startEarly(queryClient);
  // config.json is on its way since boot.ts and usually here by now: the first render is then the atlas itself, not a
  // "Loading configuration" box shown for a moment (a whole page painted, then replaced). A slow server gets the box.
  // Whatever becomes of it: a config that fails (or a source that cannot be set up) is the page's to explain once rendered.
  const configSettled = config.then(
    () => undefined,
    () => undefined,
  );
  await Promise.all([language, Promise.race([configSettled, new Promise((resolve) => setTimeout(resolve, CONFIG_GRACE_MS))])]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root queryClient={queryClient} />
    </StrictMode>,
  );
}

void start();
