import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../../state/urlState';
import { ANNOUNCE_DELAY_MS, AnnouncerProvider } from '../../ui/Announcer';
import { ActiveFilterChips } from './ActiveFilterChips';

const noop = () => {};
const chips = (filters: Filters, matching: number) => (
  <AnnouncerProvider>
    <ActiveFilterChips filters={filters} regionNames={new Map()} matching={matching} total={41} onChange={noop} onClear={noop} />
  </AnnouncerProvider>
);

describe('ActiveFilterChips and the live region', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('says nothing on the first render, then the count once the filters settle', () => {
    const view = render(chips(EMPTY_FILTERS, 41));
    act(() => void vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 2));
    expect(screen.getByTestId('announcer')).toHaveTextContent(/^$/);
    expect(screen.getByText('All 41 sites')).toBeInTheDocument();

    const kz = { ...EMPTY_FILTERS, country: ['KZ'] } as Filters;
    view.rerender(chips(kz, 40)); // an answer still on its way
    view.rerender(chips(kz, 8));
    act(() => void vi.advanceTimersByTime(ANNOUNCE_DELAY_MS - 1));
    expect(screen.getByTestId('announcer')).toHaveTextContent(/^$/);
    act(() => void vi.advanceTimersByTime(1));
    expect(screen.getByTestId('announcer')).toHaveTextContent(/^8 of 41 sites$/);
    // The count itself is plain text: the one live region says it, not a second one.
    expect(screen.getAllByRole('status')).toHaveLength(1);
  });
});
