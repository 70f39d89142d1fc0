/**
 * The share dialog: the native <dialog>, whose showModal() makes the rest of the page inert, so focus
 * stays inside; a link to the current view and, on the Embed tab, the code to embed it in a portal with
 * a live preview. Loaded when Share is first pressed.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmbedOptions } from '../../state/shareLinks';
import { Tabs } from '../../ui/Tabs';
import { CopyField } from './CopyField';
import { EmbedCode } from './EmbedCode';

type ShareTab = 'link' | 'embed';

export default function ShareDialog({
  link,
  embedHref,
  onClose,
}: {
  link: string;
  embedHref: (options: EmbedOptions) => string;
  onClose: () => void;
}) {
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
