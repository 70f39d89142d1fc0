import { describe, expect, it } from 'vitest';
import { datasetPartnerships, datasetSites } from '../../test/dataset';
import { partnershipsOf } from '../state/filters';
import { EMPTY_FILTERS, type Filters } from '../state/urlState';
import { createAtlasEngine } from './engine';

describe('the engine', () => {
  const engine = createAtlasEngine();
  engine.setSites({ records: datasetSites, skipped: [] });
  engine.setPartnerships({ records: datasetPartnerships, skipped: [] });

  it.each<[string, Partial<Filters>]>([
    ['no filter', {}],
    ['one country', { country: ['KZ'] }],
    ['a sector', { sector: ['vaccines'] }],
    ['years', { from: 2020, to: 2023 }],
    ['a search', { q: 'wonju' }],
    ['nothing matching', { q: 'no such site anywhere' }],
  ])('lists the partnerships with a party among the matching sites (%s), as the rule by id does', (_, patch) => {
    const filters = { ...EMPTY_FILTERS, ...patch };
    const result = engine.explore({ filters, sort: null, reader: 'en' });
    // The same rule over ids: the engine's answer comes from the parties' positions, made once per dataset.
    const matchingIds = new Set(engine.rows(result.listOrder).map((row) => row.id));
    expect(matchingIds.size).toBe(result.matching);
    const expected = partnershipsOf(datasetPartnerships, matchingIds, filters).map((p) => p.id);
    expect(result.partnershipIds).toEqual(expected);
    if (Object.keys(patch).length === 0) expect(expected.length).toBe(datasetPartnerships.length);
  });
});
