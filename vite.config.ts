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

/**
 * Which pages may show the atlas in a frame: the CSP `frame-ancestors` sources, from
 * ATLAS_FRAME_ANCESTORS (space- or comma-separated, e.g. "'self' https://portal.example.gov").
 * Default 'self': the atlas's own pages (the Share dialog's preview) and nothing else, until
 * the deployer names the portals that embed it. A `<meta>` policy cannot carry this
 * directive; it must be an HTTP header (`npm run preview` sends it, see also ogcapi/).
 */
export function frameAncestors(value: string | undefined = process.env.ATLAS_FRAME_ANCESTORS): string {
  const sources = (value ?? '').split(/[\s,]+/).filter(Boolean);
  const valid = /^('self'|'none'|\*|https?:|https?:\/\/(\*\.)?[A-Za-z0-9.-]+(:(\d{1,5}|\*))?)$/;
  const invalid = sources.filter((source) => !valid.test(source));
  if (invalid.length > 0) {
    throw new Error(`ATLAS_FRAME_ANCESTORS: not a frame-ancestors source: ${invalid.join(', ')} (use 'self', 'none', * or origins such as https://portal.example.gov)`);
  }
  if (sources.includes("'none'") && sources.length > 1) throw new Error("ATLAS_FRAME_ANCESTORS: 'none' cannot be combined with other sources");
  return sources.length > 0 ? sources.join(' ') : "'self'";
}

/** The policy as an HTTP header: the same as the page's, plus what only a header can say. */
export const contentSecurityPolicyHeader = (ancestors = frameAncestors()) => `${CONTENT_SECURITY_POLICY}; frame-ancestors ${ancestors}`;

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

/**
 * The map's code (MapLibre: most of the app's weight) is a lazy chunk, so the title bar and lists never wait for it;
 * but the map is the first screen's main part, so the page asks for it at once, rather than after the entry has
 * been read and run (a few hundred milliseconds later). At low priority: on a slow connection the entry script
 * still comes first (the entry budget in scripts/check-entry-size.mjs leaves these links out).
 */
function preloadMapChunk(): Plugin {
  return {
    name: 'atlas-preload-map-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const map = Object.values(bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/map/MapView.tsx'));
        if (!map || map.type !== 'chunk') throw new Error('preloadMapChunk: no chunk for src/map/MapView.tsx');
        // Its shared imports are mostly the entry's own, already in the page.
        const scripts = [map.fileName, ...map.imports].filter((file) => !html.includes(file));
        const styles = [...(map.viteMetadata?.importedCss ?? [])].filter((file) => !html.includes(file));
        return [
          ...scripts.map((file) => ({ rel: 'modulepreload', href: `./${file}` })),
          ...styles.map((file) => ({ rel: 'preload', as: 'style', href: `./${file}` })),
        ].map((attrs) => ({ tag: 'link', attrs: { ...attrs, fetchpriority: 'low', crossorigin: true }, injectTo: 'head' as const }));
      },
    },
  };
}

// Relative base: one build can be served from any path of a portal.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), excludeMockServiceWorker(), preloadMapChunk()],
  // `npm run preview` sends the policy as a header, with frame-ancestors (who may frame the atlas).
  preview: { headers: { 'Content-Security-Policy': contentSecurityPolicyHeader() } },
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
