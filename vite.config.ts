/// <reference types="vitest/config" />
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy of the built app. No inline script, no eval;
 * MapLibre needs blob: workers and data: images. Data and online base maps may
 * live on another https origin chosen in config.json, hence `https:` in
 * connect-src; a portal that knows its API origin can narrow it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'atlas-content-security-policy',
    apply: 'build', // the dev server injects inline styles and HMR scripts
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/** MSW's worker, written into public/ by `npm run dev:mock`; it answers requests with mock data. */
export const MOCK_SERVICE_WORKER = 'mockServiceWorker.js';

/** Vite copies all of public/ into the build; the mock service worker must never ship, so it is removed. */
function excludeMockServiceWorker(): Plugin {
  let outDir = '';
  return {
    name: 'atlas-exclude-mock-service-worker',
    apply: 'build',
    configResolved: (config) => void (outDir = resolve(config.root, config.build.outDir)),
    closeBundle: () => rmSync(resolve(outDir, MOCK_SERVICE_WORKER), { force: true }),
  };
}

// Relative base: one build can be served from any path of a portal.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), excludeMockServiceWorker()],
  build: {
    target: 'es2022',
    // No source maps in what ships (they publish the whole source); `npm run build -- --sourcemap` for debugging.
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    css: false,
  },
});
