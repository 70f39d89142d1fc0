import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { initI18n } from '../src/i18n';
import { server } from '../src/mocks/node';

initI18n('en');

// jsdom has no WebGL; the map module is replaced by a DOM stand-in (real map: e2e).
vi.mock('../src/map/MapView', () => import('./MapStandIn'));
// Report WebGL as present so the stand-in is mounted; one test removes it again.
HTMLCanvasElement.prototype.getContext = vi.fn(() => ({})) as unknown as HTMLCanvasElement['getContext'];
(globalThis as { WebGL2RenderingContext?: unknown }).WebGL2RenderingContext ??= class WebGL2RenderingContext {};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());
