import { describe, expect, it, vi } from 'vitest';
import { createProgressStore } from './progress';

describe('the progress store', () => {
  it('says when the rest of a file is due at the pace it has come since its first report', () => {
    let now = 1000;
    const store = createProgressStore(() => now);
    store.report('sites', { bytes: 10e6, totalBytes: 110e6, pages: 0, features: 0 });
    // One report tells no pace.
    expect(store.get().sites?.dueInMs).toBeUndefined();
    now = 1500;
    store.report('sites', { bytes: 30e6, totalBytes: 110e6, pages: 0, features: 0 });
    // 20 MB in 500 ms: the 80 MB left in 2 s.
    expect(store.get().sites?.dueInMs).toBeCloseTo(2000);
    expect(store.get().sites?.bytes).toBe(30e6);
  });

  it('knows no due time without a size, and starts anew with the next load of a collection', () => {
    let now = 0;
    const store = createProgressStore(() => now);
    store.report('partnerships', { bytes: 0, pages: 1, features: 100 });
    now = 100;
    store.report('partnerships', { bytes: 0, pages: 2, features: 200 });
    expect(store.get().partnerships?.dueInMs).toBeUndefined();

    store.report('sites', { bytes: 1e6, totalBytes: 2e6, pages: 0, features: 0 });
    now = 200;
    store.report('sites', { bytes: 1.5e6, totalBytes: 2e6, pages: 0, features: 0 });
    expect(store.get().sites?.dueInMs).toBeCloseTo(100);
    store.report('sites', undefined);
    expect(store.get().sites).toBeUndefined();
    // Tried again: its pace is measured from its own first report, not the failed load's.
    now = 10_000;
    store.report('sites', { bytes: 0.1e6, totalBytes: 2e6, pages: 0, features: 0 });
    expect(store.get().sites?.dueInMs).toBeUndefined();
    now = 11_000;
    store.report('sites', { bytes: 0.2e6, totalBytes: 2e6, pages: 0, features: 0 });
    expect(store.get().sites?.dueInMs).toBeCloseTo(18_000);
  });

  it('knows no due time once more bytes came than the size said (a compressed body the page could not tell)', () => {
    let now = 0;
    const store = createProgressStore(() => now);
    store.report('sites', { bytes: 1e6, totalBytes: 3e6, pages: 0, features: 0 });
    now = 100;
    store.report('sites', { bytes: 4e6, totalBytes: 3e6, pages: 0, features: 0 });
    expect(store.get().sites?.dueInMs).toBeUndefined();
  });

  it('tells listeners of progress at a calm pace, and of the end at once', () => {
    vi.useFakeTimers();
    try {
      const store = createProgressStore(() => 0);
      const heard = vi.fn();
      store.subscribe(heard);
      store.report('sites', { bytes: 1, totalBytes: 10, pages: 0, features: 0 });
      store.report('sites', { bytes: 2, totalBytes: 10, pages: 0, features: 0 });
      expect(heard).not.toHaveBeenCalled();
      vi.advanceTimersByTime(100);
      expect(heard).toHaveBeenCalledTimes(1);
      store.report('sites', undefined);
      expect(heard).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
