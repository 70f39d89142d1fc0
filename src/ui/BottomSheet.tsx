/**
 * A sheet over the map with three resting heights: folded to a strip
 * ("peek"), half the screen, and full. Dragged by its grip (pointer events:
 * touch, pen or mouse), tapped to open or fold, and — for anyone who cannot
 * drag (WCAG 2.5.7) — moved by two buttons, "show more" and "show less".
 *
 * The caller owns the snap point (`snap`, `onSnapChange`), so opening a record
 * can put the sheet at half from outside. Not modal: the map stays usable
 * beside it. Focus moving into a folded sheet (Tab, a skip link) opens it to
 * half, so the focused control is never left in the folded strip (2.4.11).
 * Placed "side" (tablets, landscape phones), it runs the full height beside
 * the map and has two resting states: folded and open. At either end a
 * button is marked disabled but keeps its focus (a disabled button would drop
 * the keyboard focus to the page's start).
 */
import { useEffect, useId, useRef, useState, type FocusEvent, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './bottomSheet.css';

export type SnapPoint = 'peek' | 'half' | 'full';

interface BottomSheetProps {
  snap: SnapPoint;
  onSnapChange: (snap: SnapPoint) => void;
  /** Accessible name of the sheet (a region). */
  label: string;
  placement?: 'bottom' | 'side';
  /** Id of the scrolling body, for skip links and focus fallbacks. */
  bodyId?: string;
  children: ReactNode;
}

/** Pixels a pointer must travel before a press on the grip becomes a drag rather than a tap. */
const DRAG_THRESHOLD_PX = 6;
/** A release this fast (px per ms) carries on to the next snap point in its direction. */
const FLICK_SPEED = 0.5;
/** The folded height when the stylesheet does not say (--sheet-peek). */
const DEFAULT_PEEK_PX = 104;

export function snapOrder(placement: 'bottom' | 'side'): readonly SnapPoint[] {
  return placement === 'side' ? ['peek', 'half'] : ['peek', 'half', 'full'];
}

/** The resting height of each snap point in a container this tall. */
export function snapHeights(containerHeight: number, peek: number, placement: 'bottom' | 'side'): Record<SnapPoint, number> {
  const open = Math.max(peek, containerHeight);
  return { peek, half: placement === 'side' ? open : Math.max(peek, Math.round(containerHeight / 2)), full: open };
}

/**
 * Where a drag comes to rest: the snap point nearest to where the sheet was let go, or — after a
 * flick — the first one beyond that point in the flick's direction (so a fast drag all the way up
 * still ends at the top).
 */
export function restingSnap(height: number, velocity: number, heights: Record<SnapPoint, number>, order: readonly SnapPoint[]): SnapPoint {
  if (velocity > FLICK_SPEED) return order.find((snap) => heights[snap] >= height) ?? order[order.length - 1];
  if (velocity < -FLICK_SPEED) return [...order].reverse().find((snap) => heights[snap] <= height) ?? order[0];
  let best = order[0];
  for (const snap of order) if (Math.abs(heights[snap] - height) < Math.abs(heights[best] - height)) best = snap;
  return best;
}

/** Whether the person last used the keyboard or a pointer (finger, pen, mouse) anywhere on the page. */
function useLastInput() {
  const last = useRef<'keyboard' | 'pointer'>('keyboard');
  useEffect(() => {
    const onKey = () => (last.current = 'keyboard');
    const onPointer = () => (last.current = 'pointer');
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, []);
  return last;
}

interface Drag {
  pointerId: number;
  startY: number;
  startHeight: number;
  heights: Record<SnapPoint, number>;
  moved: boolean;
  lastY: number;
  lastTime: number;
  /** Upward speed in px/ms (positive: growing). */
  velocity: number;
}

export function BottomSheet({ snap, onSnapChange, label, placement = 'bottom', bodyId, children }: BottomSheetProps) {
  const { t } = useTranslation();
  const sheetRef = useRef<HTMLElement>(null);
  const drag = useRef<Drag | null>(null);
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  const fallbackId = useId();
  const order = snapOrder(placement);
  const index = order.indexOf(snap) < 0 ? order.length - 1 : order.indexOf(snap);
  const resting = order[index];

  const measure = () => {
    const sheet = sheetRef.current;
    const container = sheet?.parentElement;
    const containerHeight = container?.clientHeight || window.innerHeight;
    const peek = (sheet && parseFloat(getComputedStyle(sheet).getPropertyValue('--sheet-peek'))) || DEFAULT_PEEK_PX;
    return snapHeights(containerHeight, peek, placement);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    // The buttons in the grip are buttons, not drag handles.
    if ((event.target as Element).closest('button')) return;
    const heights = measure();
    drag.current = {
      pointerId: event.pointerId,
      startY: event.clientY,
      startHeight: heights[resting],
      heights,
      moved: false,
      lastY: event.clientY,
      lastTime: event.timeStamp,
      velocity: 0,
    };
    try {
      event.currentTarget.setPointerCapture(event.pointerId);
    } catch {
      // No active pointer to capture (synthetic events): the drag still follows this element.
    }
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId) return;
    const dy = d.startY - event.clientY;
    if (!d.moved && Math.abs(dy) < DRAG_THRESHOLD_PX) return;
    d.moved = true;
    const elapsed = event.timeStamp - d.lastTime;
    if (elapsed > 0) d.velocity = (d.lastY - event.clientY) / elapsed;
    d.lastY = event.clientY;
    d.lastTime = event.timeStamp;
    setDragHeight(Math.min(d.heights.full, Math.max(d.heights.peek, d.startHeight + dy)));
  };

  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== event.pointerId) return;
    drag.current = null;
    setDragHeight(null);
    if (!d.moved) {
      // A tap on the grip: open a folded sheet, fold an open one.
      onSnapChange(resting === 'peek' ? 'half' : 'peek');
      return;
    }
    const height = Math.min(d.heights.full, Math.max(d.heights.peek, d.startHeight + d.startY - event.clientY));
    onSnapChange(restingSnap(height, d.velocity, d.heights, order));
  };

  const onPointerCancel = () => {
    drag.current = null;
    setDragHeight(null);
  };

  // Keyboard focus arriving in the folded sheet's body opens it, so what has focus can be seen. Not
  // focus from a press: the sheet would grow under the finger before it lifts, and the tap would
  // miss what it was on. A tap opens it once it has landed (a click).
  const lastInput = useLastInput();
  const onBodyFocus = (event: FocusEvent<HTMLDivElement>) => {
    if (resting === 'peek' && event.target instanceof HTMLElement && lastInput.current === 'keyboard') onSnapChange('half');
  };
  const onBodyClick = () => {
    if (resting === 'peek') onSnapChange('half');
  };

  return (
    <section
      ref={sheetRef}
      className={`bottom-sheet bottom-sheet--${placement}${dragHeight !== null ? ' is-dragging' : ''}`}
      data-snap={resting}
      aria-label={label}
      style={dragHeight !== null ? { height: dragHeight } : undefined}
    >
      <div
        className="sheet-grip"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerCancel}
        title={t('a11y.sheet.handle')}
      >
        <button
          type="button"
          className="sheet-button"
          aria-label={t('a11y.sheet.collapse')}
          title={t('a11y.sheet.collapse')}
          aria-controls={bodyId ?? fallbackId}
          aria-disabled={index === 0}
          onClick={() => index > 0 && onSnapChange(order[index - 1])}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        </button>
        <span className="sheet-handle" aria-hidden="true" />
        <button
          type="button"
          className="sheet-button"
          aria-label={t('a11y.sheet.expand')}
          title={t('a11y.sheet.expand')}
          aria-controls={bodyId ?? fallbackId}
          aria-disabled={index === order.length - 1}
          onClick={() => index < order.length - 1 && onSnapChange(order[index + 1])}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d="M3 10l5-5 5 5" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        </button>
      </div>
      <div className="sheet-body" id={bodyId ?? fallbackId} tabIndex={-1} onFocus={onBodyFocus} onClick={onBodyClick}>
        {children}
      </div>
    </section>
  );
}
