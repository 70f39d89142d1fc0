import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sitesCollection } from '../mocks/dataset';
import { createFeatureStream } from './featureStream';

/** Feeds the text in the given pieces and returns what the stream handed over. */
function read(text: string, cuts: number[] = []) {
  const features: unknown[] = [];
  const stream = createFeatureStream('data/sites.geojson', 'sites', (f) => features.push(f));
  const points = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((a, b) => a - b);
  let from = 0;
  for (const at of [...points, text.length]) {
    stream.feed(text.slice(from, at));
    from = at;
  }
  const top = stream.finish();
  return { features, top };
}

const awkward = {
  type: 'FeatureCollection',
  name: 'a "name" with {braces} and [brackets]',
  features: [
    { type: 'Feature', properties: { id: 'a', note: 'a } b ] c \\" d { e', list: [[1, 2], { x: '}' }] }, geometry: null },
    null,
    'not a feature',
    42,
    [1, 2],
    { type: 'Feature', properties: { id: 'ü—한글—Қазақ' }, geometry: { type: 'Point', coordinates: [1, 2] } },
    // Backslash runs of every parity next to quotes, where a cut between chunks may fall.
    { type: 'Feature', properties: { id: 'C:\\dir\\', 'k\\"ey': '\\"quoted\\"', runs: '\\\\\\\\"', end: '\\' }, geometry: null },
    '\\',
  ],
  links: [{ rel: 'next', href: 'items?offset=2' }],
};

describe('reading a FeatureCollection as it arrives', () => {
  it('hands over every element of the features array, whatever it is, as JSON.parse reads it', () => {
    const text = JSON.stringify(awkward);
    const { features, top } = read(text);
    expect(features).toEqual(awkward.features);
    expect(top).toMatchObject({ type: 'FeatureCollection', links: awkward.links });
  });

  it('gives the same features however the text is cut into pieces', () => {
    const texts = [JSON.stringify(awkward), JSON.stringify(awkward, null, 2), JSON.stringify(sitesCollection)];
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(fc.nat(), { maxLength: 40 }), (text, cuts) => {
        const scaled = cuts.map((c) => c % (text.length + 1));
        expect(read(text, scaled).features).toEqual((JSON.parse(text) as { features: unknown[] }).features);
      }),
      { numRuns: 200 },
    );
  });

  it('says when the text is not JSON, or JSON that is not a FeatureCollection', () => {
    expect(() => read('<html>proxy error</html>')).toThrow('data/sites.geojson did not return JSON.');
    expect(() => read('{"type":"FeatureCollection","features":[{"a":1},{"b":')).toThrow(/did not return JSON/);
    expect(() => read('{"type":"FeatureCollection","features":[{"a":1}]}} extra')).toThrow(/did not return JSON/);
    expect(() => read('[1,2,3]')).toThrow(/not a GeoJSON FeatureCollection/);
    expect(() => read('{"type":"Topology","objects":{}}')).toThrow(/not a GeoJSON FeatureCollection \(type: Topology\)/);
    expect(() => read('{"type":"FeatureCollection"}')).toThrow(/not a GeoJSON FeatureCollection/);
    expect(() => read('')).toThrow(/did not return JSON/);
  });

  it('finds a features array placed after other members, and ignores "features" keys deeper down', () => {
    const text = JSON.stringify({ meta: { features: [1, 2] }, type: 'FeatureCollection', features: [{ id: 1 }] });
    expect(read(text, [5, 17, 30]).features).toEqual([{ id: 1 }]);
  });
});
