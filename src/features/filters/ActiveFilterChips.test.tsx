import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activeFilterCount, EMPTY_FILTERS, type Filters } from '../../state/urlState';
import { ANNOUNCE_DELAY_MS, AnnouncerProvider } from '../../ui/Announcer';
import { ActiveFilterChips } from './ActiveFilterChips';

const noop = () => {};
/** `loading`: the sites are not here yet (no total). */
const chips = (filters: Filters, matching: number, { loading = false } = {}) => (
  <AnnouncerProvider>
    <ActiveFilterChips
      filters={filters}
      regionNames={new Map()}
      matching={matching}
      total={loading ? undefined : 41}
      onChange={noop}
      onClear={noop}
    />
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

  it('says the sites are loading, not "All 0 sites", until they are here, and announces nothing meanwhile', () => {
    const kr = { ...EMPTY_FILTERS, country: ['KR'] } as Filters;
    const view = render(chips(kr, 0, { loading: true }));
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(screen.queryByText(/0 of 0 sites|All 0 sites/)).not.toBeInTheDocument();
    view.rerender(chips(EMPTY_FILTERS, 0, { loading: true }));
    act(() => void vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 2));
    expect(screen.getByTestId('announcer')).toHaveTextContent(/^$/);
    view.rerender(chips(EMPTY_FILTERS, 41));
    expect(screen.getByText('All 41 sites')).toBeInTheDocument();
    // The loaded count is not announced (the page says it); a filter's afterwards is.
    act(() => void vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 2));
    expect(screen.getByTestId('announcer')).toHaveTextContent(/^$/);
    view.rerender(chips(kr, 8));
    act(() => void vi.advanceTimersByTime(ANNOUNCE_DELAY_MS * 2));
    expect(screen.getByTestId('announcer')).toHaveTextContent(/^8 of 41 sites$/);
  });
});

describe('"Filters: N" where the bar has no room for the chips', () => {
  /**
   * The chips with their filters kept in state, as the page keeps them in the URL; `inPortalHeader`: in an embed's
   * header, where the chips bar is there only while a filter is.
   */
  function Stateful({ initial, inPortalHeader = false }: { initial: Filters; inPortalHeader?: boolean }) {
    const [filters, setFilters] = useState(initial);
    const chips = (
      <ActiveFilterChips
        filters={filters}
        regionNames={new Map()}
        matching={3}
        total={41}
        onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))}
        onClear={() => setFilters(EMPTY_FILTERS)}
      />
    );
    if (!inPortalHeader) return <AnnouncerProvider>{chips}</AnnouncerProvider>;
    return (
      <AnnouncerProvider>
        <header>
          <input aria-label="Search" />
          <button type="button">Explore</button>
          {activeFilterCount(filters) > 0 && chips}
        </header>
      </AnnouncerProvider>
    );
  }

  it('opens the filters as a list to remove one at a time, with the focus kept in it; Escape closes it', async () => {
    const user = userEvent.setup();
    render(<Stateful initial={{ ...EMPTY_FILTERS, country: ['KR'], sector: ['vaccines', 'mrna'] } as Filters} />);
    const summary = screen.getByRole('button', { name: /^Filters: 3/ });
    expect(summary).toHaveAttribute('aria-expanded', 'false');
    await user.click(summary);
    expect(summary).toHaveAttribute('aria-expanded', 'true');
    const list = () => screen.getAllByRole('list', { name: 'Active filters' }).find((l) => l.classList.contains('chips-popover'))!;
    expect(
      within(list())
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Country: Republic of Korea×', 'Sector: Vaccines×', 'Sector: mRNA×']);

    await user.click(within(list()).getByRole('button', { name: 'Remove filter Sector: Vaccines' }));
    expect(screen.getByRole('button', { name: /^Filters: 2/ })).toBeInTheDocument();
    expect(within(list()).getAllByRole('listitem')).toHaveLength(2);
    // The focus goes to the × now in its place (a frame later, once the removal is on the page).
    await waitFor(() => expect(document.activeElement).toBe(within(list()).getByRole('button', { name: 'Remove filter Sector: mRNA' })));

    await user.keyboard('{Escape}');
    expect(screen.queryAllByRole('list', { name: 'Active filters' }).some((l) => l.classList.contains('chips-popover'))).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Filters: 2/ }));
  });

  it('closes on Escape from its button too, marking Escape handled (a panel listening for it stays open), and when the focus leaves', async () => {
    const user = userEvent.setup();
    const panelEscape = vi.fn();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && !event.defaultPrevented && panelEscape();
    document.addEventListener('keydown', onKey);
    try {
      render(
        <>
          <Stateful initial={{ ...EMPTY_FILTERS, country: ['KR'], sector: ['vaccines'] } as Filters} />
          <button type="button">elsewhere</button>
        </>,
      );
      const summary = screen.getByRole('button', { name: /^Filters: 2/ });
      await user.click(summary);
      expect(summary).toHaveAttribute('aria-expanded', 'true');
      await user.keyboard('{Escape}');
      expect(summary).toHaveAttribute('aria-expanded', 'false');
      expect(panelEscape).not.toHaveBeenCalled();
      expect(document.activeElement).toBe(summary);

      await user.click(summary);
      act(() => screen.getByRole('button', { name: 'elsewhere' }).focus());
      expect(summary).toHaveAttribute('aria-expanded', 'false');
    } finally {
      document.removeEventListener('keydown', onKey);
    }
  });

  it('closes when the last filter is removed from it, the focus on the count', async () => {
    const user = userEvent.setup();
    render(<Stateful initial={{ ...EMPTY_FILTERS, country: ['KZ'] } as Filters} />);
    await user.click(screen.getByRole('button', { name: /^Filters: 1/ }));
    const popover = screen.getAllByRole('list', { name: 'Active filters' }).find((l) => l.classList.contains('chips-popover'))!;
    await user.click(within(popover).getByRole('button', { name: 'Remove filter Country: Kazakhstan' }));
    expect(screen.queryByRole('button', { name: /^Filters:/ })).not.toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByText('All 41 sites')));
  });

  it('keeps the keyboard in the bar: a removed chip hands the focus to the × in its place, the last one and "Clear all" to the count', async () => {
    const user = userEvent.setup();
    render(<Stateful initial={{ ...EMPTY_FILTERS, country: ['KR'], sector: ['vaccines', 'mrna'] } as Filters} />);
    const bar = () => screen.getAllByRole('list', { name: 'Active filters' }).find((l) => !l.classList.contains('chips-popover'))!;
    within(bar()).getByRole('button', { name: 'Remove filter Sector: Vaccines' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(within(bar()).getByRole('button', { name: 'Remove filter Sector: mRNA' })));
    // The last of the row: the focus goes to the one before it.
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(bar()).getByRole('button', { name: 'Remove filter Country: Republic of Korea' })),
    );
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByText('All 41 sites')));
  });

  it('"Clear all" hands the focus to the count', async () => {
    const user = userEvent.setup();
    render(<Stateful initial={{ ...EMPTY_FILTERS, country: ['KR'], sector: ['vaccines'] } as Filters} />);
    screen.getByRole('button', { name: 'Clear all filters' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).not.toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByText('All 41 sites')));
  });

  it("in a portal's frame, where the bar goes with its last filter, hands the focus to the header's first button, not its search box", async () => {
    const user = userEvent.setup();
    render(<Stateful initial={{ ...EMPTY_FILTERS, country: ['KR'] } as Filters} inPortalHeader />);
    screen.getByRole('button', { name: 'Remove filter Country: Republic of Korea' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Explore' })));
  });
});
