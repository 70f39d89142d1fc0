import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reportMapControlWidth, useMapControlsWidth } from './mapControlsWidth';

describe('the width the legend keeps clear of', () => {
  it('is the widest list toggle shown, rounded up, and drops a toggle once it is hidden', () => {
    const { result } = renderHook(() => useMapControlsWidth());
    expect(result.current).toBe(0);
    act(() => reportMapControlWidth('sites-in-view', 144.6));
    expect(result.current).toBe(145);
    act(() => reportMapControlWidth('flows-in-view', 210.2));
    expect(result.current).toBe(211);
    act(() => reportMapControlWidth('flows-in-view', 0));
    expect(result.current).toBe(145);
    act(() => reportMapControlWidth('sites-in-view', 0));
    expect(result.current).toBe(0);
  });
});
