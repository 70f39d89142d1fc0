import { describe, expect, it } from 'vitest';
import { blobSourceOf, mapSourceUrl, selectFeatures } from './blobSource';

// MapLibre resolves a source URL through an <a> element before its worker sees it.
const resolved = (url: string) => {
  const link = document.createElement('a');
  link.href = url;
  return link.href;
};

describe('the map data URLs MapLibre’s worker reads itself', () => {
  const blob = 'blob:http://127.0.0.1:4173/6f0c1a2e-9b3d-4e5f-8a7b-1c2d3e4f5a6b';
  const positions = 'blob:http://127.0.0.1:4173/0a1b2c3d-4e5f-4a6b-8c7d-9e8f7a6b5c4d';

  it('wraps a blob URL so that it survives MapLibre resolving it, and unwraps it unchanged', () => {
    const wrapped = mapSourceUrl(blob);
    expect(wrapped).toMatch(/^atlas-blob:\/\/[^/:?]+$/);
    expect(blobSourceOf(resolved(wrapped))).toEqual({ kind: 'blob', url: blob });
  });

  it('carries a selection of the sites (all of them, and the positions kept) through MapLibre, and unwraps both', () => {
    expect(blobSourceOf(resolved(mapSourceUrl({ all: blob, only: positions })))).toEqual({ kind: 'sites', all: blob, only: positions });
    // No positions: every site (still a selection, read from the GeoJSON of all sites MapLibre's worker keeps).
    expect(blobSourceOf(resolved(mapSourceUrl({ all: blob })))).toEqual({ kind: 'sites', all: blob });
    // Another filter is another URL, so MapLibre loads it again.
    expect(mapSourceUrl({ all: blob, only: positions })).not.toBe(mapSourceUrl({ all: blob }));
  });

  it('leaves other URLs to MapLibre, and does not claim them', () => {
    expect(mapSourceUrl('https://example.org/sites.geojson')).toBe('https://example.org/sites.geojson');
    expect(blobSourceOf('https://example.org/sites.geojson')).toBeUndefined();
    expect(blobSourceOf('blob:http://127.0.0.1/x')).toBeUndefined();
  });
});

describe('picking the selected sites from all of them', () => {
  const all = { type: 'FeatureCollection', features: ['a', 'b', 'c', 'd'].map((id) => ({ id })) };

  it('keeps the features at the positions, in order, the same objects', () => {
    const picked = selectFeatures(all, Uint32Array.of(1, 3));
    expect(picked).toEqual({ type: 'FeatureCollection', features: [{ id: 'b' }, { id: 'd' }] });
    expect(picked.features[0]).toBe(all.features[1]);
    expect(selectFeatures(all, new Uint32Array(0)).features).toEqual([]);
  });

  it('gives every feature without positions', () => {
    expect(selectFeatures(all, undefined).features.map((f) => f.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
