/**
 * The production build as it ships: the mock service worker that `npm run dev:mock`
 * writes into public/ is left out, there are no source maps unless asked for, and
 * index.html carries the Content-Security-Policy. A real `vite build` with the
 * project's config, into a temporary folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_SERVICE_WORKER } from '../vite.config';

const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'atlas-build-test-'));
const publicDir = join(work, 'public');
const outDir = join(work, 'dist');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

beforeAll(async () => {
  mkdirSync(publicDir);
  writeFileSync(join(publicDir, 'config.json'), readFileSync(join(root, 'public/config.json')));
  writeFileSync(join(publicDir, MOCK_SERVICE_WORKER), '/* as written by msw init */');
  await build({ root, configFile: join(root, 'vite.config.ts'), publicDir, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('production build', () => {
  it('copies public/ but never the mock service worker', () => {
    expect(existsSync(join(outDir, 'config.json'))).toBe(true);
    expect(existsSync(join(outDir, MOCK_SERVICE_WORKER))).toBe(false);
  });

  it('ships no source maps by default', () => {
    const all = files(outDir);
    expect(all.some((f) => f.endsWith('.js'))).toBe(true);
    expect(all.filter((f) => f.endsWith('.map'))).toEqual([]);
    // No chunk points at a map either, MapLibre's worker included (it is bundled from src/map/mapWorker.ts).
    const scripts = all.filter((f) => /\.m?js$/.test(f));
    expect(scripts.filter((f) => readFileSync(f, 'utf8').includes('sourceMappingURL=')).map((f) => f.slice(outDir.length))).toEqual([]);
  });

  it('puts the Content-Security-Policy into index.html, without eval or inline script', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1].replaceAll('&#39;', "'");
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
  });
});
