/** Typed records for unit tests: a complete, valid default that each test patches. */
import type { Partnership, Site } from '../src/api/schema';

export function makeSite(id: string, patch: Partial<Site> = {}): Site {
  return {
    id,
    name_en: id,
    aliases: [],
    kind: 'company',
    sectors: ['biomanufacturing'],
    country: 'KR',
    region: 'KR-28',
    regionName: 'Incheon',
    status: 'operating',
    milestones: [],
    figures: [],
    summary_en: 'A site.',
    locationPrecision: 'city',
    sources: [{ article: '000', title: 'T', publisher: 'P', quote: 'Q' }],
    coordinates: [127, 37.5],
    ...patch,
  };
}

export function makePartnership(id: string, patch: Partial<Partnership> = {}): Partnership {
  return {
    id,
    title_en: id,
    kind: 'mou',
    parties: ['a', 'b'],
    status: 'active',
    summary_en: 'A partnership.',
    figures: [],
    sources: [{ article: '000', title: 'T', publisher: 'P', quote: 'Q' }],
    ...patch,
  };
}
