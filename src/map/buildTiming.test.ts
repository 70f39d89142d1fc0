import { describe, expect, it } from 'vitest';
import { BUILD_WAIT_MAX_MS, BUILD_WAIT_MS, DATA_DUE_SOON_MS, buildWithoutDataAfterMs, isDueSoon } from './buildTiming';

describe('when the map is built without its data', () => {
  it('waits for sites due soon, or loaded and on their way, but not for sites due late or not coming', () => {
    expect(isDueSoon(0)).toBe(true);
    expect(isDueSoon(DATA_DUE_SOON_MS)).toBe(true);
    expect(isDueSoon(DATA_DUE_SOON_MS + 1)).toBe(false);
    expect(isDueSoon(60_000)).toBe(false);
    expect(isDueSoon(Infinity)).toBe(false);
  });

  it('is built a second after its style, or later while its sites are due soon, never without end', () => {
    expect(buildWithoutDataAfterMs(false)).toBe(BUILD_WAIT_MS);
    expect(buildWithoutDataAfterMs(true)).toBe(BUILD_WAIT_MAX_MS);
    expect(BUILD_WAIT_MAX_MS).toBeGreaterThan(BUILD_WAIT_MS);
    expect(Number.isFinite(BUILD_WAIT_MAX_MS)).toBe(true);
  });
});
