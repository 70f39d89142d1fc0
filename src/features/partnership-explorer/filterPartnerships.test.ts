import { describe, expect, it } from 'vitest';
import { makePartnership } from '../../../test/factories';
import type { Partnership, Site } from '../../api/schema';
import { pairKey } from '../../state/countryPairs';
import { EMPTY_EXPLORER_FILTERS as NO_EXPLORER_FILTERS } from '../../state/urlState';
import { partnershipYears as yearsOf } from '../../state/years';
import { countriesOf, explorerOptions, filterPartnerships, hasExplorerFilters, pairsOf, sortByRecency } from './filterPartnerships';
import { datasetPartnerships, datasetSites } from '../../../test/dataset';
import { partnershipsCollection } from '../../mocks/dataset';

const sites = datasetSites;
const partnerships = datasetPartnerships;
const sitesById = new Map(sites.map((s) => [s.id, s]));
const countries = (p: Partnership) => new Set(p.parties.map((id) => sitesById.get(id)!.country));
const ids = (list: Partnership[]) => list.map((p) => p.id).sort();

/** A minimal site map for hand-made cases. */
const lookup = new Map<string, Pick<Site, 'country'>>([
  ['kr1', { country: 'KR' }],
  ['kr2', { country: 'KR' }],
  ['kz1', { country: 'KZ' }],
  ['cn1', { country: 'CN' }],
]);
const matchesPair = (x: Partnership, pair: string, sites: typeof lookup) =>
  filterPartnerships([x], { ...NO_EXPLORER_FILTERS, pair }, sites).length === 1;
const matchesYear = (x: Partnership, pyear: number) => filterPartnerships([x], { ...NO_EXPLORER_FILTERS, pyear }, lookup).length === 1;
const p = (overrides: Partial<Partnership>) =>
  makePartnership('p', { title_en: 'T', parties: ['kr1', 'kz1'], summary_en: 'S', ...overrides });

describe('the real dataset', () => {
  it('loads every partnership of the file', () => {
    expect(partnerships).toHaveLength(partnershipsCollection.features.length);
  });

  it('no filter keeps everything', () => {
    expect(filterPartnerships(partnerships, NO_EXPLORER_FILTERS, sitesById)).toHaveLength(partnerships.length);
    expect(hasExplorerFilters(NO_EXPLORER_FILTERS)).toBe(false);
  });

  it('pair KR-KZ keeps exactly the Korea–Kazakhstan partnerships', () => {
    const result = filterPartnerships(partnerships, { ...NO_EXPLORER_FILTERS, pair: 'KR-KZ' }, sitesById);
    const expected = partnerships.filter((x) => countries(x).has('KR') && countries(x).has('KZ'));
    expect(ids(result)).toEqual(ids(expected));
    expect(result.length).toBeGreaterThanOrEqual(4);
  });

  it('pair CN-KR keeps exactly the China–Korea partnerships, the Zhengzhou MOU among them', () => {
    const result = filterPartnerships(partnerships, { ...NO_EXPLORER_FILTERS, pair: 'CN-KR' }, sitesById);
    const expected = partnerships.filter((x) => countries(x).has('CN') && countries(x).has('KR'));
    expect(ids(result)).toEqual(ids(expected));
    expect(ids(result)).toContain('p-kr-cn-seoul-bio-cnv-zhengzhou-mou');
  });

  it('domestic pairs need every party in that country', () => {
    const kr = filterPartnerships(partnerships, { ...NO_EXPLORER_FILTERS, pair: 'KR-KR' }, sitesById);
    const kz = filterPartnerships(partnerships, { ...NO_EXPLORER_FILTERS, pair: 'KZ-KZ' }, sitesById);
    expect(kr.length).toBeGreaterThan(0);
    expect(kz.length).toBeGreaterThan(0);
    for (const x of kr) expect([...countries(x)]).toEqual(['KR']);
    for (const x of kz) expect([...countries(x)]).toEqual(['KZ']);
    expect(ids(kr)).toEqual(ids(partnerships.filter((x) => countries(x).size === 1 && countries(x).has('KR'))));
  });

  it('kinds are OR-ed, and combine with year and pair by AND', () => {
    const visits = filterPartnerships(partnerships, { ...NO_EXPLORER_FILTERS, pkind: ['visit'] }, sitesById);
    expect(visits.every((x) => x.kind === 'visit')).toBe(true);
    const some = filterPartnerships(partnerships, { ...NO_EXPLORER_FILTERS, pkind: ['visit', 'mou'] }, sitesById);
    expect(ids(some)).toEqual(ids(partnerships.filter((x) => x.kind === 'visit' || x.kind === 'mou')));
    const visits2022 = filterPartnerships(partnerships, { pkind: ['visit'], pyear: 2022, pair: 'KR-KZ' }, sitesById);
    const krkz = (x: Partnership) => countries(x).has('KR') && countries(x).has('KZ');
    expect(ids(visits2022)).toEqual(ids(partnerships.filter((x) => x.kind === 'visit' && krkz(x) && yearsOf(x).includes(2022))));
    expect(ids(visits2022)).toContain('p-kz-kr-delegation-working-visit-2022');
  });

  it('year 2022 keeps the partnerships dated in 2022 and drops undated ones', () => {
    const result = filterPartnerships(partnerships, { ...NO_EXPLORER_FILTERS, pyear: 2022 }, sitesById);
    expect(result.length).toBeGreaterThan(0);
    for (const x of result) expect(yearsOf(x)).toContain(2022);
    expect(result.some((x) => !x.dateStart && !x.dateEnd)).toBe(false);
  });

  it('offers the years and pairs present in the data, with counts that honour the other filters', () => {
    const options = explorerOptions(partnerships, NO_EXPLORER_FILTERS, sitesById);
    expect(options.pairs.map((o) => o.value)).toEqual(['CN-KR', 'KR-KZ', 'KR-KR', 'KZ-KZ']);
    expect(options.kinds.map((o) => o.value)).toEqual(['mou', 'cooperation', 'joint_project', 'funding', 'event', 'visit']);
    expect(options.kinds.reduce((n, o) => n + o.count, 0)).toBe(partnerships.length);
    expect(options.years.map((o) => o.value)).toEqual([...options.years.map((o) => o.value)].sort((a, b) => a - b));
    expect(options.years.map((o) => o.value)).toContain(2017);
    expect(options.years.map((o) => o.value)).toContain(2024);

    const kzkr = explorerOptions(partnerships, { ...NO_EXPLORER_FILTERS, pair: 'KR-KZ' }, sitesById);
    // The pair facet ignores its own selection; the kind facet counts within the pair.
    expect(kzkr.pairs).toEqual(options.pairs);
    const inPair = partnerships.filter((x) => countries(x).has('KR') && countries(x).has('KZ'));
    for (const kind of ['visit', 'mou'] as const)
      expect(kzkr.kinds.find((o) => o.value === kind)!.count, kind).toBe(inPair.filter((x) => x.kind === kind).length);
    expect(kzkr.kinds.find((o) => o.value === 'visit')!.count).toBeGreaterThan(0);
  });

  it('sorts the most recent first, undated last', () => {
    const sorted = sortByRecency(partnerships);
    expect(sorted).toHaveLength(partnerships.length);
    // The one that ends (or starts) latest comes first.
    const lastYear = (x: Partnership) => yearsOf(x).at(-1) ?? 0;
    const latest = partnerships.reduce((m, x) => Math.max(m, lastYear(x)), 0);
    expect(lastYear(sorted[0])).toBe(latest);
    const undated = sorted.filter((x) => !x.dateStart && !x.dateEnd);
    expect(sorted.slice(-undated.length)).toEqual(undated);
  });
});

describe('year matching', () => {
  it('covers every year from start to end', () => {
    const x = p({ dateStart: '2021-09', dateEnd: '2023' });
    expect(yearsOf(x)).toEqual([2021, 2022, 2023]);
    expect(matchesYear(x, 2022)).toBe(true);
    expect(matchesYear(x, 2024)).toBe(false);
  });
  it('uses the start year alone when there is no end, the end year alone when there is no start', () => {
    expect(yearsOf(p({ dateStart: '2017-01' }))).toEqual([2017]);
    expect(yearsOf(p({ dateEnd: '2027' }))).toEqual([2027]);
  });
  it('an undated partnership matches no year', () => {
    expect(yearsOf(p({}))).toEqual([]);
    expect(filterPartnerships([p({})], { ...NO_EXPLORER_FILTERS, pyear: 2022 }, lookup)).toEqual([]);
  });
});

describe('country pairs', () => {
  it('pair keys are sorted', () => {
    expect(pairKey('KZ', 'KR')).toBe('KR-KZ');
    expect(pairKey('KR', 'CN')).toBe('CN-KR');
  });
  it('a three-country partnership belongs to every pair of its countries', () => {
    const x = p({ parties: ['kz1', 'kr1', 'cn1', 'kr2'] });
    expect(countriesOf(x, lookup)).toEqual(['CN', 'KR', 'KZ']);
    expect(pairsOf(x, lookup)).toEqual(['CN-KR', 'CN-KZ', 'KR-KZ']);
    expect(matchesPair(x, 'KR-KZ', lookup)).toBe(true);
    expect(matchesPair(x, 'KR-KR', lookup)).toBe(false);
  });
  it('a domestic partnership belongs to its same-country pair only', () => {
    const x = p({ parties: ['kr1', 'kr2'] });
    expect(pairsOf(x, lookup)).toEqual(['KR-KR']);
    expect(matchesPair(x, 'KR-KR', lookup)).toBe(true);
    expect(matchesPair(x, 'KR-KZ', lookup)).toBe(false);
  });
  it('a selected pair or year that the data lacks is still offered, with 0', () => {
    const options = explorerOptions([p({ parties: ['kr1', 'kr2'], dateStart: '2020' })], { pkind: [], pyear: 1999, pair: 'CN-KZ' }, lookup);
    expect(options.pairs).toContainEqual({ value: 'CN-KZ', count: 0 });
    expect(options.years).toContainEqual({ value: 1999, count: 0 });
  });
});
