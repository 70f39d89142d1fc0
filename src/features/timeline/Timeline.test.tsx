import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Timeline } from './Timeline';
import { timelineEvents, timelineModel, yearAxis } from '../../state/timelineEvents';
import { datasetPartnerships, datasetSites } from '../../../test/dataset';

const sites = datasetSites;
const partnerships = datasetPartnerships;

function setup(from: number | null = null, to: number | null = null) {
  const onRangeChange = vi.fn();
  const model = timelineModel(timelineEvents(sites, partnerships));
  const utils = render(<Timeline model={model} from={from} to={to} onRangeChange={onRangeChange} />);
  const column = (year: number) => utils.container.querySelector(`[data-year="${year}"]`)!;
  /** The year's tooltip as a mouse user sees it: the pointer over its column. */
  const tooltip = (year: number) => {
    fireEvent.pointerOver(column(year), { pointerType: 'mouse' });
    return column(year).querySelector('title')?.textContent;
  };
  return { onRangeChange, column, tooltip, chart: screen.getByRole('slider', { name: 'Years with dated events' }), ...utils };
}

describe('Timeline', () => {
  it('draws one column per year from the first event to 2030, with the events in each tooltip', () => {
    const { container, column, tooltip } = setup();
    const years = [...container.querySelectorAll('[data-year]')].map((el) => Number(el.getAttribute('data-year')));
    // Derived from the data, which grows: the axis of its events, and a year inside it with none.
    const events = timelineEvents(sites, partnerships);
    const [first, last] = yearAxis(events)!;
    expect(years[0]).toBe(first);
    expect(years.at(-1)).toBe(last);
    expect(last).toBeGreaterThanOrEqual(2030);
    expect(years).toHaveLength(last - first + 1);
    const in1998 = events.filter((e) => e.year === 1998).length;
    // Until pointed at, a column's title is its first line only (the events are listed for the year pointed at).
    expect(column(2003).querySelector('title')?.textContent).toMatch(/^2003: \d+ events?$/);
    expect(tooltip(1998)).toMatch(new RegExp(`^1998: ${in1998} events?\n`));
    expect(tooltip(1998)).toMatch(/Milestone: Wonju Medical Industry Techno Valley/);
    expect(tooltip(2003)).toMatch(/Founded: Incheon Free Economic Zone/);
    expect(column(1998).querySelector('title')?.textContent).toMatch(/^1998: \d+ events?$/);
    expect(tooltip(2022)).toMatch(/Partnership: Kazakh delegation working visit/);
    expect(tooltip(2030)).toMatch(/Target: Ministry of Trade, Industry and Energy/);
    const quiet = years.find((y) => !events.some((e) => e.year === y));
    expect(quiet, 'a year without dated events').toBeDefined();
    expect(tooltip(quiet!)).toBe(`${quiet}: no dated events`);
    expect(screen.getByText('All years')).toBeInTheDocument();
    expect(screen.getByText('Milestone')).toBeInTheDocument(); // legend
  });

  it('selects one year on a click', async () => {
    const { onRangeChange, column } = setup();
    await userEvent.setup().click(column(2022));
    expect(onRangeChange).toHaveBeenCalledTimes(1);
    expect(onRangeChange).toHaveBeenCalledWith(2022, 2022);
  });

  it('selects the years dragged across, showing them while dragging', () => {
    const { onRangeChange, column, chart } = setup();
    fireEvent.pointerDown(column(2025), { pointerId: 1, button: 0, pointerType: 'mouse' });
    fireEvent.pointerMove(column(2020), { pointerId: 1, pointerType: 'mouse' });
    fireEvent.pointerMove(column(2017), { pointerId: 1, pointerType: 'mouse' });
    expect(screen.getByText('2017 – 2025')).toBeInTheDocument();
    expect(chart).toHaveAttribute('aria-valuetext', expect.stringMatching(/^2017 – 2025: \d+ events$/));
    expect(onRangeChange).not.toHaveBeenCalled();
    fireEvent.pointerUp(column(2017), { pointerId: 1, pointerType: 'mouse' });
    fireEvent.click(column(2017));
    expect(onRangeChange).toHaveBeenCalledTimes(1);
    expect(onRangeChange).toHaveBeenCalledWith(2017, 2025);
  });

  it('works out the year from the pointer position when the pointer is captured', () => {
    const { onRangeChange, column, chart, container } = setup();
    const svg = container.querySelector('svg')!;
    vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue({
      left: 0,
      width: 330,
      top: 0,
      height: 40,
      right: 330,
      bottom: 40,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });
    fireEvent.pointerDown(column(2003), { pointerId: 1, button: 0, pointerType: 'mouse' });
    // Captured: the events target the chart itself; 10px per year from 1998.
    fireEvent.pointerMove(chart, { pointerId: 1, clientX: 125 });
    fireEvent.pointerUp(chart, { pointerId: 1, clientX: 125 });
    expect(onRangeChange).toHaveBeenCalledWith(2003, 2010);
  });

  it('steps the range with ◀ and ▶, starting at the latest year with events', async () => {
    const user = userEvent.setup();
    const first = setup();
    await user.click(screen.getByRole('button', { name: 'Next year' }));
    expect(first.onRangeChange).toHaveBeenLastCalledWith(2030, 2030);
    first.unmount();

    const ranged = setup(2022, 2025);
    expect(screen.getByText('2022 – 2025')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous year' }));
    expect(ranged.onRangeChange).toHaveBeenLastCalledWith(2021, 2024);
    await user.click(screen.getByRole('button', { name: 'Next year' }));
    expect(ranged.onRangeChange).toHaveBeenLastCalledWith(2023, 2026);
  });

  it('does not step past the last year', async () => {
    const { onRangeChange } = setup(2030, 2030);
    const next = screen.getByRole('button', { name: 'Next year' });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await userEvent.setup().click(next);
    expect(onRangeChange).not.toHaveBeenCalled();
  });

  it('clears the range', async () => {
    const { onRangeChange } = setup(2022, 2022);
    expect(screen.getByText('2022')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Clear' }));
    expect(onRangeChange).toHaveBeenCalledWith(null, null);
  });

  it('steps with the arrow keys on the focused chart and widens with Shift', async () => {
    const user = userEvent.setup();
    const { onRangeChange, chart } = setup(2022, 2023);
    chart.focus();
    await user.keyboard('{ArrowRight}');
    expect(onRangeChange).toHaveBeenLastCalledWith(2023, 2024);
    await user.keyboard('{ArrowLeft}');
    expect(onRangeChange).toHaveBeenLastCalledWith(2021, 2022);
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(onRangeChange).toHaveBeenLastCalledWith(2021, 2023);
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(onRangeChange).toHaveBeenLastCalledWith(2022, 2024);
    await user.keyboard('{Home}');
    expect(onRangeChange).toHaveBeenLastCalledWith(1998, 1998);
    await user.keyboard('{Escape}');
    expect(onRangeChange).toHaveBeenLastCalledWith(null, null);
  });

  it('is reachable by Tab and says what is selected', async () => {
    const user = userEvent.setup();
    const { chart } = setup(2022, 2022);
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(chart).toHaveFocus();
    expect(chart).toHaveAttribute('aria-valuetext', expect.stringMatching(/^2022: \d+ events$/));
    expect(chart).toHaveAttribute('aria-valuenow', '2022');
  });

  it('shows a short message instead of a chart when nothing is dated', () => {
    render(<Timeline model={timelineModel([])} from={null} to={null} onRangeChange={() => {}} />);
    expect(screen.getByText('No dated events for the current filters.')).toBeInTheDocument();
    expect(screen.queryByRole('slider')).toBeNull();
  });
});
