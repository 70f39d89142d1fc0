import { describe, expect, it } from 'vitest';
import { blobUrlOf, mapSourceUrl } from './blobSource';

describe('the map data URLs MapLibre’s worker reads itself', () => {
  it('wraps a blob URL so that it survives MapLibre resolving it, and unwraps it unchanged', () => {
    const blob = 'blob:http://127.0.0.1:4173/6f0c1a2e-9b3d-4e5f-8a7b-1c2d3e4f5a6b';
    const wrapped = mapSourceUrl(blob);
    expect(wrapped).toMatch(/^atlas-blob:\/\/[^/:]+$/);
    // MapLibre resolves a source URL through an <a> element before its worker sees it.
    const link = document.createElement('a');
    link.href = wrapped;
    expect(blobUrlOf(link.href)).toBe(blob);
  });

  it('leaves other URLs to MapLibre, and does not claim them', () => {
    expect(mapSourceUrl('https://example.org/sites.geojson')).toBe('https://example.org/sites.geojson');
    expect(blobUrlOf('https://example.org/sites.geojson')).toBeUndefined();
    expect(blobUrlOf('blob:http://127.0.0.1/x')).toBeUndefined();
  });
});
