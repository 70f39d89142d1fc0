import { describe, expect, it } from 'vitest';
import { clickTarget, clusterAction } from './clicks';
import { LAYER } from './layers';

const point = (id: string) => ({ layer: { id: LAYER.points }, properties: { id }, geometry: { type: 'Point' } });

describe('what a click on the map means', () => {
  it('opens a cluster at its centre', () => {
    expect(
      clickTarget([{ layer: { id: LAYER.clusters }, properties: { cluster_id: 7 }, geometry: { type: 'Point', coordinates: [127, 37] } }]),
    ).toEqual({ kind: 'cluster', clusterId: 7, center: [127, 37] });
  });

  it('opens one site, or lets the person choose among stacked sites (each once)', () => {
    expect(clickTarget([point('a')])).toEqual({ kind: 'site', id: 'a' });
    expect(clickTarget([point('a'), point('b'), point('a')])).toEqual({ kind: 'sites', ids: ['a', 'b'] });
  });

  it("opens a partnership from its arc, and a site over an arc wins", () => {
    const arc = { layer: { id: LAYER.arcsHit }, properties: { id: 'p-1' }, geometry: { type: 'LineString' } };
    expect(clickTarget([arc])).toEqual({ kind: 'partnership', id: 'p-1' });
    expect(clickTarget([point('a'), arc])).toEqual({ kind: 'site', id: 'a' });
  });

  it('shows both regions of a flow between them', () => {
    const flow = {
      layer: { id: LAYER.arcsHit },
      properties: { id: 'flow:KR-28~KZ-71', kind: 'flow', from: 'KR-28', to: 'KZ-71' },
      geometry: { type: 'LineString' },
    };
    expect(clickTarget([flow])).toEqual({ kind: 'regions', regions: ['KR-28', 'KZ-71'] });
    expect(clickTarget([point('a'), flow])).toEqual({ kind: 'site', id: 'a' });
  });

  it('ignores empty map and other layers', () => {
    expect(clickTarget([])).toBeUndefined();
    expect(clickTarget([{ layer: { id: 'land' }, properties: {}, geometry: { type: 'Polygon' } }])).toBeUndefined();
  });

  it('zooms into a cluster that zooming splits, and lists one that stays stacked at the highest zoom', () => {
    expect(clusterAction(8, 11)).toBe('zoom');
    expect(clusterAction(11, 11)).toBe('zoom');
    expect(clusterAction(12, 11)).toBe('list');
  });
});
