/**
 * "Share": a button that opens a modal dialog (the native <dialog>, whose
 * showModal() makes the rest of the page inert, so focus stays inside) with a
 * link to the current view and, on the Embed tab, the code to embed it in a
 * portal with a live preview. Escape or Close ends it; focus returns to the button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmbedOptions } from '../../state/shareLinks';
import { Tabs } from '../../ui/Tabs';
import { EmbedCode } from './EmbedCode';
import { CopyField } from './CopyField';
import './share.css';

interface ShareButtonProps {
  /** The current view in the full atlas (read when the dialog opens). */
  linkHref: () => string;
  /** The current view as an embed link with these options. */
  embedHref: (options: EmbedOptions) => string;
}

type ShareTab = 'link' | 'embed';

export function ShareButton({ linkHref, embedHref }: ShareButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className="share-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <circle cx="4" cy="8" r="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <circle cx="12" cy="3.5" r="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <circle cx="12" cy="12.5" r="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M5.8 7l4.4-2.5M5.8 9l4.4 2.5" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        {t('share.button')}
      </button>
      {open && (
        <ShareDialog
          link={linkHref()}
          embedHref={embedHref}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}

function ShareDialog({ link, embedHref, onClose }: { link: string; embedHref: ShareButtonProps['embedHref']; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [tab, setTab] = useState<ShareTab>('link');
  // However the dialog ends (Escape, Close), it is closed first, so the page is no longer inert when focus goes back.
  const close = () => dialog.current?.close();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    // Start on the link, selected, ready to copy.
    const input = element.querySelector<HTMLInputElement>('input');
    input?.focus();
    input?.select();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="share-dialog"
      aria-labelledby={titleId}
      onClose={() => onCloseRef.current()}
      onKeyDown={(event) => {
        // Escape ends the dialog only: nothing behind it (an open side panel) hears it.
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          close();
        }
      }}
    >
      <header className="share-header">
        <h2 id={titleId}>{t('share.title')}</h2>
        <button type="button" className="icon-button" onClick={close} aria-label={t('share.close')} title={t('share.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <Tabs
        className="share-tabs"
        label={t('share.title')}
        active={tab}
        onChange={setTab}
        tabs={[
          { id: 'link', label: t('share.tabLink') },
          { id: 'embed', label: t('share.tabEmbed') },
        ]}
      >
        {tab === 'link' ? (
          <div className="share-body">
            <CopyField label={t('share.linkLabel')} value={link} copyLabel={t('share.copy')} />
            <p className="share-help">{t('share.linkHelp')}</p>
          </div>
        ) : (
          <EmbedCode embedHref={embedHref} />
        )}
      </Tabs>
    </dialog>
  );
}
