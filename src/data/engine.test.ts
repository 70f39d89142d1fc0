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

describe('the map arcs', () => {
  const engine = createAtlasEngine();
  engine.setSites({ records: datasetSites, skipped: [] });
  engine.setPartnerships({ records: datasetPartnerships, skipped: [] });
  type Line = { properties: { id: string; kind: string; count?: number } };
  const arcs = (options?: Parameters<typeof engine.mapArcs>[1]) =>
    (JSON.parse(engine.mapArcs(EMPTY_FILTERS, options)) as { features: Line[] }).features;

  it('draws each partnership’s arcs up to `flowsAbove`, and one flow per pair of regions above it', () => {
    const single = arcs({ flowsAbove: datasetPartnerships.length });
    expect(single.every((f) => f.properties.kind !== 'flow')).toBe(true);
    expect(new Set(single.map((f) => f.properties.id)).size).toBeGreaterThan(10);

    const flows = arcs({ flowsAbove: datasetPartnerships.length - 1 });
    expect(flows.length).toBeGreaterThan(0);
    expect(flows.every((f) => f.properties.kind === 'flow')).toBe(true);
    // Fewer lines than arcs: partnerships between the same two regions share one.
    expect(flows.length).toBeLessThan(single.length);
    expect(flows.some((f) => (f.properties.count ?? 0) > 1)).toBe(true);
  });

  it('gives a selected partnership’s own arcs apart, the same as it draws them, whether or not there are flows', () => {
    const [selected] = datasetPartnerships;
    const own = engine.selectedArcs(selected.id).features as unknown as Line[];
    expect(own.length).toBeGreaterThan(0);
    expect(own).toEqual(arcs({}).filter((f) => f.properties.id === selected.id));
    expect(engine.selectedArcs('no-such-partnership').features).toEqual([]);
  });
});

describe('the map’s sites as a selection from all of them', () => {
  const engine = createAtlasEngine();
  engine.setSites({ records: datasetSites, skipped: [] });
  engine.setPartnerships({ records: datasetPartnerships, skipped: [] });
  type Collection = { features: { properties: { id: string } }[] };
  const ids = (geojson: string) => (JSON.parse(geojson) as Collection).features.map((f) => f.properties.id);

  it.each<[string, Partial<Filters>]>([
    ['one country', { country: ['KZ'] }],
    ['a sector', { sector: ['vaccines'] }],
    ['a search', { q: 'wonju' }],
    ['nothing matching', { q: 'no such site anywhere' }],
  ])('picks from all sites exactly the features the filtered GeoJSON has (%s)', (_, patch) => {
    const filters = { ...EMPTY_FILTERS, ...patch };
    const selection = engine.mapSiteSelection(filters);
    const all = (JSON.parse(selection.all()) as Collection).features;
    expect(all.length).toBe(datasetSites.length);
    expect(selection.positions).toBeInstanceOf(Uint32Array);
    const picked = [...selection.positions!].map((i) => all[i]);
    expect(picked).toEqual((JSON.parse(engine.mapSites(filters)) as Collection).features);
    // The same sites on their own, for a first small selection.
    expect(selection.some()).toBe(engine.mapSites(filters));
    expect(picked.length).toBeLessThan(datasetSites.length);
  });

  it('has no positions when every site matches, and the same dataset until new sites are loaded', () => {
    const everything = engine.mapSiteSelection(EMPTY_FILTERS);
    expect(everything.positions).toBeUndefined();
    expect(ids(everything.all())).toEqual(ids(engine.mapSites(EMPTY_FILTERS)));
    const filtered = engine.mapSiteSelection({ ...EMPTY_FILTERS, country: ['KR'] });
    expect(filtered.dataset).toBe(everything.dataset);
    expect(filtered.all()).toBe(everything.all());

    engine.setSites({ records: datasetSites.slice(1), skipped: [] });
    const reloaded = engine.mapSiteSelection(EMPTY_FILTERS);
    expect(reloaded.dataset).not.toBe(everything.dataset);
    expect(ids(reloaded.all())).toEqual(datasetSites.slice(1).map((s) => s.id));
  });
});
