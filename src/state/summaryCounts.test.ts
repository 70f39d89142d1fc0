import { describe, expect, it } from 'vitest';
import { parseSites } from '../api/parse';
import type { Site } from '../api/schema';
import { SECTORS } from '../api/vocabulary';
import { sitesCollection } from '../mocks/dataset';
import { barPercent, summaryCounts } from './summaryCounts';

const site = (id: string, p: Partial<Site>) => ({ id, country: 'KR', sectors: ['biomanufacturing'], ...p }) as Site;

describe('summaryCounts', () => {
  it('counts sites per country (all three, zeros included) and once per sector each site has', () => {
    const counts = summaryCounts([
      site('a', { country: 'KR', sectors: ['cdmo', 'vaccines'] }),
      site('b', { country: 'KR', sectors: ['vaccines'] }),
      site('c', { country: 'KZ', sectors: ['policy', 'policy'] }),
    ]);
    expect(counts.countries).toEqual([
      { value: 'KR', count: 2 },
      { value: 'KZ', count: 1 },
      { value: 'CN', count: 0 },
    ]);
    expect(counts.sectors).toEqual([
      { value: 'cdmo', count: 1 },
      { value: 'vaccines', count: 2 },
      { value: 'policy', count: 1 },
    ]);
  });

  it('keeps selected sectors with no site, in vocabulary order', () => {
    const counts = summaryCounts([site('a', { sectors: ['policy'] })], ['genomics', 'mrna']);
    expect(counts.sectors.map((b) => [b.value, b.count])).toEqual([
      ['mrna', 0],
      ['genomics', 0],
      ['policy', 1],
    ]);
    expect(summaryCounts([], []).sectors).toEqual([]);
  });

  it('matches the dataset: its Korean, Kazakh and Chinese sites', () => {
    const sites = parseSites(sitesCollection).records;
    const counts = summaryCounts(sites);
    expect(counts.countries).toEqual(['KR', 'KZ', 'CN'].map((c) => ({ value: c, count: sites.filter((s) => s.country === c).length })));
    for (const { value, count } of counts.sectors) expect(count).toBe(sites.filter((s) => s.sectors.includes(value)).length);
    expect(counts.sectors.map((b) => b.value)).toEqual(SECTORS.filter((s) => sites.some((site) => site.sectors.includes(s))));
  });

  it('scales bars to the largest count', () => {
    expect(barPercent(5, 10)).toBe(50);
    expect(barPercent(10, 10)).toBe(100);
    expect(barPercent(0, 0)).toBe(0);
  });
});
