/**
 * `npm run dev:mock`: the app talks to the OGC API mock in a service worker, with
 * a small page size so paging through `next` links is visible in the network tab.
 */
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { MOCK_OGCAPI_BASE, handlers } from './handlers';

const mockConfig = http.get('*/config.json', () =>
  HttpResponse.json({
    api: { type: 'ogcapi', baseUrl: `${MOCK_OGCAPI_BASE.slice(1)}/`, limit: 10 },
    basemap: { style: 'embedded' },
  }),
);

export async function startMockWorker() {
  const worker = setupWorker(mockConfig, ...handlers);
  await worker.start({ onUnhandledRequest: 'bypass', serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` } });
}
