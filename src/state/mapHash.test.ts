import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMapHash, parseMapHash } from './mapHash';

describe('the map view in the hash', () => {
  it('reads zoom, latitude and longitude, ignoring bearing and pitch', () => {
    expect(parseMapHash('#7/35.06/126.99')).toEqual({ zoom: 7, lat: 35.06, lon: 126.99 });
    expect(parseMapHash('#7/35.06/126.99/30/45')).toEqual({ zoom: 7, lat: 35.06, lon: 126.99 });
  });

  it('rejects what is not a view', () => {
    for (const hash of ['', '#', '#7/35', '#a/b/c', '#99/999/-999', '#7//126', '#7/35/200', '#-1/0/0']) {
      expect(parseMapHash(hash), hash).toBeUndefined();
    }
  });

  it('reads back what it writes, to within the precision written', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 22, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }), (zoom, lat, lon) => {
        const view = parseMapHash(formatMapHash({ zoom, lat, lon }))!;
        expect(Math.abs(view.zoom - zoom)).toBeLessThanOrEqual(0.005);
        expect(Math.abs(view.lat - lat)).toBeLessThanOrEqual(0.00005);
        expect(Math.abs(view.lon - lon)).toBeLessThanOrEqual(0.00005);
      }),
    );
  });
});
