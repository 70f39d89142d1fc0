import { describe, expect, it } from 'vitest';
import type { Partnership, Site } from '../api/schema';
import { partnershipArcs, regionAnchors, regionFlows } from './arcs';

const site = (id: string, country: 'KR' | 'KZ' | 'CN', coordinates: [number, number]) => ({ id, country, coordinates }) as Site;
const sites = new Map([
  ['kz-a', site('kz-a', 'KZ', [71.43, 51.13])],
  ['kr-b', site('kr-b', 'KR', [126.65, 37.38])],
  ['kr-c', site('kr-c', 'KR', [127.92, 37.34])],
  ['kr-c2', site('kr-c2', 'KR', [127.92, 37.34])],
]);
const partnership = (id: string, parties: string[]) => ({ id, parties, kind: 'visit', title_en: id }) as Partnership;

describe('partnershipArcs', () => {
  it('draws one great-circle arc from the lead party to each other party', () => {
    const { features } = partnershipArcs([partnership('p', ['kz-a', 'kr-b', 'kr-c'])], sites);
    expect(features).toHaveLength(2);
    const first = features[0].geometry.coordinates as number[][];
    expect(first[0]).toEqual([71.43, 51.13]);
    expect(first.at(-1)).toEqual([126.65, 37.38]);
    // A great circle from Astana to Incheon bows north of the straight line.
    const mid = first[Math.floor(first.length / 2)];
    expect(mid[1]).toBeGreaterThan((51.13 + 37.38) / 2);
    expect(features.map((f) => f.properties.crossBorder)).toEqual([true, true]);
    // Smooth, yet light for the map's worker: tens of vertices, to ~10 m between the exact ends.
    expect(first.length).toBeGreaterThanOrEqual(6);
    expect(first.length).toBeLessThanOrEqual(64);
    for (const [lon, lat] of first.slice(1, -1)) expect([lon, lat]).toEqual([Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4]);
  });

  it('skips parties at the same point and marks domestic links', () => {
    const { features } = partnershipArcs([partnership('q', ['kr-c', 'kr-c2', 'kr-b'])], sites);
    expect(features).toHaveLength(1);
    expect(features[0].properties).toMatchObject({ id: 'q', crossBorder: false });
  });
});

describe('regionFlows', () => {
  const at = (id: string, region: string, regionName: string, country: Site['country'], coordinates: [number, number]) =>
    ({ id, region, regionName, country, coordinates }) as Site;
  const all = [
    at('a1', 'KZ-71', 'Astana', 'KZ', [71.4, 51.1]),
    at('a2', 'KZ-71', 'Astana', 'KZ', [71.6, 51.3]),
    at('s1', 'KZ-79', 'Shymkent', 'KZ', [69.6, 42.3]),
    at('i1', 'KR-28', 'Incheon', 'KR', [126.6, 37.4]),
  ];
  const byId = new Map(all.map((s) => [s.id, s]));
  const anchors = regionAnchors(all);

  it('puts each region’s anchor at the middle of its sites', () => {
    expect(anchors.get('KZ-71')?.map((v) => Math.round(v * 10) / 10)).toEqual([71.5, 51.2]);
    expect(anchors.get('KR-28')).toEqual([126.6, 37.4]);
  });

  it('draws one line per pair of regions, counting each partnership once, and none within a region', () => {
    const { features } = regionFlows(
      [
        partnership('p1', ['a1', 'i1']),
        partnership('p2', ['i1', 'a2']),
        // Two parties in Shymkent: still one partnership between Astana and Shymkent.
        partnership('p3', ['a1', 's1', 's1']),
        partnership('p4', ['a1', 'a2']),
        partnership('p5', ['a1', 'missing']),
      ],
      (id) => byId.get(id),
      anchors,
    );
    expect(features.map((f) => f.properties)).toEqual([
      {
        id: 'flow:KZ-71~KZ-79',
        kind: 'flow',
        from: 'KZ-71',
        fromName: 'Astana',
        to: 'KZ-79',
        toName: 'Shymkent',
        count: 1,
        crossBorder: false,
      },
      // In code order whichever party leads; the widest last, drawn on top.
      {
        id: 'flow:KR-28~KZ-71',
        kind: 'flow',
        from: 'KR-28',
        fromName: 'Incheon',
        to: 'KZ-71',
        toName: 'Astana',
        count: 2,
        crossBorder: true,
      },
    ]);
    const line = features[1].geometry.coordinates as number[][];
    expect(line[0]).toEqual(anchors.get('KR-28'));
    expect(line.at(-1)).toEqual(anchors.get('KZ-71'));
  });
});
