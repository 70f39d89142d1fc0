import { describe, expect, it } from 'vitest';
import type { Site } from '../api/schema';
import { nextSort, sortSites } from './sortSites';
import { makeSite } from '../../test/factories';

const site = (id: string, patch: Partial<Site> = {}) =>
  makeSite(id, { sectors: ['pharmaceuticals'], region: 'KR-11', regionName: 'Seoul', ...patch });

const ids = (sites: Site[]) => sites.map((s) => s.id);

const sites = [
  site('b', { name_en: 'beta Lab', kind: 'university', regionName: 'Incheon', status: 'planned' }),
  site('a', { name_en: 'Alpha Works', kind: 'company', regionName: 'Seoul', status: 'proposed' }),
  site('c', { name_en: 'Ćelik Institute', kind: 'institute', regionName: 'Astana', status: 'operating' }),
  site('d', { name_en: 'Delta 10', kind: 'company', regionName: 'Seoul', status: 'under_construction' }),
  site('e', { name_en: 'Delta 9', kind: 'cluster', regionName: 'Incheon', status: 'operating' }),
];
const partnershipCount = new Map([
  ['a', 3],
  ['b', 1],
  ['e', 3],
]);
const options = { partnershipCount };

describe('sortSites', () => {
  it('orders by name A→Z by default, ignoring case and accents, numbers numerically', () => {
    expect(ids(sortSites(sites, null, options))).toEqual(['a', 'b', 'c', 'e', 'd']);
    expect(ids(sortSites(sites, { key: 'name', desc: true }, options))).toEqual(['d', 'e', 'c', 'b', 'a']);
  });

  it('does not change its input', () => {
    const copy = [...sites];
    sortSites(sites, { key: 'status', desc: true }, options);
    expect(sites).toEqual(copy);
  });

  it('orders kinds by their label, ties by name', () => {
    const labels = { company: 'Company', university: 'University', institute: 'Research institute', cluster: 'Cluster' } as Record<
      string,
      string
    >;
    const sorted = sortSites(sites, { key: 'kind', desc: false }, { ...options, kindLabel: (k) => labels[k] });
    expect(ids(sorted)).toEqual(['e', 'a', 'd', 'c', 'b']);
    // Descending flips the kinds but keeps names A→Z within a kind.
    const desc = sortSites(sites, { key: 'kind', desc: true }, { ...options, kindLabel: (k) => labels[k] });
    expect(ids(desc)).toEqual(['b', 'c', 'a', 'd', 'e']);
  });

  it('orders regions by name, ties by site name', () => {
    expect(ids(sortSites(sites, { key: 'region', desc: false }, options))).toEqual(['c', 'b', 'e', 'a', 'd']);
    expect(ids(sortSites(sites, { key: 'region', desc: true }, options))).toEqual(['a', 'd', 'b', 'e', 'c']);
  });

  it('orders statuses by stage: operating, under construction, planned, proposed', () => {
    expect(ids(sortSites(sites, { key: 'status', desc: false }, options))).toEqual(['c', 'e', 'd', 'b', 'a']);
    expect(ids(sortSites(sites, { key: 'status', desc: true }, options))).toEqual(['a', 'b', 'd', 'c', 'e']);
  });

  it('orders by partnership count, a missing count being 0', () => {
    expect(ids(sortSites(sites, { key: 'partnerships', desc: true }, options))).toEqual(['a', 'e', 'b', 'c', 'd']);
    expect(ids(sortSites(sites, { key: 'partnerships', desc: false }, options))).toEqual(['c', 'd', 'b', 'a', 'e']);
  });

  it('is total: equal names fall back to the id', () => {
    const twins = [site('z', { name_en: 'Same' }), site('y', { name_en: 'same' }), site('x', { name_en: 'SAME' })];
    expect(ids(sortSites(twins, null, options))).toEqual(['x', 'y', 'z']);
  });

  it('sorts 100,000 sites quickly', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => site(`s${i}`, { name_en: `Site ${(i * 7919) % 100_000}` }));
    const started = performance.now();
    const sorted = sortSites(many, null, options);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(sorted[0].name_en).toBe('Site 0');
    expect(sorted[99_999].name_en).toBe('Site 99999');
  });
});

describe('nextSort', () => {
  it('flips the direction of the sorted column (name A→Z when none is chosen)', () => {
    expect(nextSort(null, 'name')).toEqual({ key: 'name', desc: true });
    expect(nextSort({ key: 'name', desc: true }, 'name')).toEqual({ key: 'name', desc: false });
    expect(nextSort({ key: 'status', desc: false }, 'status')).toEqual({ key: 'status', desc: true });
  });

  it('starts another column A→Z, partnerships with the most first', () => {
    expect(nextSort(null, 'kind')).toEqual({ key: 'kind', desc: false });
    expect(nextSort({ key: 'kind', desc: true }, 'region')).toEqual({ key: 'region', desc: false });
    expect(nextSort(null, 'partnerships')).toEqual({ key: 'partnerships', desc: true });
  });
});
