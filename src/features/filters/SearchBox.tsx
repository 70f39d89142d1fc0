/**
 * Free-text search over names in every language, organisations and summaries.
 * Typing stays local; the filter (and the URL) updates once the user pauses.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const PAUSE_MS = 250;

export function SearchBox({ value, onChange }: { value: string | null; onChange: (q: string | null) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const lastSent = useRef(value ?? '');

  // Follow outside changes (a chip removed, Back, Clear all).
  useEffect(() => {
    if ((value ?? '') !== lastSent.current) {
      lastSent.current = value ?? '';
      setText(value ?? '');
    }
  }, [value]);

  useEffect(() => {
    if (text.trim() === lastSent.current) return;
    const timer = setTimeout(() => {
      lastSent.current = text.trim();
      onChange(text.trim() === '' ? null : text);
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, onChange]);

  return (
    <div className="search-box" role="search">
      <svg viewBox="0 0 20 20" aria-hidden="true" className="search-icon">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        type="search"
        value={text}
        maxLength={200}
        placeholder={t('filters.searchPlaceholder')}
        aria-label={t('filters.search')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && text) {
            e.preventDefault();
            setText('');
          }
        }}
      />
    </div>
  );
}
