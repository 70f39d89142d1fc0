import { describe, expect, it } from 'vitest';
import { BUILD_WAIT_MAX_MS, BUILD_WAIT_MS, DATA_DUE_SOON_MS, buildWithoutDataAfterMs, isDueSoon, sitesDueSoon } from './buildTiming';

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

describe('whether the sites are due soon', () => {
  const loading = { isSuccess: false, isError: false, failureCount: 0 };

  it('is not known until their file has come some way with a known size (a slow or silent server)', () => {
    expect(sitesDueSoon(loading, undefined)).toBeUndefined();
    expect(sitesDueSoon(loading, {})).toBeUndefined();
  });

  it('follows when the rest of the file is due while it loads', () => {
    expect(sitesDueSoon(loading, { dueInMs: 1200 })).toBe(true);
    expect(sitesDueSoon(loading, { dueInMs: 45_000 })).toBe(false);
  });

  it('is soon once they are loaded, and not while they failed or wait to be tried again', () => {
    expect(sitesDueSoon({ ...loading, isSuccess: true }, undefined)).toBe(true);
    expect(sitesDueSoon({ ...loading, isError: true, failureCount: 4 }, undefined)).toBe(false);
    expect(sitesDueSoon({ ...loading, failureCount: 1 }, undefined)).toBe(false);
    // The next attempt, arriving fast again.
    expect(sitesDueSoon({ ...loading, failureCount: 1 }, { dueInMs: 800 })).toBe(true);
  });
});
