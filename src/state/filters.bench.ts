// Speed goals for filtering at scale (run with `npm run bench`): one keystroke's
// worth of work on 100,000 sites — filter plus facet counts — should stay well
// under a frame budget's multiple (~50 ms on the CI machine).
import { bench, describe } from 'vitest';
import type { Partnership, Site } from '../api/schema';
import { SECTORS, SITE_KINDS, SITE_STATUSES } from '../api/vocabulary';
import { applyFilters, buildSiteIndex, facetCounts } from './filters';
import { EMPTY_FILTERS } from './urlState';

const N = 100_000;
const sites: Site[] = Array.from({ length: N }, (_, i) => ({
  id: `kr-${i}`,
  name_en: `Site ${i} ${['Songdo', 'Wonju', 'Hwasun', 'Astana', 'Shymkent'][i % 5]}`,
  name_ko: ['송도', '원주', '화순'][i % 3],
  aliases: [],
  kind: SITE_KINDS[i % SITE_KINDS.length],
  sectors: [SECTORS[i % SECTORS.length], SECTORS[(i * 7) % SECTORS.length]],
  country: i % 4 === 0 ? 'KZ' : 'KR',
  region: i % 4 === 0 ? 'KZ-71' : `KR-${20 + (i % 30)}`,
  regionName: 'Region',
  status: SITE_STATUSES[i % SITE_STATUSES.length],
  founded: String(1990 + (i % 40)),
  milestones: [],
  figures: [],
  summary_en: 'A synthetic site used to measure filtering speed.',
  locationPrecision: 'city',
  sources: [],
  coordinates: [126 + (i % 100) / 100, 37 + (i % 50) / 100],
}));
const partnerships: Partnership[] = [];
const index = buildSiteIndex(sites, partnerships);

describe(`filtering ${N.toLocaleString('en')} sites`, () => {
  bench('build the search and date index', () => {
    buildSiteIndex(sites, partnerships);
  });
  bench('filter by sector and status', () => {
    applyFilters(sites, { ...EMPTY_FILTERS, sector: ['vaccines', 'mrna'], status: ['operating'] }, index);
  });
  bench('free-text search (Hangul)', () => {
    applyFilters(sites, { ...EMPTY_FILTERS, q: '송도 site' }, index);
  });
  bench('facet counts under combined filters', () => {
    facetCounts(sites, { ...EMPTY_FILTERS, country: ['KR'], sector: ['cdmo'], from: 2000, to: 2020 }, index);
  });
});
