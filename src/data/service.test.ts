import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { partnershipsCollection, sitesCollection } from '../mocks/dataset';
import { server } from '../mocks/node';
import { EMPTY_FILTERS } from '../state/urlState';
import { createDataService } from './service';

const serviceFor = () => {
  const service = createDataService({ onProgress: () => {}, toSourceData: (geojson) => JSON.parse(geojson) as unknown });
  service.configure({ type: 'static', baseUrl: 'http://atlas.test/data/', maxBytes: Infinity });
  return service;
};

describe('the data service', () => {
  it('reads the sites before the partnerships, which are parsed on the same thread but asked for at once', async () => {
    const events: string[] = [];
    // The sites are slower to arrive (a larger file), yet the partnerships wait for them.
    server.use(
      http.get('*/data/sites.geojson', async () => (await delay(100), HttpResponse.json(sitesCollection))),
      http.get('*/data/partnerships.geojson', () => (events.push('partnerships asked'), HttpResponse.json(partnershipsCollection))),
    );
    const service = serviceFor();
    // Asked for together, as the page does at start-up.
    await Promise.all([
      service.loadSites(5000).then(() => events.push('sites')),
      service.loadPartnerships(5000).then(() => events.push('partnerships')),
    ]);
    // The partnerships' request does not wait (their bytes are here when the sites are done), their parsing does:
    // the counts, list and map wait on the sites alone, which get the thread first.
    expect(events).toEqual(['partnerships asked', 'sites', 'partnerships']);
  });

  it('still reads the partnerships when the sites fail', async () => {
    server.use(http.get('*/data/sites.geojson', () => new HttpResponse('down', { status: 503 })));
    const service = serviceFor();
    const [sites, partnerships] = await Promise.allSettled([service.loadSites(5000), service.loadPartnerships(5000)]);
    expect(sites.status).toBe('rejected');
    expect(partnerships.status).toBe('fulfilled');
  });

  it('answers the filters with the list order and its first rows, so the list needs no second question', async () => {
    const service = serviceFor();
    await service.loadSites(5000);
    const result = service.explore({ filters: EMPTY_FILTERS, sort: null, reader: 'en' });
    expect(result.listOrder).toHaveLength(sitesCollection.features.length);
    expect(result.firstRows.length).toBe(Math.min(60, sitesCollection.features.length));
    expect(result.firstRows).toEqual(service.rows(result.listOrder.subarray(0, result.firstRows.length)));
  });

  it('sorts by partnerships with the partnerships that arrive after the sites, and by name as before', async () => {
    const service = serviceFor();
    await service.loadSites(5000);
    const bySort = (key: 'name' | 'partnerships') =>
      service.explore({ filters: EMPTY_FILTERS, sort: { key, desc: true }, reader: 'en' }).firstRows.map((r) => r.partnerships);
    const byName = service.explore({ filters: EMPTY_FILTERS, sort: { key: 'name', desc: false }, reader: 'en' }).firstRows.map((r) => r.id);
    expect(bySort('partnerships').every((n) => n === 0)).toBe(true);
    await service.loadPartnerships(5000);
    // Most partnerships first, now that they are known.
    const counts = bySort('partnerships');
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(service.explore({ filters: EMPTY_FILTERS, sort: { key: 'name', desc: false }, reader: 'en' }).firstRows.map((r) => r.id)).toEqual(byName);
  });
});
