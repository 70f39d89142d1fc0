/**
 * "Share": a button that opens a modal dialog (the native <dialog>, whose
 * showModal() makes the rest of the page inert, so focus stays inside) with a
 * link to the current view and, on the Embed tab, the code to embed it in a
 * portal with a live preview. Escape or Close ends it; focus returns to the button.
 */
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmbedOptions } from '../../state/shareLinks';
import './share.css';

// The dialog (and its embed-code generator) is code most visits never run: it loads when Share is pressed.
const ShareDialog = lazy(() => import('./ShareDialog'));

interface ShareButtonProps {
  /** The current view in the full atlas (read when the dialog opens). */
  linkHref: () => string;
  /** The current view as an embed link with these options. */
  embedHref: (options: EmbedOptions) => string;
}

export function ShareButton({ linkHref, embedHref }: ShareButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="toolbar-button share-button"
        aria-haspopup="dialog"
        title={t('share.button')}
        onClick={() => setOpen(true)}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <circle cx="4" cy="8" r="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <circle cx="12" cy="3.5" r="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <circle cx="12" cy="12.5" r="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M5.8 7l4.4-2.5M5.8 9l4.4 2.5" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        {t('share.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog
            link={linkHref()}
            embedHref={embedHref}
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
