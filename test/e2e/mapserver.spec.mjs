// The production build against a real OGC API – Features server: MapServer 8
// (Debian's cgi-mapserver) behind lighttpd on 127.0.0.1, same origin as the app,
// serving the project's own dataset. The app pages through `next` links.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { after, before, describe } from 'node:test';
import { it, renderedSites, sharedBrowser, waitForMapIdle } from './driver.mjs';

const LIMIT = 7;
const ready = existsSync('/usr/bin/mapserv') && existsSync('/usr/sbin/lighttpd');
const sites = JSON.parse(readFileSync('public/data/sites.geojson', 'utf8')).features;
const partnerships = JSON.parse(readFileSync('public/data/partnerships.geojson', 'utf8')).features;

if (!ready) {
  const message = 'MAPSERVER END-TO-END TEST SKIPPED: install cgi-mapserver and lighttpd (apt-get install -y cgi-mapserver lighttpd)';
  if (process.env.CI === 'true') throw new Error(message.replace('SKIPPED', 'CANNOT RUN (CI=true)'));
  console.warn(`\n!!! ${message}\n`);
}

/** A port nobody listens on right now, chosen by the OS (a fixed one collides with parallel runs). */
async function freePort() {
  const server = createServer();
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('atlas on a real OGC API – Features server (MapServer 8)', { skip: !ready }, () => {
  const browser = sharedBrowser();
  let port;
  let base;

  before(async () => {
    port = await freePort();
    base = `http://127.0.0.1:${port}/`;
    execFileSync('bash', ['ogcapi/start-mapserver.sh', String(port), 'dist'], {
      env: { ...process.env, ATLAS_API: 'ogcapi', ATLAS_API_LIMIT: String(LIMIT), ATLAS_FRAME_ANCESTORS: '' }, // '': the default policy, framed by itself only
      stdio: 'inherit',
      timeout: 30_000,
    });
  });
  after(() => {
    if (port) execFileSync('bash', ['ogcapi/stop-mapserver.sh', String(port)], { stdio: 'inherit', timeout: 30_000 });
  });

  it('loads every site and partnership through next links with a small page size', async () => {
    const pages = [];
    browser.page.on('response', (r) => {
      if (r.url().includes('/ogcapi/collections/')) pages.push({ url: r.url(), status: r.status() });
    });
    const response = await browser.page.goto(base);
    // The page's policy as a header, with who may frame it (a <meta> policy cannot say that).
    assert.match(response.headers()['content-security-policy'] ?? '', /default-src 'self'.*; frame-ancestors 'self'$/);
    await waitForMapIdle(browser.page);
    await browser.page.getByText(`${sites.length} sites · ${partnerships.length} partnerships`).waitFor();
    assert.equal((await renderedSites(browser.page)).total, sites.length, 'every site is on the map');

    const sitePages = pages.filter((p) => p.url.includes('/collections/sites/items'));
    assert.ok(sitePages.every((p) => p.status === 200));
    assert.equal(sitePages.length, Math.ceil(sites.length / LIMIT), `pages: ${sitePages.map((p) => p.url).join('\n')}`);
    assert.ok(sitePages.every((p) => new URL(p.url).searchParams.get('limit') === String(LIMIT)));
    assert.ok(
      sitePages.some((p) => new URL(p.url).searchParams.get('offset') === String(LIMIT)),
      'a next link was followed',
    );
    assert.equal(pages.filter((p) => p.url.includes('/collections/partnerships/items')).length, Math.ceil(partnerships.length / LIMIT));

    // Records survive the server's flattening: lists, sources and figures decode intact.
    const hub = sites.find((f) => f.properties.figures?.length && f.properties.aliases?.length).properties;
    await browser.page.goto(`${base}?site=${hub.id}`);
    const panel = browser.page.locator('#side-panel');
    await panel.getByRole('heading', { level: 2, name: hub.name_en }).waitFor();
    const quote = hub.sources[0].quote.slice(0, 50);
    // The panel's sections fill in after its heading: wait for the quote rather than read the panel at once.
    await panel.getByText(quote).first().waitFor({ timeout: 10_000 }).catch(() => {});
    const text = await panel.innerText();
    assert.ok(text.includes(quote), `source quote intact; the panel reads: ${text.slice(0, 600)}`);
    for (const alias of hub.aliases) assert.ok(text.includes(alias), `alias ${alias}`);
    assert.equal(await browser.page.getByText(/records? skipped/).count(), 0, 'nothing skipped');
  });
});
