import type { ReactNode } from 'react';
import './ui.css';

/** An in-app link that opens another record: a real button, reachable by keyboard. */
export function LinkButton({ onClick, children, label }: { onClick: () => void; children: ReactNode; label?: string }) {
  return (
    <button type="button" className="link-button" onClick={onClick} aria-label={label}>
      {children}
    </button>
  );
}
