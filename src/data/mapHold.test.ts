import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMapHold } from './mapHold';

describe('the map hold on background work', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const setup = (sites = 100_000) => {
    const onExpire = vi.fn();
    const hold = createMapHold({ maxMs: 8000, fromSites: 20_000, onExpire });
    hold.setSiteCount(sites);
    return { hold, onExpire };
  };

  it('holds while the map draws, and lets go when it is idle', () => {
    const { hold } = setup();
    expect(hold.holding()).toBe(false);
    hold.setDrawing(true);
    expect(hold.holding()).toBe(true);
    hold.setDrawing(false);
    expect(hold.holding()).toBe(false);
  });

  it('never holds for a small dataset, where the work takes milliseconds', () => {
    const { hold } = setup(1000);
    hold.setDrawing(true);
    expect(hold.holding()).toBe(false);
  });

  it('runs out 8 s after the map began drawing, however often it says so, and says when', () => {
    const { hold, onExpire } = setup();
    hold.setDrawing(true);
    vi.advanceTimersByTime(5000);
    hold.setDrawing(true); // a later report does not restart the clock
    vi.advanceTimersByTime(2999);
    expect(hold.holding()).toBe(true);
    expect(onExpire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(hold.holding()).toBe(false);
    expect(onExpire).toHaveBeenCalledTimes(1);
    hold.setDrawing(true);
    expect(hold.holding()).toBe(false); // still the same, overlong drawing
  });

  it('starts a new hold when the map draws again after going idle', () => {
    const { hold, onExpire } = setup();
    hold.setDrawing(true);
    vi.advanceTimersByTime(8000);
    hold.setDrawing(false);
    hold.setDrawing(true);
    expect(hold.holding()).toBe(true);
    vi.advanceTimersByTime(8000);
    expect(onExpire).toHaveBeenCalledTimes(2);
  });
});
