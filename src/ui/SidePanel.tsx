/**
 * The frame every side panel shares: a labelled region with a focusable
 * heading, a close button, and Escape to close.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './ui.css';

interface SidePanelProps {
  eyebrow?: ReactNode;
  title: ReactNode;
  subtitle?: ReactNode;
  onClose?: () => void;
  children: ReactNode;
  /** Changes when the panel shows another record, to move focus to the new heading. */
  recordKey: string;
  /** Another look for the same frame (e.g. the compact card of an embedded atlas). */
  className?: string;
  /** The close button's accessible name (default: "Close panel"). */
  closeLabel?: string;
}

export function SidePanel({ eyebrow, title, subtitle, onClose, children, recordKey, className, closeLabel }: SidePanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });
  const closable = Boolean(onClose);

  useEffect(() => {
    if (!closable) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) closeRef.current?.();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [closable]);

  // When the panel closes, focus goes back where it was when the panel opened (e.g. the list row).
  useEffect(() => {
    if (!closable) return;
    const opener =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    return () => {
      if (document.activeElement && document.activeElement !== document.body && document.activeElement.isConnected) return;
      if (opener?.isConnected) opener.focus({ preventScroll: true });
      else document.getElementById('side-panel')?.focus({ preventScroll: true });
    };
  }, [closable]);

  useEffect(() => {
    // Keyboard and screen-reader users land on the panel they just opened; a page
    // that opens on a shared link (nothing focused yet) keeps its natural start.
    if (closable && document.activeElement && document.activeElement !== document.body) headingRef.current?.focus({ preventScroll: true });
  }, [recordKey, closable]);

  return (
    <section className={className ? `side-panel ${className}` : 'side-panel'} aria-labelledby={headingId}>
      <header className="side-panel-header">
        <div>
          {eyebrow && <div className="eyebrow">{eyebrow}</div>}
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            {title}
          </h2>
          {subtitle && <div className="subtitle">{subtitle}</div>}
        </div>
        {onClose && (
          <button type="button" className="icon-button" onClick={onClose} aria-label={closeLabel ?? t('panel.close')} title={closeLabel ?? t('panel.close')}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </header>
      <div className="side-panel-body">{children}</div>
    </section>
  );
}

/** A labelled block inside a panel. */
export function PanelSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="panel-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}
