import { describe, expect, it } from 'vitest';
import { makePartnership, makeSite } from '../../test/factories';
import { boundsOf, cameraForFocus, PARTNERSHIP_MAX_ZOOM, SITE_FOCUS_ZOOM } from './camera';

const songdo = makeSite('kr-songdo', { coordinates: [126.65, 37.39] });
const astana = makeSite('kz-astana', { coordinates: [71.43, 51.13] });
const shymkent = makeSite('kz-shymkent', { coordinates: [69.6, 42.32] });
const sitesById = new Map([songdo, astana, shymkent].map((s) => [s.id, s]));
const visit = makePartnership('p-visit', { parties: ['kz-astana', 'kr-songdo', 'kz-shymkent', 'kz-unloaded'] });
const partnershipsById = new Map([[visit.id, visit]]);

describe('camera for a focus request', () => {
  it('flies to a site, closing in to the site zoom but never zooming out', () => {
    expect(cameraForFocus({ kind: 'site', id: 'kr-songdo', nonce: 1 }, 4, sitesById, partnershipsById)).toEqual({
      kind: 'fly',
      center: [126.65, 37.39],
      zoom: SITE_FOCUS_ZOOM,
    });
    expect(cameraForFocus({ kind: 'site', id: 'kr-songdo', nonce: 1 }, 10.5, sitesById, partnershipsById)).toMatchObject({ zoom: 10.5 });
  });

  it("frames every loaded party of a partnership", () => {
    expect(cameraForFocus({ kind: 'partnership', id: 'p-visit', nonce: 1 }, 4, sitesById, partnershipsById)).toEqual({
      kind: 'fit',
      bounds: [
        [69.6, 37.39],
        [126.65, 51.13],
      ],
      maxZoom: PARTNERSHIP_MAX_ZOOM,
    });
  });

  it('does nothing for a record that is not loaded', () => {
    expect(cameraForFocus({ kind: 'site', id: 'nowhere', nonce: 1 }, 4, sitesById, partnershipsById)).toBeUndefined();
    expect(cameraForFocus({ kind: 'partnership', id: 'nowhere', nonce: 1 }, 4, sitesById, partnershipsById)).toBeUndefined();
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
