// The whole data path on 1,000,000 records in memory, so that no size-bound
// pattern (spreading a data-sized array into a call, recursion over records)
// can come back unnoticed: it would throw "Maximum call stack size exceeded"
// here, as it once blanked the page at 500,000 sites.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { linkPartnerships, parsePartnerships, parseSites } from '../src/api/parse';
import type { Site } from '../src/api/schema';
import { fetchAllItems } from '../src/api/sources/ogcApiSource';
import { server } from '../src/mocks/node';
import { sitesToCsv, sitesToGeoJson } from '../src/data/serialize';
import { explorerOptions, filterPartnerships } from '../src/features/partnership-explorer/filterPartnerships';
import { sortSites } from '../src/state/sortSites';
import { timelineEvents } from '../src/state/timelineEvents';
import { applyFilters, buildSiteIndex, facetCounts, partnershipsOf, regionsOf } from '../src/state/filters';
import { EMPTY_EXPLORER_FILTERS, EMPTY_FILTERS } from '../src/state/urlState';

const N = 1_000_000;
const SECTORS = ['biomanufacturing', 'cdmo', 'vaccines', 'mrna', 'genomics'] as const;

/** Small but valid site features, spread over Korea and Kazakhstan. */
function siteFeatures(n: number) {
  const features = new Array<unknown>(n);
  for (let i = 0; i < n; i++) {
    const kz = i % 3 === 0;
    features[i] = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: kz ? [50 + (i % 300) / 10, 40 + (i % 150) / 10] : [126 + (i % 30) / 10, 34.5 + (i % 40) / 10] },
      properties: {
        id: `s${i}`,
        name_en: `Site ${i}`,
        kind: 'company',
        sectors: [SECTORS[i % 5], SECTORS[(i + 2) % 5]],
        country: kz ? 'KZ' : 'KR',
        region: kz ? 'KZ-71' : 'KR-28',
        regionName: kz ? 'Astana' : 'Incheon',
        status: 'operating',
        founded: String(1990 + (i % 40)),
        summary_en: 'A site.',
        locationPrecision: 'city',
        sources: [{ article: '000', title: 'T', publisher: 'P', quote: 'Q' }],
      },
    };
  }
  return features;
}

describe(`the data path at ${N.toLocaleString('en')} sites`, () => {
  it('parses, indexes, filters, counts, dates, lists and exports without overflowing the stack', { timeout: 180_000 }, () => {
    const features = siteFeatures(N);
    const { records: sites, skipped } = parseSites({ type: 'FeatureCollection', features });
    expect(sites).toHaveLength(N);
    expect(skipped).toHaveLength(0);

    // Partnerships link every thousandth site to its neighbour.
    const partnershipFeatures = Array.from({ length: N / 1000 }, (_, i) => ({
      type: 'Feature',
      geometry: null,
      properties: {
        id: `p${i}`,
        title_en: `Partnership ${i}`,
        kind: i % 2 ? 'mou' : 'visit',
        parties: [`s${i * 1000}`, `s${i * 1000 + 1}`],
        dateStart: String(2000 + (i % 25)),
        status: 'active',
        summary_en: 'A partnership.',
        sources: [{ article: '000', title: 'T', publisher: 'P', quote: 'Q' }],
      },
    }));
    const partnerships = linkPartnerships(parsePartnerships({ type: 'FeatureCollection', features: partnershipFeatures }).records, sites).records;
    expect(partnerships).toHaveLength(N / 1000);

    const index = buildSiteIndex(sites, partnerships);
    expect(index.yearSpan).toEqual([1990, 2029]);
    expect(regionsOf(sites)).toHaveLength(2);

    const kz = applyFilters(sites, { ...EMPTY_FILTERS, country: ['KZ'], q: 'site 99' }, index);
    expect(kz.length).toBeGreaterThan(0);
    expect(kz.every((s) => s.country === 'KZ' && s.name_en.includes('99'))).toBe(true);
    const counts = facetCounts(sites, { ...EMPTY_FILTERS, sector: ['mrna'] }, index);
    expect(counts.country.get('KR')! + counts.country.get('KZ')!).toBe(applyFilters(sites, { ...EMPTY_FILTERS, sector: ['mrna'] }, index).length);

    const inYear = applyFilters(sites, { ...EMPTY_FILTERS, from: 2000, to: 2000 }, index);
    expect(partnershipsOf(partnerships, new Set(inYear.map((s) => s.id)), { from: 2000, to: 2000 }).length).toBeGreaterThan(0);
    const sitesById = new Map(sites.map((s) => [s.id, s]));
    expect(filterPartnerships(partnerships, { ...EMPTY_EXPLORER_FILTERS, pkind: ['visit'] }, sitesById)).toHaveLength(N / 2000);
    expect(explorerOptions(partnerships, EMPTY_EXPLORER_FILTERS, sitesById).years.length).toBe(25);

    const events = timelineEvents(sites, partnerships);
    expect(events.length).toBe(N + N / 1000);

    const sorted = sortSites(sites, { key: 'partnerships', desc: true }, { partnershipCount: index.partnershipCount });
    expect(sorted[0].id).toBe('s0');

    const some: Site[] = sites.slice(0, 200_000);
    expect(sitesToCsv(some).split('\r\n').length).toBe(200_000 + 2); // header, rows, final line break
    expect(JSON.parse(sitesToGeoJson(some)).features).toHaveLength(200_000);
  });

  it('pages through an OGC API collection of 1,000,000 features', { timeout: 180_000 }, async () => {
    const features = siteFeatures(N);
    const limit = 50_000;
    server.use(
      http.get('http://big.test/collections/sites/items', ({ request }) => {
        const offset = Number(new URL(request.url).searchParams.get('offset') ?? 0);
        const next = offset + limit < N ? [{ rel: 'next', type: 'application/geo+json', href: `items?f=json&limit=${limit}&offset=${offset + limit}` }] : [];
        return HttpResponse.json({ type: 'FeatureCollection', features: features.slice(offset, offset + limit), links: next });
      }),
    );
    const body = (await fetchAllItems('http://big.test/collections/sites/items', limit)) as { features: unknown[] };
    expect(body.features).toHaveLength(N);
  });
});
