// End-to-end entry: serves the production build with `vite preview` on
// 127.0.0.1, then runs the specs with Node's test runner in Debian's Chromium.
// Without Chromium the suite is skipped loudly, except under CI=true where
// that is a failure.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { preview } from 'vite';
import { CHROMIUM_PATH } from './driver.mjs';

if (!existsSync(CHROMIUM_PATH)) {
  const banner = `\n${'!'.repeat(72)}\n!! END-TO-END TESTS SKIPPED: no Chromium at ${CHROMIUM_PATH}.\n!! Install it with: apt-get install -y chromium\n${'!'.repeat(72)}\n`;
  if (process.env.CI === 'true') {
    console.error(banner.replace('SKIPPED', 'FAILED (CI=true)'));
    process.exit(1);
  }
  console.warn(banner);
  process.exit(0);
}

const server = await preview({ preview: { host: '127.0.0.1', port: 4173, strictPort: false }, logLevel: 'warn' });
const address = server.httpServer.address();
const baseUrl = `http://127.0.0.1:${address.port}/`;
console.log(`e2e: serving dist/ at ${baseUrl}`);

const specs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('test/e2e')
      .filter((f) => f.endsWith('.spec.mjs'))
      .map((f) => `test/e2e/${f}`);
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...specs], {
  stdio: 'inherit',
  env: { ...process.env, E2E_BASE_URL: baseUrl },
});
const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
await server.close();
process.exit(code);
