import { describe, expect, it } from 'vitest';
import { boundsOf, cameraForFocus, PARTNERSHIP_MAX_ZOOM, SITE_FOCUS_ZOOM } from './camera';

const songdo: [number, number] = [126.65, 37.39];
const astana: [number, number] = [71.43, 51.13];
const shymkent: [number, number] = [69.6, 42.32];

describe('camera for a focus request', () => {
  it('flies to a site, closing in to the site zoom but never zooming out', () => {
    expect(cameraForFocus({ kind: 'site', id: 'kr-songdo', nonce: 1, center: songdo }, 4)).toEqual({
      kind: 'fly',
      center: [126.65, 37.39],
      zoom: SITE_FOCUS_ZOOM,
    });
    expect(cameraForFocus({ kind: 'site', id: 'kr-songdo', nonce: 1, center: songdo }, 10.5)).toMatchObject({ zoom: 10.5 });
  });

  it('frames every loaded party of a partnership', () => {
    expect(cameraForFocus({ kind: 'partnership', id: 'p-visit', nonce: 1, points: [astana, songdo, shymkent] }, 4)).toEqual({
      kind: 'fit',
      bounds: [
        [69.6, 37.39],
        [126.65, 51.13],
      ],
      maxZoom: PARTNERSHIP_MAX_ZOOM,
    });
  });

  it('goes to a view or an area asked for from outside, within the map’s zoom limit', () => {
    expect(cameraForFocus({ kind: 'view', nonce: 1, center: songdo, zoom: 7 }, 4, 10)).toEqual({ kind: 'fly', center: songdo, zoom: 7 });
    expect(cameraForFocus({ kind: 'view', nonce: 1, center: songdo, zoom: 16 }, 4, 10)).toMatchObject({ zoom: 10 });
    // No zoom given: only the centre moves.
    expect(cameraForFocus({ kind: 'view', nonce: 1, center: astana }, 5.5, 10)).toMatchObject({ center: astana, zoom: 5.5 });
    expect(cameraForFocus({ kind: 'bounds', nonce: 1, bounds: [shymkent, astana] }, 4, 10)).toEqual({ kind: 'fit', bounds: [shymkent, astana], maxZoom: 10 });
  });

  it('waits while the record’s coordinates are not known', () => {
    expect(cameraForFocus({ kind: 'site', id: 'nowhere', nonce: 1 }, 4)).toBeUndefined();
    expect(cameraForFocus({ kind: 'partnership', id: 'nowhere', nonce: 1, points: [] }, 4)).toBeUndefined();
  });

  it('bounds a million points without overflowing the call stack', () => {
    const points = Array.from({ length: 1_000_000 }, (_, i) => [100 + (i % 50), 30 + (i % 20)] as [number, number]);
    expect(boundsOf(points)).toEqual([
      [100, 30],
      [149, 49],
    ]);
    expect(boundsOf([])).toBeUndefined();
  });
});
