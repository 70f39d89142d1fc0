import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Site } from '../api/schema';
import { parsePartnerships, parseSites } from '../api/parse';
import { partnershipsCollection, sitesCollection } from '../mocks/dataset';
import {
  BOM,
  exportFilename,
  PARTNERSHIP_CSV_COLUMNS,
  partnershipsToCsv,
  partnershipsToFeatureCollection,
  partnershipsToGeoJson,
  SITE_CSV_COLUMNS,
  sitesToCsv,
  sitesToGeoJson,
} from './serialize';
import { datasetPartnerships, datasetSites } from '../../test/dataset';

const sites = datasetSites;
const partnerships = datasetPartnerships;

/** Parses an exported CSV back (without its BOM) into header + rows. */
function readCsv(text: string) {
  expect(text.startsWith(BOM)).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  const result = Papa.parse<string[]>(text.slice(1, -2), { newline: '\r\n' });
  expect(result.errors).toEqual([]);
  const [header, ...rows] = result.data;
  return { header, rows, records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

describe('sites as CSV', () => {
  const text = sitesToCsv(sites);
  const { header, rows, records } = readCsv(text);

  it('starts with a BOM and the header row, with CRLF line endings', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(header).toEqual([...SITE_CSV_COLUMNS]);
    expect(text.slice(1).split('\r\n')[0]).toBe(SITE_CSV_COLUMNS.join(','));
    // Every record ends in CRLF; the data itself has no line breaks inside fields.
    expect(text.split('\r\n')).toHaveLength(sites.length + 2);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has one row per site, with the values of each', () => {
    expect(rows).toHaveLength(sites.length);
    const songdo = records.find((r) => r.id === 'kr-songdo-bio-cluster')!;
    const site = sites.find((s) => s.id === 'kr-songdo-bio-cluster')!;
    expect(songdo.name_en).toBe(site.name_en);
    expect(songdo.sectors).toBe(site.sectors.join('; '));
    expect(Number(songdo.lon)).toBe(site.coordinates[0]);
    expect(Number(songdo.lat)).toBe(site.coordinates[1]);
    expect(songdo.source_titles).toBe(site.sources.map((s) => s.title).join('; '));
  });

  it('every cell of the real dataset reads back as its value', () => {
    records.forEach((r, i) => {
      const s = sites[i];
      expect(r.id).toBe(s.id);
      for (const key of [
        'name_en',
        'name_ko',
        'name_ru',
        'name_kk',
        'name_zh',
        'kind',
        'country',
        'region',
        'regionName',
        'city_en',
        'status',
        'founded',
        'locationPrecision',
        'parentId',
        'summary_en',
      ] as const) {
        expect(r[key]).toBe(s[key] ?? '');
      }
      expect(r.source_urls).toBe(s.sources.flatMap((src) => (src.url ? [src.url] : [])).join('; '));
    });
  });

  it('keeps Hangul, Cyrillic and Chinese intact', () => {
    const ko = sites.find((s) => s.name_ko)!;
    const ru = sites.find((s) => s.name_ru)!;
    const zh = sites.find((s) => s.name_zh);
    expect(records.find((r) => r.id === ko.id)!.name_ko).toBe(ko.name_ko);
    expect(records.find((r) => r.id === ru.id)!.name_ru).toBe(ru.name_ru);
    if (zh) expect(records.find((r) => r.id === zh.id)!.name_zh).toBe(zh.name_zh);
    expect(text).toMatch(/[\uAC00-\uD7A3]/);
    expect(text).toMatch(/[\u0400-\u04FF]/);
  });

  it('quotes commas, double quotes and line breaks so they round-trip', () => {
    const tricky = 'Line one, with a comma\r\nand a "quoted" word\nand a second line';
    const site: Site = {
      ...sites[0],
      id: 'x-tricky',
      name_en: 'Comma, "Quote" & Co.',
      summary_en: tricky,
      name_ko: '송도 "바이오", 클러스터',
    };
    const csv = sitesToCsv([site]);
    const back = readCsv(csv).records;
    expect(back).toHaveLength(1);
    expect(back[0].name_en).toBe(site.name_en);
    expect(back[0].summary_en).toBe(tricky);
    expect(back[0].name_ko).toBe(site.name_ko);
    expect(csv).toContain('"Comma, ""Quote"" & Co."');
  });

  it('defuses cells that a spreadsheet would run as a formula', () => {
    const site: Site = { ...sites[0], name_en: '=HYPERLINK("http://x")' };
    expect(readCsv(sitesToCsv([site])).records[0].name_en).toBe(`'=HYPERLINK("http://x")`);
  });

  it('keeps the header when there is nothing to export', () => {
    const { header, rows } = readCsv(sitesToCsv([]));
    expect(header).toEqual([...SITE_CSV_COLUMNS]);
    expect(rows).toHaveLength(0);
  });
});

describe('partnerships as CSV', () => {
  it('has the header and one row per partnership, parties joined with "; "', () => {
    const { header, rows, records } = readCsv(partnershipsToCsv(partnerships));
    expect(header).toEqual([...PARTNERSHIP_CSV_COLUMNS]);
    expect(rows).toHaveLength(partnerships.length);
    const visit = partnerships.find((p) => p.id === 'p-kz-kr-delegation-working-visit-2022')!;
    const row = records.find((r) => r.id === visit.id)!;
    expect(row.parties).toBe(visit.parties.join('; '));
    expect(row.dateStart).toBe('2022-06-27');
    expect(row.dateEnd).toBe('2022-06-30');
    expect(row.kind).toBe('visit');
    const undated = records.find((r) => r.id === 'p-kr-cn-seoul-bio-cnv-zhengzhou-mou')!;
    expect(undated.dateStart).toBe('');
  });
});

describe('GeoJSON', () => {
  it('sites: the same shape as public/data/sites.geojson', () => {
    const fc = JSON.parse(sitesToGeoJson(sites));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(sites.length);
    const original = (sitesCollection.features as { id: string; geometry: unknown; properties: Record<string, unknown> }[]).find(
      (f) => f.id === 'kr-songdo-bio-cluster',
    )!;
    const exported = fc.features.find((f: { id: string }) => f.id === 'kr-songdo-bio-cluster');
    expect(exported.geometry).toEqual(original.geometry);
    expect(exported.properties).not.toHaveProperty('coordinates');
    expect(exported.properties).toEqual(original.properties);
    // The export loads back through the app's own parser.
    expect(parseSites(fc).records).toEqual(sites);
  });

  it('partnerships: lines through the parties when all are exported, else null', () => {
    const fc = JSON.parse(partnershipsToGeoJson(partnerships, sites));
    expect(fc.features).toHaveLength(partnerships.length);
    for (const f of fc.features) {
      const original = (partnershipsCollection.features as { id: string; geometry: unknown; properties: unknown }[]).find(
        (o) => o.id === f.id,
      )!;
      expect(f.geometry).toEqual(original.geometry);
      expect(f.properties).toEqual(original.properties);
    }
    expect(parsePartnerships(fc).records).toEqual(partnerships);

    const onlyKz = sites.filter((s) => s.country === 'KZ');
    const partial = partnershipsToFeatureCollection(partnerships, onlyKz);
    const domesticKz = partial.features.find((f) => f.id === 'p-kz-moh-cluster-zones-initiative')!;
    const crossBorder = partial.features.find((f) => f.id === 'p-kz-kr-state-visit-2021')!;
    expect(domesticKz.geometry?.type).toBe('LineString');
    expect(crossBorder.geometry).toBeNull();
  });

  it('names files by collection, date and format', () => {
    expect(exportFilename('sites', 'csv', new Date(2025, 2, 1))).toBe('biocluster-sites-2025-03-01.csv');
    expect(exportFilename('partnerships', 'geojson', new Date(2024, 10, 25))).toBe('biocluster-partnerships-2024-11-25.geojson');
  });
});
