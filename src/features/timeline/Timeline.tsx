/**
 * The dated events of the data (foundings, milestones, targets, partnerships)
 * as a histogram of years under the map. Dragging across it, clicking a year,
 * the step buttons or the arrow keys set the year filter; the current range is
 * highlighted and written out.
 */
import { memo, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { EVENT_KINDS, stepRange, type EventKind, type TimelineEvent, type TimelineModel, type YearBin } from '../../state/timelineEvents';
import './timeline.css';

export interface TimelineProps {
  /**
   * The events of the sites matching every filter except the year range (so the
   * timeline shows what the range would pick from), binned by year; null when none is dated.
   */
  model: TimelineModel | null;
  from: number | null;
  to: number | null;
  onRangeChange: (from: number | null, to: number | null) => void;
}

/** Okabe–Ito hues, darkened to 3:1 or more against the white chart (WCAG 1.4.11); still distinct in common colour-vision deficiencies. */
const KIND_COLORS: Record<EventKind, string> = {
  founded: '#0072B2',
  milestone: '#007A5A',
  target: '#B35C00',
  partnership: '#A8427E',
};

/** Chart geometry in viewBox units; the SVG stretches to the container's width. */
const COLUMN = 10;
const GAP = 2;
const HEIGHT = 40;
interface Brush {
  anchor: number;
  current: number;
}

/** Memoised: the page renders again on every answer from the data worker, mostly with nothing new here. */
export const Timeline = memo(function Timeline({ model, from, to, onRangeChange }: TimelineProps) {
  const { t } = useTranslation();
  // A year's tooltip lists its events: made for the year under the pointer (or shown in the details box) only.
  // Made for every year, hundreds of translated lines took most of the main thread's time in each render
  // while the map was starting.
  const [pointedYear, setPointedYear] = useState<number | null>(null);
  // Each year's first line, made once per model: pointing re-renders the chart.
  const headings = useMemo(() => new Map(model?.bins.map((bin) => [bin.year, yearHeading(bin, t)])), [model, t]);
  const headingId = useId();
  const hintId = useId();
  const detailsId = useId();
  // The chart has the keyboard focus: the selected year's events are shown, not only in a hover tooltip.
  const [focused, setFocused] = useState(false);
  const columnsRef = useRef<SVGSVGElement>(null);
  const brushRef = useRef<Brush | null>(null);
  const suppressClick = useRef(false);
  const [brush, setBrushState] = useState<Brush | null>(null);

  if (!model) {
    return (
      <section className="timeline timeline-empty" aria-label={t('timeline.heading')}>
        <p>{t('timeline.empty')}</p>
      </section>
    );
  }

  const { axis, bins, ticks, latest, max } = model;
  const [first, last] = axis;
  const count = bins.length;

  const setBrush = (next: Brush | null) => {
    brushRef.current = next;
    setBrushState(next);
  };

  /** The year under the pointer: the column's data-year, or the x position when the pointer is captured. */
  const yearAt = (event: { target: EventTarget | null; clientX: number }): number | null => {
    const target = event.target as Element | null;
    const column = typeof target?.closest === 'function' ? target.closest('[data-year]') : null;
    if (column) return Number(column.getAttribute('data-year'));
    const rect = columnsRef.current?.getBoundingClientRect();
    if (!rect || rect.width <= 0) return null;
    const index = Math.floor(((event.clientX - rect.left) / rect.width) * count);
    return first + Math.min(count - 1, Math.max(0, index));
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    suppressClick.current = false;
    const year = yearAt(event);
    if (year === null) return;
    try {
      event.currentTarget.setPointerCapture?.(event.pointerId);
    } catch {
      // No active pointer to capture (synthetic events): dragging still works over the columns.
    }
    setBrush({ anchor: year, current: year });
  };
  const onPointerOver = (event: PointerEvent<HTMLDivElement>) => {
    const column = (event.target as Element).closest?.('[data-year]');
    if (column) setPointedYear(Number(column.getAttribute('data-year')));
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = brushRef.current;
    if (!current) return;
    const year = yearAt(event);
    if (year !== null && year !== current.current) setBrush({ anchor: current.anchor, current: year });
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const current = brushRef.current;
    if (!current) return;
    const year = yearAt(event) ?? current.current;
    setBrush(null);
    // The click that follows this pointerup has been handled here.
    suppressClick.current = true;
    onRangeChange(Math.min(current.anchor, year), Math.max(current.anchor, year));
  };
  const cancelBrush = () => {
    if (brushRef.current) setBrush(null);
  };
  // A click without pointer events before it (assistive technology, scripted): select that year.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    const column = (event.target as Element).closest?.('[data-year]');
    if (column) {
      const year = Number(column.getAttribute('data-year'));
      onRangeChange(year, year);
    }
  };

  const step = (direction: -1 | 1, extend = false) => stepRange({ from, to }, direction, extend, axis, latest);
  const previous = step(-1);
  const next = step(1);
  const hasRange = from != null || to != null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    let range: [number, number] | null | undefined;
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight':
        range = step(event.key === 'ArrowLeft' ? -1 : 1, event.shiftKey);
        break;
      case 'Home':
        range = [first, first];
        break;
      case 'End':
        range = [last, last];
        break;
      case 'Escape':
        if (!hasRange) return;
        event.preventDefault();
        onRangeChange(null, null);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (range) onRangeChange(range[0], range[1]);
  };

  const formatRange = (a: number | null, b: number | null) => {
    if (a != null && b != null)
      return a === b ? t('timeline.single', { year: String(a) }) : t('timeline.range', { from: String(a), to: String(b) });
    if (a != null) return t('timeline.fromOnly', { from: String(a) });
    if (b != null) return t('timeline.toOnly', { to: String(b) });
    return t('timeline.allYears');
  };

  // What is shown as selected: the brush while dragging, else the filter.
  const shown = brush ? { from: Math.min(brush.anchor, brush.current), to: Math.max(brush.anchor, brush.current) } : { from, to };
  const shownActive = shown.from != null || shown.to != null;
  const lo = Math.max(first, shown.from ?? first);
  const hi = Math.min(last, shown.to ?? last);
  const inShown = (year: number) => !shownActive || (year >= (shown.from ?? -Infinity) && year <= (shown.to ?? Infinity));
  const rangeText = formatRange(shown.from, shown.to);
  const eventsInRange = bins.reduce((n, b) => (inShown(b.year) ? n + b.count : n), 0);

  const scale = (HEIGHT - 2) / max;
  const detailBin =
    focused && !brush && shown.from != null && shown.from === shown.to ? bins.find((b) => b.year === shown.from) : undefined;
  const detailAt = detailBin ? ((detailBin.year - first + 0.5) / count) * 100 : 0;

  return (
    <section className="timeline" aria-labelledby={headingId}>
      <div className="timeline-bar">
        <h2 id={headingId} className="timeline-heading">
          {t('timeline.heading')}
        </h2>
        <output className={`timeline-range${brush ? ' is-brushing' : ''}`} aria-live="polite">
          {rangeText}
        </output>
        <div className="timeline-controls">
          <button
            type="button"
            aria-label={t('timeline.previous')}
            title={t('timeline.previous')}
            aria-disabled={previous === null}
            onClick={() => previous && onRangeChange(previous[0], previous[1])}
          >
            <span aria-hidden="true">◀</span>
          </button>
          <button
            type="button"
            aria-label={t('timeline.next')}
            title={t('timeline.next')}
            aria-disabled={next === null}
            onClick={() => next && onRangeChange(next[0], next[1])}
          >
            <span aria-hidden="true">▶</span>
          </button>
          <button
            type="button"
            title={t('timeline.clearHint')}
            aria-disabled={!hasRange}
            onClick={() => hasRange && onRangeChange(null, null)}
          >
            {t('timeline.clear')}
          </button>
        </div>
        <ul className="timeline-legend" aria-label={t('timeline.legend')}>
          {EVENT_KINDS.map((kind) => (
            <li key={kind}>
              <span className="timeline-swatch" style={{ background: KIND_COLORS[kind] }} aria-hidden="true" />
              {t(`timeline.kind.${kind}`)}
            </li>
          ))}
        </ul>
      </div>
      <p id={hintId} className="timeline-sr">
        {t('timeline.keyboardHint')}
      </p>
      <div
        className={`timeline-plot${brush ? ' is-brushing' : ''}`}
        role="slider"
        tabIndex={0}
        aria-label={t('timeline.chart')}
        aria-describedby={detailBin ? `${hintId} ${detailsId}` : hintId}
        aria-valuemin={first}
        aria-valuemax={last}
        aria-valuenow={Math.min(last, Math.max(first, shown.from ?? shown.to ?? first))}
        aria-valuetext={t('timeline.valueText', { range: rangeText, count: eventsInRange })}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onPointerDown={onPointerDown}
        onPointerOver={onPointerOver}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={cancelBrush}
        onLostPointerCapture={cancelBrush}
        onClick={onClick}
      >
        <svg ref={columnsRef} viewBox={`0 0 ${count * COLUMN} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {shownActive && lo <= hi && (
            <rect className="timeline-band" x={(lo - first) * COLUMN} y={0} width={(hi - lo + 1) * COLUMN} height={HEIGHT} />
          )}
          <line
            className="timeline-baseline"
            x1={0}
            x2={count * COLUMN}
            y1={HEIGHT - 0.5}
            y2={HEIGHT - 0.5}
            vectorEffect="non-scaling-stroke"
          />
          {bins.map((bin, i) => {
            let y = HEIGHT;
            return (
              <g key={bin.year} data-year={bin.year} className={`timeline-col${inShown(bin.year) ? '' : ' is-out'}`}>
                <title>{bin.year === pointedYear ? binTitle(bin, t) : headings.get(bin.year)}</title>
                <rect className="timeline-hit" x={i * COLUMN} y={0} width={COLUMN} height={HEIGHT} />
                {EVENT_KINDS.map((kind) => {
                  const n = bin.byKind[kind];
                  if (n === 0) return null;
                  const h = n * scale;
                  y -= h;
                  return <rect key={kind} x={i * COLUMN + GAP / 2} y={y} width={COLUMN - GAP} height={h} fill={KIND_COLORS[kind]} />;
                })}
              </g>
            );
          })}
        </svg>
        {detailBin && (
          <div
            id={detailsId}
            className="timeline-details"
            style={detailAt < 50 ? { left: `${detailAt}%` } : { right: `${100 - detailAt}%` }}
          >
            {binTitle(detailBin, t)}
          </div>
        )}
        <div className="timeline-ticks" aria-hidden="true">
          {ticks.map((year) => (
            <span
              key={year}
              className={year === first ? 'is-first' : year === last ? 'is-last' : undefined}
              style={{ left: `${((year - first + 0.5) / count) * 100}%` }}
            >
              {year}
            </span>
          ))}
        </div>
      </div>
    </section>
  );
});

function eventLine(e: TimelineEvent, t: TFunction): string {
  const kind = t(`timeline.kind.${e.kind}`);
  const detail = e.detail ?? (e.metrics?.length ? e.metrics.map((m) => t(`figure.${m}`)).join(', ') : undefined);
  return detail ? t('timeline.eventLineDetail', { kind, label: e.label, detail }) : t('timeline.eventLine', { kind, label: e.label });
}

/** A year's first line: how many events (or none). */
function yearHeading(bin: YearBin, t: TFunction): string {
  const year = String(bin.year);
  return bin.count === 0 ? t('timeline.yearEmpty', { year }) : t('timeline.yearTitle', { year, count: bin.count });
}

/** A year's tooltip: how many events, and the first of them. */
function binTitle(bin: YearBin, t: TFunction): string {
  if (bin.count === 0) return yearHeading(bin, t);
  const lines: string[] = bin.events.map((e) => eventLine(e, t));
  if (bin.count > bin.events.length) lines.push(t('timeline.more', { count: bin.count - bin.events.length }));
  return [yearHeading(bin, t), ...lines].join('\n');
}
