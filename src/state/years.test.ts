import { describe, expect, it } from 'vitest';
import { partnershipYears, siteOwnYears, yearOf, yearSpanOf } from './years';

describe('years of records', () => {
  it('reads the year of a partial date', () => {
    expect(yearOf('2024-11-05')).toBe(2024);
    expect(yearOf('2024')).toBe(2024);
    expect(yearOf(undefined)).toBeUndefined();
  });

  it('dates a partnership to every year it spans, or to its only known date', () => {
    expect(partnershipYears({ dateStart: '2021-08', dateEnd: '2023' })).toEqual([2021, 2022, 2023]);
    expect(partnershipYears({ dateEnd: '2027' })).toEqual([2027]);
    expect(partnershipYears({ dateStart: '2017' })).toEqual([2017]);
    expect(partnershipYears({})).toEqual([]);
  });

  it("lists a site's founding, milestone and figure years", () => {
    expect(
      siteOwnYears({
        founded: '2003',
        milestones: [{ date: '2025-12', label_en: 'completion' }],
        figures: [{ metric: 'area', value: 1, unit: 'km2', year: 2030 }, { metric: 'area', value: 2, unit: 'km2' }],
      }),
    ).toEqual([2003, 2025, 2030]);
  });

  it('finds the span of a million years without overflowing the call stack', () => {
    const many = Array.from({ length: 1_000_000 }, (_, i) => 1900 + (i % 200));
    expect(yearSpanOf([many, [1850], []])).toEqual([1850, 2099]);
    expect(yearSpanOf([[], []])).toBeUndefined();
  });
});
