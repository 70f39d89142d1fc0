import type { MapGeoJSONFeature } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { MAX_LISTED, readInView } from './SitesInView';

const point = (id: string, region: string, name: string) =>
  ({ properties: { id, region, name_en: name }, geometry: { type: 'Point', coordinates: [127, 35] } }) as unknown as MapGeoJSONFeature;
const cluster = (clusterId: number, count: number) =>
  ({ properties: { cluster: true, cluster_id: clusterId, point_count: count }, geometry: { type: 'Point', coordinates: [127, 35] } }) as unknown as MapGeoJSONFeature;
const nameOf = (p: Record<string, unknown>) => String(p.name_en);

describe('readInView', () => {
  it('lists drawn sites once each, by name, with the sites inside clusters, and names the region most of them are in', async () => {
    const leaves = (id: number) => Promise.resolve(id === 7 ? [point('c', 'KR-46', 'Cheonnam lab'), point('d', 'KR-29', 'Gwangju hub')] : []);
    const view = await readInView([point('b', 'KR-46', 'Bio park'), point('a', 'KR-46', 'Anchor plant'), point('b', 'KR-46', 'Bio park'), cluster(7, 2)], leaves, nameOf);
    expect(view.sites.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(view.clustered).toBe(0);
    expect(view.region).toBe('KR-46');
  });

  it('names no region without a majority', async () => {
    const view = await readInView([point('a', 'KR-46', 'A'), point('b', 'KR-11', 'B')], () => Promise.resolve([]), nameOf);
    expect(view.region).toBeUndefined();
  });

  it('only counts the clustered sites when there are too many to list', async () => {
    const asked: number[] = [];
    const view = await readInView([point('a', 'KR-46', 'A'), cluster(1, MAX_LISTED)], (id) => (asked.push(id), Promise.resolve([])), nameOf);
    expect(asked).toEqual([]);
    expect(view.sites).toHaveLength(1);
    expect(view.clustered).toBe(MAX_LISTED);
  });
});
