import { describe, expect, it } from 'vitest';
import { shouldFallBackToEmbedded } from './basemapFallback';

describe('falling back to the embedded base map', () => {
  it('falls back when the online style itself fails to load', () => {
    expect(shouldFallBackToEmbedded({ usingEmbedded: false, styleLoaded: false })).toBe(true);
  });
  it('keeps a loaded online style when one of its tiles or sources fails', () => {
    expect(shouldFallBackToEmbedded({ usingEmbedded: false, styleLoaded: true })).toBe(false);
    expect(shouldFallBackToEmbedded({ usingEmbedded: false, errorSourceId: 'tiles', styleLoaded: false })).toBe(false);
  });
  it('never falls back from the embedded map to itself', () => {
    expect(shouldFallBackToEmbedded({ usingEmbedded: true, styleLoaded: false })).toBe(false);
  });
});
