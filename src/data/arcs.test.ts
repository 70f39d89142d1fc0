import { describe, expect, it } from 'vitest';
import type { Partnership, Site } from '../api/schema';
import { partnershipArcs } from './arcs';

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
