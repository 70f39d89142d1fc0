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
    expect(hold.holds('questions')).toBe(false);
    hold.setDrawing(true);
    expect(hold.holds('questions')).toBe(true);
    hold.setDrawing(false);
    expect(hold.holds('questions')).toBe(false);
  });

  it('holds background questions only for a large dataset, work ahead of need at any size', () => {
    const { hold } = setup(1000);
    hold.setDrawing(true);
    expect(hold.holds('questions')).toBe(false);
    expect(hold.holds('ahead')).toBe(true);
    hold.setDrawing(false);
    expect(hold.holds('ahead')).toBe(false);
  });

  it('runs out 8 s after the map began drawing, however often it says so, and says when', () => {
    const { hold, onExpire } = setup();
    hold.setDrawing(true);
    vi.advanceTimersByTime(5000);
    hold.setDrawing(true); // a later report does not restart the clock
    vi.advanceTimersByTime(2999);
    expect(hold.holds('questions')).toBe(true);
    expect(onExpire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(hold.holds('questions')).toBe(false);
    expect(onExpire).toHaveBeenCalledTimes(1);
    hold.setDrawing(true);
    expect(hold.holds('questions')).toBe(false); // still the same, overlong drawing
  });

  it('starts a new hold when the map draws again after going idle', () => {
    const { hold, onExpire } = setup();
    hold.setDrawing(true);
    vi.advanceTimersByTime(8000);
    hold.setDrawing(false);
    hold.setDrawing(true);
    expect(hold.holds('questions')).toBe(true);
    vi.advanceTimersByTime(8000);
    expect(onExpire).toHaveBeenCalledTimes(2);
  });
});
