import { describe, expect, it } from 'vitest';
import type { Partnership, Site } from '../api/schema';
import { makeSite } from '../../test/factories';
import { applyFilters, buildSiteIndex, facetCounts, foldText, partnershipsOf } from './filters';
import { partnershipYears } from './years';
import { EMPTY_FILTERS, type Filters } from './urlState';

const site = (id: string, p: Partial<Site>) => makeSite(id, { sectors: ['biomanufacturing'], summary_en: '', sources: [], ...p });

const sites = [
  site('pcmo', {
    name_ko: '미생물 실증 지원센터',
    sectors: ['cdmo', 'vaccines', 'mrna'],
    region: 'KR-46',
    regionName: 'Jeollanam-do',
    founded: '2017',
  }),
  site('mrna-plant', {
    sectors: ['mrna', 'vaccines'],
    region: 'KR-46',
    regionName: 'Jeollanam-do',
    status: 'under_construction',
    milestones: [{ date: '2025-12', label_en: 'completion' }],
  }),
  site('celltrion', { sectors: ['biomanufacturing'], founded: '2002' }),
  site('sk-pharmacy', {
    country: 'KZ',
    region: 'KZ-71',
    regionName: 'Astana',
    kind: 'distributor',
    sectors: ['distribution'],
    name_ru: 'СК-Фармация',
    name_kk: 'СК-Фармация',
  }),
  site('aktobe', {
    country: 'KZ',
    region: 'KZ-15',
    regionName: 'Aktobe Region',
    kind: 'cluster',
    status: 'proposed',
    sectors: ['pharmaceuticals'],
    name_kk: 'Ақтөбе медициналық-фармацевтикалық кластері',
  }),
];
const partnerships = [
  { id: 'visit', parties: ['sk-pharmacy', 'celltrion'], dateStart: '2022-06-27', dateEnd: '2022-06-30', title_en: 'Working visit' },
  { id: 'mou', parties: ['pcmo', 'mrna-plant'], title_en: 'Undated MOU' },
] as Partnership[];
const index = buildSiteIndex(sites, partnerships);
const filter = (f: Partial<Filters>) => applyFilters(sites, { ...EMPTY_FILTERS, ...f }, index).map((s) => s.id);

describe('filters', () => {
  it('answers "which vaccine or mRNA facilities are operating in Jeollanam-do?"', () => {
    expect(filter({ sector: ['vaccines', 'mrna'], status: ['operating'], region: ['KR-46'] })).toEqual(['pcmo']);
  });

  it('matches a year range on founding years, milestones and partnership dates', () => {
    expect(filter({ from: 2025, to: 2025 })).toEqual(['mrna-plant']);
    expect(filter({ from: 2022, to: 2022 })).toEqual(['celltrion', 'sk-pharmacy']);
    expect(filter({ to: 2010 })).toEqual(['celltrion']);
  });

  it('searches names in every language, case- and accent-insensitively, every word', () => {
    expect(filter({ q: 'ақтөбе' })).toEqual(['aktobe']);
    expect(filter({ q: 'АҚТӨБЕ' })).toEqual(['aktobe']);
    expect(filter({ q: 'ск-фармация' })).toEqual(['sk-pharmacy']);
    expect(filter({ q: '실증' })).toEqual(['pcmo']);
    expect(filter({ q: 'working visit' })).toEqual(['celltrion', 'sk-pharmacy']);
    expect(filter({ q: 'JEOLLANAM completion' })).toEqual(['mrna-plant']);
    expect(foldText('Séoul')).toBe('seoul');
  });

  it('finds Kazakh names typed with or without the Kazakh letters', () => {
    expect(filter({ q: 'актобе' })).toEqual(['aktobe']);
    expect(filter({ q: 'Ақтобе медициналык' })).toEqual(['aktobe']);
    expect(filter({ q: 'кластери' })).toEqual(['aktobe']);
    expect(foldText('ӘІҢҒҮҰҚӨҺ')).toBe('аингуукох');
  });

  it('finds Korean names typed without their spaces, and with them', () => {
    expect(filter({ q: '미생물실증' })).toEqual(['pcmo']);
    expect(filter({ q: '미생물 실증' })).toEqual(['pcmo']);
    expect(filter({ q: '실증지원' })).toEqual(['pcmo']);
  });

  it('counts each facet option given the other active filters, not its own', () => {
    const counts = facetCounts(sites, { ...EMPTY_FILTERS, country: ['KZ'], status: ['operating'] }, index);
    // Country counts ignore the country filter but honour status.
    expect(counts.country.get('KR')).toBe(2);
    expect(counts.country.get('KZ')).toBe(1);
    // Status counts ignore status but honour country.
    expect(counts.status.get('proposed')).toBe(1);
    expect(counts.status.get('operating')).toBe(1);
    expect(counts.sector.get('distribution')).toBe(1);
    expect(counts.sector.get('pharmaceuticals')).toBeUndefined();
    expect(counts.kind.get('distributor')).toBe(1);
  });

  it('dates a partnership by its span, or by its end alone when it only has a deadline', () => {
    expect(partnershipYears({ dateStart: '2022-06-27', dateEnd: '2024-01' } as Partnership)).toEqual([2022, 2023, 2024]);
    expect(partnershipYears({ dateEnd: '2027' } as Partnership)).toEqual([2027]);
    expect(partnershipYears({} as Partnership)).toEqual([]);
  });

  it('keeps partnerships with a party among the filtered sites, dated within the years', () => {
    const ids = new Set(['celltrion']);
    expect(partnershipsOf(partnerships, ids, EMPTY_FILTERS).map((p) => p.id)).toEqual(['visit']);
    expect(partnershipsOf(partnerships, new Set(['pcmo']), { from: 2020, to: 2030 })).toEqual([]);
  });
});
