/**
 * One polite live region for the whole page: the results of actions ("12 of
 * 41 sites", the record just opened, where the map moved) are said once, after
 * a short pause, so a burst of changes (typing, a held arrow key) is one
 * announcement of the final state instead of chatter. Components never own a
 * live region of their own for these; they call `useAnnounce()`.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import './ui.css';

/** How long the page must be quiet before the latest message is said. */
export const ANNOUNCE_DELAY_MS = 600;
/** How long a said message stays in the region. */
const CLEAR_AFTER_MS = 3000;

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce | null>(null);

export function AnnouncerProvider({ children, delayMs = ANNOUNCE_DELAY_MS }: { children: ReactNode; delayMs?: number }) {
  const [message, setMessage] = useState('');
  const said = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cleared = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // A screen reader only speaks a region whose text changes: the same words again (the same count
  // after another filter) empty the region first and refill it a moment later.
  const announce = useCallback<Announce>(
    (text) => {
      const say = (words: string) => {
        said.current = words;
        setMessage(words);
        // Once spoken, the words leave the region (as assistive tech has queued them), so a stale
        // announcement never lingers in the page's text for a later search or "find in page".
        clearTimeout(cleared.current);
        if (words) cleared.current = setTimeout(() => say(''), CLEAR_AFTER_MS);
      };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        if (said.current !== text) return say(text);
        say('');
        timer.current = setTimeout(() => say(text), 100);
      }, delayMs);
    },
    [delayMs],
  );
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      clearTimeout(cleared.current);
    },
    [],
  );
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

/** Says a message in the page's live region (debounced: the last message of a burst wins). Outside a provider it does nothing. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext) ?? noAnnouncer;
}

const noAnnouncer: Announce = () => {};
