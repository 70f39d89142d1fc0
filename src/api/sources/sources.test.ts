import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { collection, partnershipFeature, siteFeature } from '../../../test/fixtures';
import { ogcApiHandlers } from '../../mocks/ogcApi';
import { partnershipsCollection, sitesCollection } from '../../mocks/dataset';
import { server } from '../../mocks/node';
import { createDataSource } from './createDataSource';
import { fetchAllItems } from './ogcApiSource';
import { createStaticSource } from './staticSource';

const ogc = (limit: number) =>
  createDataSource({
    type: 'ogcapi',
    baseUrl: 'http://features.test/ogc/',
    collections: { sites: 'sites', partnerships: 'partnerships' },
    limit,
  });

describe('static GeoJSON source', () => {
  it('reads and validates both embedded files', async () => {
    const source = createStaticSource('data/');
    const sites = await source.fetchSites();
    const partnerships = await source.fetchPartnerships();
    expect(sites.records).toHaveLength(sitesCollection.features.length);
    expect(partnerships.records).toHaveLength(partnershipsCollection.features.length);
    expect(sites.skipped).toEqual([]);
  });

  it('says which file failed and how', async () => {
    server.use(http.get('*/data/sites.geojson', () => new HttpResponse('oops', { status: 503 })));
    await expect(createStaticSource('data').fetchSites()).rejects.toThrow(/sites\.geojson answered HTTP 503/);
  });
});

describe('OGC API – Features source', () => {
  it('sends limit and follows next links until every record is read', async () => {
    const requested: string[] = [];
    const features = Array.from({ length: 23 }, (_, i) => siteFeature(`kr-site-${i}`));
    server.use(...ogcApiHandlers('/ogc', { sites: { title: 'Sites', features } }));
    server.events.on('request:start', ({ request }) => requested.push(request.url));
    const { records, skipped } = await ogc(5).fetchSites();
    server.events.removeAllListeners();
    expect(records.map((r) => r.id)).toEqual(features.map((f) => f.id));
    expect(skipped).toEqual([]);
    expect(requested).toHaveLength(5);
    expect(new URL(requested[0]).searchParams.get('limit')).toBe('5');
    expect(new URL(requested[0]).pathname).toBe('/ogc/collections/sites/items');
  });

  it('reads the full embedded dataset through the mock server with a small page size', async () => {
    server.use(
      ...ogcApiHandlers('/ogc', {
        sites: { title: 'Sites', features: sitesCollection.features },
        partnerships: { title: 'Partnerships', features: partnershipsCollection.features },
      }),
    );
    const source = ogc(7);
    expect((await source.fetchSites()).records).toHaveLength(sitesCollection.features.length);
    expect((await source.fetchPartnerships()).records).toHaveLength(partnershipsCollection.features.length);
  });

  it('resolves relative next links and stops when a server repeats a page', async () => {
    let calls = 0;
    server.use(
      http.get('http://features.test/ogc/collections/partnerships/items', () => {
        calls += 1;
        return HttpResponse.json({ ...collection([partnershipFeature(`p-${calls}`)]), links: [{ rel: 'next', href: 'items?offset=1' }] });
      }),
    );
    const { records } = await ogc(1).fetchPartnerships();
    expect(records.map((r) => r.id)).toEqual(['p-1', 'p-2']);
    expect(calls).toBe(2);
  });

  it('rejects a page that is not a FeatureCollection with a clear message', async () => {
    server.use(http.get('http://features.test/ogc/collections/sites/items', () => HttpResponse.json({ type: 'Topology' })));
    await expect(fetchAllItems('http://features.test/ogc/collections/sites/items', 10)).rejects.toThrow(/not a GeoJSON FeatureCollection/);
  });

  it('reports an HTML error page as not JSON', async () => {
    server.use(http.get('http://features.test/ogc/collections/sites/items', () => HttpResponse.text('<html>proxy error</html>')));
    await expect(ogc(10).fetchSites()).rejects.toThrow(/did not return JSON/);
  });
});

describe('fault messages', () => {
  it('says when the server is unreachable', async () => {
    server.use(http.get('*/data/sites.geojson', () => HttpResponse.error()));
    await expect(createStaticSource('data/').fetchSites()).rejects.toThrow(/could not be reached/);
  });

  it('says when the server does not answer in time', async () => {
    server.use(http.get('*/data/sites.geojson', async () => new Promise<Response>(() => {})));
    const source = createStaticSource('data/');
    await expect(source.fetchSites({ timeoutMs: 50 })).rejects.toThrow(/did not answer in time/);
  });

  it('times out each page of a paged server, and a retry goes on from the page that failed', async () => {
    const features = Array.from({ length: 9 }, (_, i) => siteFeature(`kr-site-${i}`));
    const requested: string[] = [];
    let stallOffset: string | null = '6';
    server.use(
      http.get('http://features.test/ogc/collections/sites/items', async ({ request }) => {
        const url = new URL(request.url);
        const offset = url.searchParams.get('offset') ?? '0';
        requested.push(offset);
        if (offset === stallOffset) return new Promise<Response>(() => {}); // the third page hangs once
        const start = Number(offset);
        const next = start + 3 < features.length ? [{ rel: 'next', href: `items?f=json&limit=3&offset=${start + 3}` }] : [];
        return HttpResponse.json({ ...collection(features.slice(start, start + 3)), links: next });
      }),
    );
    const source = ogc(3);
    const progress: number[] = [];
    await expect(source.fetchSites({ timeoutMs: 80, onProgress: (p) => progress.push(p.features) })).rejects.toThrow(
      /did not answer in time/,
    );
    expect(requested).toEqual(['0', '3', '6']);
    expect(progress).toContain(6); // two pages had arrived and were reported
    stallOffset = null;
    const { records } = await source.fetchSites({ timeoutMs: 80 });
    expect(records).toHaveLength(9);
    // The retry asked only for the page that had failed.
    expect(requested).toEqual(['0', '3', '6', '6']);
  });

  it('reports bytes while a large file arrives', async () => {
    const received: { bytes: number; totalBytes?: number }[] = [];
    await createStaticSource('data/').fetchSites({ onProgress: (p) => received.push(p) });
    expect(received.length).toBeGreaterThan(0);
    expect(received.at(-1)!.bytes).toBeGreaterThan(10_000);
  });
});

describe('a load that waits its turn', () => {
  it('asks at once but reads the body only after readAfter', async () => {
    let requested = false;
    server.use(http.get('*/data/partnerships.geojson', () => ((requested = true), HttpResponse.json(partnershipsCollection))));
    let startReading!: () => void;
    const readAfter = new Promise<void>((resolve) => (startReading = resolve));
    const progress: number[] = [];
    let done = false;
    const loading = createStaticSource('data/')
      .fetchPartnerships({ readAfter, onProgress: (p) => progress.push(p.bytes) })
      .then((parsed) => ((done = true), parsed));
    await new Promise((resolve) => setTimeout(resolve, 150));
    // Asked, not read.
    expect(requested).toBe(true);
    expect(done).toBe(false);
    expect(progress).toEqual([]);
    startReading();
    expect((await loading).records).toHaveLength(partnershipsCollection.features.length);
  });

  it('ends a wait for its turn at once when the load is cancelled', async () => {
    const controller = new AbortController();
    const loading = createStaticSource('data/').fetchPartnerships({ readAfter: new Promise(() => {}), signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    await expect(loading).rejects.toThrow(/abort/i);
  });

  it('pauses between parts of the body while pace says so', async () => {
    const text = JSON.stringify(sitesCollection);
    const bytes = new TextEncoder().encode(text);
    server.use(
      http.get('*/data/sites.geojson', () => {
        const stream = new ReadableStream({
          start(controller) {
            for (let at = 0; at < bytes.length; at += 4096) controller.enqueue(bytes.slice(at, at + 4096));
            controller.close();
          },
        });
        return new HttpResponse(stream);
      }),
    );
    let resume!: () => void;
    const paused = new Promise<void>((resolve) => (resume = resolve));
    let paces = 0;
    let done = false;
    const loading = createStaticSource('data/')
      .fetchSites({ pace: () => (++paces === 1 ? paused : undefined) })
      .then((parsed) => ((done = true), parsed));
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Stopped after the first part until the page's questions are answered.
    expect(paces).toBe(1);
    expect(done).toBe(false);
    resume();
    const parsed = await loading;
    expect(paces).toBeGreaterThan(1);
    expect(parsed.records).toHaveLength(sitesCollection.features.length);
  });
});

describe('files too large for a browser', () => {
  it('refuses a file whose announced size is over the limit, pointing to the OGC API mode', async () => {
    server.use(http.get('*/data/sites.geojson', () => new HttpResponse('x'.repeat(2000), { headers: { 'Content-Length': '2000' } })));
    await expect(createStaticSource('data/', 1000).fetchSites()).rejects.toThrow(/too large to load in a browser.*OGC API/);
  });

  it('stops reading a file that grows past the limit while it arrives', async () => {
    // A FeatureCollection whose (junk) elements keep coming.
    const chunk = new TextEncoder().encode(`"${'x'.repeat(596)}",`);
    server.use(
      http.get('*/data/sites.geojson', () => {
        const stream = new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"type":"FeatureCollection","features":['));
            for (let i = 0; i < 5; i++) controller.enqueue(chunk);
            controller.close();
          },
        });
        return new HttpResponse(stream);
      }),
    );
    await expect(createStaticSource('data/', 1000).fetchSites()).rejects.toThrow(/too large/);
  });
});
