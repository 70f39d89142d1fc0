import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BottomSheet, restingSnap, snapHeights, type SnapPoint } from './BottomSheet';

/** The sheet as a layout uses it: the snap point held by its owner. */
function Harness({ initial = 'peek', placement = 'bottom' }: { initial?: SnapPoint; placement?: 'bottom' | 'side' }) {
  const [snap, setSnap] = useState<SnapPoint>(initial);
  return (
    <BottomSheet snap={snap} onSnapChange={setSnap} label="Explore and details" placement={placement} bodyId="sheet-body">
      <button type="button">Inside the sheet</button>
    </BottomSheet>
  );
}

const sheet = () => screen.getByRole('region', { name: 'Explore and details' });
const more = () => screen.getByRole('button', { name: 'Show more of the panel' });
const less = () => screen.getByRole('button', { name: 'Show less of the panel' });
const grip = () => sheet().querySelector<HTMLElement>('.sheet-grip')!;

// jsdom lays nothing out: the container reads as the window's height (768 px) and the fold as 104 px.
const HEIGHTS = { peek: 104, half: 384, full: 768 };

/** A pointer gesture on the grip; each step is `msPerStep` later (jsdom stamps events with Date.now). */
function drag(fromY: number, toY: number, { steps = 10, msPerStep = 16, pointerType = 'touch' } = {}) {
  let now = Date.now();
  const at = (y: number) => ({ clientY: y, pointerId: 7, pointerType, button: 0 });
  fireEvent.pointerDown(grip(), at(fromY));
  for (let i = 1; i <= steps; i++) {
    now += msPerStep;
    vi.setSystemTime(now);
    fireEvent.pointerMove(grip(), at(fromY + ((toY - fromY) * i) / steps));
  }
  fireEvent.pointerUp(grip(), at(toY));
}

afterEach(() => vi.useRealTimers());

describe('BottomSheet: snap points', () => {
  it('steps through peek, half and full with its two buttons, each disabled at its end', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(sheet()).toHaveAttribute('data-snap', 'peek');
    expect(less()).toHaveAttribute('aria-disabled', 'true');
    await user.click(more());
    expect(sheet()).toHaveAttribute('data-snap', 'half');
    await user.click(more());
    expect(sheet()).toHaveAttribute('data-snap', 'full');
    expect(more()).toHaveAttribute('aria-disabled', 'true');
    await user.click(less());
    expect(sheet()).toHaveAttribute('data-snap', 'half');
    await user.click(less());
    expect(sheet()).toHaveAttribute('data-snap', 'peek');
    await user.click(less());
    expect(sheet()).toHaveAttribute('data-snap', 'peek');
  });

  it('works by keyboard: Tab reaches the buttons, Enter and Space press them', async () => {
    const user = userEvent.setup();
    render(<Harness initial="half" />);
    await user.tab();
    expect(less()).toHaveFocus();
    await user.tab();
    expect(more()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(sheet()).toHaveAttribute('data-snap', 'full');
    // At the end the button says so, and keeps the focus.
    expect(more()).toHaveAttribute('aria-disabled', 'true');
    expect(more()).toHaveFocus();
    await user.tab({ shift: true });
    expect(less()).toHaveFocus();
    await user.keyboard(' ');
    expect(sheet()).toHaveAttribute('data-snap', 'half');
    await user.keyboard(' ');
    expect(sheet()).toHaveAttribute('data-snap', 'peek');
  });

  it('opens a folded sheet to half when the keyboard focus moves into it, so the focused control is in sight', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.tab();
    await user.tab();
    expect(more()).toHaveFocus();
    expect(sheet()).toHaveAttribute('data-snap', 'peek');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Inside the sheet' })).toHaveFocus();
    expect(sheet()).toHaveAttribute('data-snap', 'half');
  });

  it('opens a folded sheet when something in it is tapped', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Inside the sheet' }));
    expect(sheet()).toHaveAttribute('data-snap', 'half');
  });

  it('beside the map has two states only: folded and open', async () => {
    const user = userEvent.setup();
    render(<Harness placement="side" />);
    await user.click(more());
    expect(sheet()).toHaveAttribute('data-snap', 'half');
    expect(more()).toHaveAttribute('aria-disabled', 'true');
    expect(sheet()).toHaveClass('bottom-sheet--side');
  });

  it('names the buttons for what they do and points them at the body they resize', () => {
    render(<Harness />);
    expect(more()).toHaveAttribute('aria-controls', 'sheet-body');
    expect(less()).toHaveAttribute('aria-controls', 'sheet-body');
    expect(document.getElementById('sheet-body')).toContainElement(screen.getByRole('button', { name: 'Inside the sheet' }));
  });
});

describe('BottomSheet: dragging the grip', () => {
  it('follows the finger while dragged, then rests at the nearest snap point', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    render(<Harness />);
    // Up 400 px from the fold, slowly (2.5 px per ms is a flick; this is 2.5 px per 16 ms).
    let now = Date.now();
    fireEvent.pointerDown(grip(), { clientY: 700, pointerId: 1, pointerType: 'touch' });
    for (let y = 690; y >= 300; y -= 10) {
      now += 64;
      vi.setSystemTime(now);
      fireEvent.pointerMove(grip(), { clientY: y, pointerId: 1, pointerType: 'touch' });
    }
    expect(sheet()).toHaveClass('is-dragging');
    expect(sheet().style.height).toBe(`${HEIGHTS.peek + 400}px`);
    fireEvent.pointerUp(grip(), { clientY: 300, pointerId: 1, pointerType: 'touch' });
    // 504 px is nearer half (384) than full (768).
    expect(sheet()).toHaveAttribute('data-snap', 'half');
    expect(sheet()).not.toHaveClass('is-dragging');
    expect(sheet().style.height).toBe('');
  });

  it('carries a flick on past where it was let go: up to full, down a step', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    render(<Harness initial="half" />);
    // 150 px up in 30 ms: let go at 534 px, nearer half, but flicked towards full.
    drag(500, 350, { steps: 3, msPerStep: 10 });
    expect(sheet()).toHaveAttribute('data-snap', 'full');
    // 100 px down, fast: one step, to half.
    drag(100, 200, { steps: 2, msPerStep: 10 });
    expect(sheet()).toHaveAttribute('data-snap', 'half');
  });

  it('treats a press without movement as a tap: it opens a folded sheet and folds an open one', () => {
    render(<Harness />);
    fireEvent.pointerDown(grip(), { clientY: 700, pointerId: 3, pointerType: 'touch' });
    fireEvent.pointerMove(grip(), { clientY: 697, pointerId: 3, pointerType: 'touch' }); // a finger's jitter
    fireEvent.pointerUp(grip(), { clientY: 697, pointerId: 3, pointerType: 'touch' });
    expect(sheet()).toHaveAttribute('data-snap', 'half');
    fireEvent.pointerDown(grip(), { clientY: 384, pointerId: 4, pointerType: 'mouse', button: 0 });
    fireEvent.pointerUp(grip(), { clientY: 384, pointerId: 4, pointerType: 'mouse', button: 0 });
    expect(sheet()).toHaveAttribute('data-snap', 'peek');
  });

  it('does not start a drag from its buttons, nor follow a second finger, and drops a cancelled drag', () => {
    render(<Harness />);
    fireEvent.pointerDown(more(), { clientY: 700, pointerId: 5, pointerType: 'touch' });
    fireEvent.pointerMove(grip(), { clientY: 300, pointerId: 5, pointerType: 'touch' });
    expect(sheet()).not.toHaveClass('is-dragging');

    fireEvent.pointerDown(grip(), { clientY: 700, pointerId: 6, pointerType: 'touch' });
    fireEvent.pointerMove(grip(), { clientY: 300, pointerId: 9, pointerType: 'touch' });
    expect(sheet()).not.toHaveClass('is-dragging');
    fireEvent.pointerMove(grip(), { clientY: 500, pointerId: 6, pointerType: 'touch' });
    expect(sheet()).toHaveClass('is-dragging');
    fireEvent.pointerCancel(grip(), { pointerId: 6, pointerType: 'touch' });
    expect(sheet()).not.toHaveClass('is-dragging');
    expect(sheet()).toHaveAttribute('data-snap', 'peek');
  });
});

describe('BottomSheet: where a drag rests', () => {
  const heights = snapHeights(768, 104, 'bottom');
  const order = ['peek', 'half', 'full'] as const;

  it('has half at half the container and full at all of it; beside the map, open is the full height', () => {
    expect(heights).toEqual(HEIGHTS);
    expect(snapHeights(600, 104, 'side')).toEqual({ peek: 104, half: 600, full: 600 });
  });

  it('rests at the nearest point when let go slowly, and beyond the release point after a flick', () => {
    expect(restingSnap(200, 0, heights, order)).toBe('peek');
    expect(restingSnap(300, 0, heights, order)).toBe('half');
    expect(restingSnap(700, 0, heights, order)).toBe('full');
    expect(restingSnap(200, 2, heights, order)).toBe('half');
    expect(restingSnap(400, 2, heights, order)).toBe('full');
    expect(restingSnap(700, -2, heights, order)).toBe('half');
    expect(restingSnap(300, -2, heights, order)).toBe('peek');
  });
});
