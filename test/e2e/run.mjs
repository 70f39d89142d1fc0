// End-to-end entry: checks the build it is about to test, serves it with
// `vite preview` on 127.0.0.1, then runs the specs with Node's test runner in
// Debian's Chromium. Without Chromium the suite is skipped loudly, except under
// CI=true where that is a failure.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { preview } from 'vite';
import { CHROMIUM_PATH } from './driver.mjs';

const ci = process.env.CI === 'true';
const banner = (text) => `\n${'!'.repeat(72)}\n${text.map((line) => `!! ${line}`).join('\n')}\n${'!'.repeat(72)}\n`;

if (!existsSync(CHROMIUM_PATH)) {
  const lines = [`no Chromium at ${CHROMIUM_PATH}.`, 'Install it with: apt-get install -y chromium'];
  if (ci) {
    console.error(banner([`END-TO-END TESTS FAILED (CI=true): ${lines[0]}`, lines[1]]));
    process.exit(1);
  }
  console.warn(banner([`END-TO-END TESTS SKIPPED: ${lines[0]}`, lines[1]]));
  process.exit(0);
}

// The build under test must be one that could ship: no MSW worker (it would answer requests with mock data).
if (!existsSync('dist/index.html')) {
  console.error('e2e: dist/index.html is missing; build first (npm run test:e2e does).');
  process.exit(1);
}
if (existsSync('dist/mockServiceWorker.js')) {
  console.error('e2e: dist/mockServiceWorker.js exists: the mock service worker must never ship in a build.');
  process.exit(1);
}

// The embedding tests frame the atlas from host pages on other 127.0.0.1 ports (frame-ancestors, sent by `vite preview`).
process.env.ATLAS_FRAME_ANCESTORS ??= "'self' http://127.0.0.1:*";
const server = await preview({ preview: { host: '127.0.0.1', port: 4173, strictPort: false }, logLevel: 'warn' });
const address = server.httpServer.address();
const baseUrl = `http://127.0.0.1:${address.port}/`;
console.log(`e2e: serving dist/ at ${baseUrl}`);

const specs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('test/e2e')
      .filter((f) => f.endsWith('.spec.mjs'))
      .sort()
      .map((f) => `test/e2e/${f}`);
// Each test carries its own bound (driver.mjs `it`); Node 20's --test-timeout bounds a whole spec file,
// so it is the backstop for anything outside a test (a hook, a stuck browser).
const FILE_TIMEOUT_MS = 6 * 60_000;
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', `--test-timeout=${FILE_TIMEOUT_MS}`, ...specs], {
  stdio: 'inherit',
  env: { ...process.env, E2E_BASE_URL: baseUrl },
});
const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
await server.close();
process.exit(code);
