// The shared fixture must catch what it promises to catch. Probe pages served
// under the built app's own Content-Security-Policy break it on purpose, in the
// page and in a blob worker (where a page's `securitypolicyviolation` listener
// hears nothing), and the fixture's check must fail on each.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe } from 'node:test';
import { BASE_URL, it, poll, sharedBrowser, waitForMapIdle, withRoute } from './driver.mjs';

/** The policy exactly as the built index.html carries it (an HTML attribute value, so quotes are escaped). */
const CSP_ATTRIBUTE = readFileSync('dist/index.html', 'utf8').match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
const CSP = CSP_ATTRIBUTE.replaceAll('&#39;', "'");
const PROBE = new URL('__probe/', BASE_URL).toString();

/** Serves a probe page under the app's CSP whose only script is `script` (inline scripts are blocked by that CSP). */
function serveProbe(script) {
  return (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname.endsWith('/probe.js')) return route.fulfill({ contentType: 'text/javascript', body: script });
    return route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><meta http-equiv="Content-Security-Policy" content="${CSP_ATTRIBUTE}"><title>probe</title><script src="probe.js"></script>`,
    });
  };
}

/** Starts a blob worker running `body`; the page's title becomes "done" when the worker has run it. */
const inBlobWorker = (body) =>
  `const url = URL.createObjectURL(new Blob([${JSON.stringify(`${body}; postMessage('done');`)}], { type: 'text/javascript' }));
   new Worker(url).onmessage = () => { document.title = 'done'; };`;

describe('the shared end-to-end fixture', () => {
  const browser = sharedBrowser();

  it('runs under the shipped policy: no eval, workers only from self or blob:', () => {
    assert.match(CSP, /script-src 'self'(;|$)/);
    assert.match(CSP, /worker-src 'self' blob:/);
  });

  it('catches a CSP violation inside a blob worker (eval, and a connection the policy forbids), and fails the test for it', async () => {
    const { page, context } = browser;
    const script = inBlobWorker(`try { eval('1') } catch {} fetch('http://localhost:9/forbidden').catch(() => {})`);
    await withRoute(context, `${PROBE}**`, serveProbe(script), async () => {
      await page.goto(PROBE);
      await page.waitForFunction(() => document.title === 'done');
      const found = await poll(
        () => [...browser.cspViolations],
        (list) =>
          list.some((v) => /^worker blob:.*script-src \(kEvalViolation\)/.test(v)) &&
          list.some((v) => /^worker blob:.*connect-src/.test(v)),
        { message: 'both worker violations recorded' },
      );
      assert.ok(
        found.every((v) => v.startsWith('worker blob:')),
        `only the worker violated the policy: ${found.join('\n')}`,
      );
    });
    // The same check the fixture runs after every test fails on them...
    assert.throws(() => browser.assertClean(), /CSP violations/);
    // ...and the records are cleared, so the fixture passes this test afterwards.
    assert.deepEqual(browser.cspViolations, []);
  });

  it('catches a CSP violation in the page itself', async () => {
    const { page, context } = browser;
    await withRoute(context, `${PROBE}**`, serveProbe(`try { eval('1') } catch {} document.title = 'done';`), async () => {
      await page.goto(PROBE);
      await page.waitForFunction(() => document.title === 'done');
      await poll(
        () => [...browser.cspViolations],
        (list) => list.some((v) => /^page: script-src \(kEvalViolation\) at .*probe\.js/.test(v)),
        { message: 'page violation recorded' },
      );
    });
    browser.allow({ cspViolations: [/^page: script-src \(kEvalViolation\)/] });
  });

  it('catches an error thrown in a worker and one thrown in the page', async () => {
    const { page, context } = browser;
    const script = `${inBlobWorker(`setTimeout(() => { throw new Error('worker broke') })`)}
      setTimeout(() => { throw new Error('page broke') });`;
    await withRoute(context, `${PROBE}**`, serveProbe(script), async () => {
      await page.goto(PROBE);
      await poll(
        () => [...browser.pageErrors],
        (list) => list.some((e) => /worker broke/.test(e)) && list.some((e) => /page broke/.test(e)),
        { message: 'both errors recorded' },
      );
    });
    assert.throws(() => browser.assertClean(), /page errors/);
  });

  it('fails a wait for the map after its bound, naming the state, when rendering stalls', async () => {
    const { page, context } = browser;
    // A map that never becomes idle, as after a stalled tile or a lost worker.
    const stalledMap = `window.__atlasMap = {
      once() {}, triggerRepaint() {},
      loaded: () => false, isStyleLoaded: () => true, areTilesLoaded: () => false, isMoving: () => false,
    }; document.documentElement.dataset.mapData = 'current'; document.title = 'done';`;
    await withRoute(context, `${PROBE}**`, serveProbe(stalledMap), async () => {
      await page.goto(PROBE);
      await page.waitForFunction(() => document.title === 'done');
      const started = Date.now();
      await assert.rejects(
        waitForMapIdle(page, { timeout: 1500 }),
        /did not settle within 1500 ms \(\{"loaded":false,"styleLoaded":true,"tilesLoaded":false/,
      );
      assert.ok(Date.now() - started < 5000, 'it gave up near its bound');
    });
  });
});
