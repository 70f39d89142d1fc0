import { describe, expect, it } from 'vitest';
import { collection, partnershipFeature, siteFeature, source } from '../../test/fixtures';
import { decodeList } from './decodeList';
import { DataFormatError, linkPartnerships, parsePartnerships, parseSites } from './parse';

describe('decodeList', () => {
  it('accepts the list encodings feature servers use', () => {
    expect(decodeList(['a', 'b'])).toEqual(['a', 'b']);
    expect(decodeList('["a","b"]')).toEqual(['a', 'b']);
    expect(decodeList('(2:biomanufacturing,cdmo)')).toEqual(['biomanufacturing', 'cdmo']);
    expect(decodeList('(0:)')).toEqual([]);
    expect(decodeList('')).toEqual([]);
    expect(decodeList('vaccines, mrna')).toEqual(['vaccines', 'mrna']);
    expect(decodeList('[{"a":1}]')).toEqual([{ a: 1 }]);
  });
  it('leaves what it cannot decode for the schema to reject', () => {
    expect(decodeList('(3:a,b)')).toBe('(3:a,b)');
    expect(decodeList('[not json')).toBe('[not json');
    expect(decodeList(42)).toBe(42);
  });
});

describe('site schema', () => {
  it('keeps a valid site with its coordinates', () => {
    const { records, skipped } = parseSites(collection([siteFeature()]));
    expect(skipped).toEqual([]);
    expect(records[0]).toMatchObject({
      id: 'kr-songdo-test',
      coordinates: [126.65, 37.38],
      sectors: ['biomanufacturing', 'cdmo'],
      milestones: [],
    });
  });

  it('reads a site as MapServer returns it: lists as OGR strings and JSON strings, empty text as ""', () => {
    const flattened = siteFeature('kr-flat', {
      sectors: '(2:biomanufacturing,cdmo)',
      aliases: '(1:Songdo Biocluster)',
      figures: JSON.stringify([{ metric: 'area', value: 122, unit: 'km2' }]),
      sources: JSON.stringify([source]),
      milestones: '',
      name_kk: '',
      parentId: '',
    });
    const { records, skipped } = parseSites(collection([flattened]));
    expect(skipped).toEqual([]);
    expect(records[0].sectors).toEqual(['biomanufacturing', 'cdmo']);
    expect(records[0].figures[0]).toMatchObject({ metric: 'area', value: 122 });
    expect(records[0].sources[0].quote).toBe(source.quote);
    expect(records[0].parentId).toBeUndefined();
  });

  it('keeps translated summaries and milestone labels, and reads a server’s "" as absent', () => {
    const translated = siteFeature('kr-translated', {
      summary_ko: '인천의 바이오의약품 클러스터.',
      summary_ru: 'Биофармацевтический кластер в Инчхоне.',
      summary_kk: '',
      milestones: JSON.stringify([{ date: '2022', label_en: 'Second phase', label_ko: '2단계 개발', label_kk: 'Екінші кезең' }]),
    });
    const { records, skipped } = parseSites(collection([translated]));
    expect(skipped).toEqual([]);
    expect(records[0]).toMatchObject({ summary_ko: '인천의 바이오의약품 클러스터.', summary_ru: 'Биофармацевтический кластер в Инчхоне.' });
    expect(records[0].summary_kk).toBeUndefined();
    expect(records[0].milestones[0]).toEqual({ date: '2022', label_en: 'Second phase', label_ko: '2단계 개발', label_kk: 'Екінші кезең' });
  });

  it.each([
    ['a missing name', { name_en: '' }],
    ['an unknown sector', { sectors: ['astrology'] }],
    ['no sector', { sectors: [] }],
    ['a region that is not ISO 3166-2', { region: 'Incheon' }],
    ['an unknown status', { status: 'rumoured' }],
    ['no source', { sources: [] }],
    ['a malformed date', { founded: '03/2003' }],
    ['a translated summary that is not text', { summary_ru: 42 }],
    ['a blank translated summary', { summary_kk: '   ' }],
    ['a milestone label that is not text', { milestones: [{ date: '2022', label_en: 'Second phase', label_ko: ['2단계'] }] }],
  ])('skips and counts a site with %s', (_label, overrides) => {
    const { records, skipped } = parseSites(collection([siteFeature('kr-good'), siteFeature('kr-bad', overrides)]));
    expect(records.map((r) => r.id)).toEqual(['kr-good']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ collection: 'sites', index: 1, id: 'kr-bad' });
  });

  it.each([
    ['out of range', [200, 37]],
    ['NaN', [Number.NaN, 37]],
    ['swapped so latitude exceeds 90', [37.38, 126.65]],
  ])('skips coordinates %s', (_label, coordinates) => {
    expect(parseSites(collection([siteFeature('kr-x', {}, coordinates)])).skipped).toHaveLength(1);
  });

  it('skips a site whose geometry is not a Point, and a duplicate id', () => {
    const line = {
      ...siteFeature('kr-line'),
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
    };
    const { records, skipped } = parseSites(collection([siteFeature('kr-a'), line, siteFeature('kr-a')]));
    expect(records).toHaveLength(1);
    expect(skipped.map((s) => s.reason)).toEqual([expect.stringContaining('geometry'), 'duplicate id']);
  });

  it('rejects a body that is not a FeatureCollection as a whole', () => {
    expect(() => parseSites({ type: 'Feature' })).toThrow(DataFormatError);
    expect(() => parseSites([1, 2])).toThrow(/not a GeoJSON FeatureCollection/);
    expect(parseSites(collection([])).records).toEqual([]);
  });
});

describe('partnership schema', () => {
  it('keeps a valid partnership, including one with null geometry', () => {
    const noGeometry = { ...partnershipFeature('p-null'), geometry: null };
    const { records, skipped } = parsePartnerships(collection([partnershipFeature(), noGeometry]));
    expect(skipped).toEqual([]);
    expect(records.map((r) => r.parties)).toEqual([
      ['kz-test', 'kr-songdo-test'],
      ['kz-test', 'kr-songdo-test'],
    ]);
  });

  it('keeps translated titles and summaries, and skips one whose translated title is not text', () => {
    const translated = partnershipFeature('p-translated', undefined, {
      title_ko: '실무 방문',
      title_ru: 'Рабочий визит',
      title_kk: 'Жұмыс сапары',
      summary_kk: 'Делегация сапары.',
    });
    const broken = partnershipFeature('p-broken', undefined, { title_ru: { text: 'Рабочий визит' } });
    const { records, skipped } = parsePartnerships(collection([translated, broken]));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ title_ko: '실무 방문', title_ru: 'Рабочий визит', title_kk: 'Жұмыс сапары', summary_kk: 'Делегация сапары.' });
    expect(records[0].summary_ru).toBeUndefined();
    expect(skipped.map((s) => s.id)).toEqual(['p-broken']);
  });

  it('skips a partnership with fewer than two parties or an unknown kind', () => {
    const { skipped } = parsePartnerships(
      collection([partnershipFeature('p1', ['kz-test']), partnershipFeature('p2', undefined, { kind: 'merger' })]),
    );
    expect(skipped.map((s) => s.id)).toEqual(['p1', 'p2']);
  });

  it('drops partnerships naming a party that is not loaded, and says which', () => {
    const sites = parseSites(collection([siteFeature('kr-songdo-test')])).records;
    const partnerships = parsePartnerships(collection([partnershipFeature()])).records;
    const linked = linkPartnerships(partnerships, sites);
    expect(linked.records).toEqual([]);
    expect(linked.skipped[0].reason).toBe('unknown party: kz-test');
  });
});
