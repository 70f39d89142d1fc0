/**
 * The frame of a list over the map that stands in for pointing at it (SitesInView, FlowsInView): a MapLibre
 * control in the top-right stack, under the zoom (and full-screen) buttons, so it never overlaps them, the
 * legend (top left) or the phone's bottom sheet; a toggle button naming what is drawn and how many; and a
 * panel with a heading, a hint and a close button. What the list holds and how it is moved through is the
 * caller's.
 */
import { useControl } from '@vis.gl/react-maplibre';
import { useEffect, useId, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { reportMapControlWidth } from './mapControlsWidth';

interface MapListControlProps {
  /** The control's class (also where its panel is styled from). */
  className: string;
  /** The toggle's text: what the list holds and how many. */
  label: string;
  heading: string;
  hint: string;
  closeLabel: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Where the focus goes once the panel has opened (the list, to move through it). */
  focusOnOpen: () => HTMLElement | null | undefined;
  buttonRef: RefObject<HTMLButtonElement | null>;
  /** The toggle is hidden (nothing of the kind is drawn) but the control stays, so the focus is never dropped with it. */
  hidden?: boolean;
  /** The list, given the ids of the heading and the hint to label and describe it with. */
  children: (ids: { heading: string; hint: string }) => ReactNode;
}

export function MapListControl(props: MapListControlProps) {
  const [container] = useState(() => {
    const div = document.createElement('div');
    div.className = `maplibregl-ctrl ${props.className}`;
    return div;
  });
  useControl(() => ({ onAdd: () => container, onRemove: () => container.remove() }), { position: 'top-right' });
  return createPortal(<MapListContent {...props} />, container);
}

function MapListContent({ className, label, heading, hint, closeLabel, open, onOpenChange, focusOnOpen, buttonRef, hidden, children }: MapListControlProps) {
  const baseId = useId();
  // The legend keeps clear of the toggle (not of the panel: that is opened over whatever is there).
  useEffect(() => {
    const button = buttonRef.current;
    if (!button || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => reportMapControlWidth(className, button.getBoundingClientRect().width));
    observer.observe(button);
    return () => {
      observer.disconnect();
      reportMapControlWidth(className, 0);
    };
  }, [buttonRef, className]);
  const ids = { heading: `${baseId}-heading`, hint: `${baseId}-hint` };
  const close = () => {
    onOpenChange(false);
    buttonRef.current?.focus();
  };
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        hidden={hidden}
        className="siv-toggle"
        aria-expanded={open}
        aria-controls={open ? `${baseId}-panel` : undefined}
        onClick={() => {
          onOpenChange(!open);
          // Straight into the list: the keyboard user opened it to move through it.
          if (!open) requestAnimationFrame(() => focusOnOpen()?.focus());
        }}
      >
        {label}
      </button>
      {open && (
        <section
          className="siv-panel"
          id={`${baseId}-panel`}
          aria-labelledby={ids.heading}
          onKeyDown={(event) => {
            // Anywhere in the panel (its list may handle Escape first, and stop it).
            if (event.key !== 'Escape') return;
            event.preventDefault();
            close();
          }}
        >
          <div className="siv-head">
            <h2 id={ids.heading}>{heading}</h2>
            <button type="button" className="siv-close" aria-label={closeLabel} onClick={close}>
              ×
            </button>
          </div>
          <p id={ids.hint} className="siv-hint">
            {hint}
          </p>
          {children(ids)}
        </section>
      )}
    </>
  );
}
