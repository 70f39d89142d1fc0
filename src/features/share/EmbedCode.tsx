/**
 * The Embed tab: the frame's size (responsive or fixed width, a height), the
 * parts shown around the map (`ui=`), whether to keep the current map view and
 * to fit the frame to its content; the <iframe> code for those choices, and a
 * live preview of the embed at that size (scaled down to fit the dialog).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmbedOptions } from '../../state/shareLinks';
import { DEFAULT_UI_PARTS, UI_PARTS, type UiPart } from '../../state/urlState';
import { useElementWidth } from '../../ui/useElementSize';
import { CopyField } from './CopyField';
import { buildSnippet, MAX_HEIGHT, MAX_WIDTH, MIN_HEIGHT, MIN_WIDTH } from './snippet';

/** The preview waits for choices to settle (typing a width) before loading the embed again. */
const PREVIEW_DELAY_MS = 500;
const DEFAULT_WIDTH = 640;
const DEFAULT_HEIGHT = 420;

/** The host helper script, served beside the atlas. */
const helperSrc = () => new URL('embed/atlas-embed.js', document.baseURI).toString();

export function EmbedCode({ embedHref }: { embedHref: (options: EmbedOptions) => string }) {
  const { t } = useTranslation();
  const id = useId();
  const [widthMode, setWidthMode] = useState<'responsive' | 'fixed'>('responsive');
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  const [height, setHeight] = useState(DEFAULT_HEIGHT);
  const [parts, setParts] = useState<readonly UiPart[]>(DEFAULT_UI_PARTS);
  const [keepView, setKeepView] = useState(false);
  const [autoResize, setAutoResize] = useState(false);

  const src = embedHref({ ui: parts, keepView });
  const snippet = buildSnippet({
    src,
    title: t('share.frameTitle'),
    width: widthMode === 'responsive' ? 'responsive' : width,
    height,
    autoResize,
    helperSrc: helperSrc(),
  });
  const togglePart = (part: UiPart, on: boolean) => setParts((current) => UI_PARTS.filter((p) => (p === part ? on : current.includes(p))));

  return (
    <div className="share-body share-embed">
      <form className="share-options" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t('share.width')}</legend>
          <label className="share-choice">
            <input type="radio" name={`${id}-width`} checked={widthMode === 'responsive'} onChange={() => setWidthMode('responsive')} />
            {t('share.widthResponsive')}
          </label>
          <label className="share-choice">
            <input type="radio" name={`${id}-width`} checked={widthMode === 'fixed'} onChange={() => setWidthMode('fixed')} />
            {t('share.widthFixed')}
          </label>
          <NumberField label={t('share.widthPx')} value={width} min={MIN_WIDTH} max={MAX_WIDTH} disabled={widthMode !== 'fixed'} onChange={setWidth} />
        </fieldset>
        <NumberField label={t('share.heightPx')} value={height} min={MIN_HEIGHT} max={MAX_HEIGHT} onChange={setHeight} />
        <fieldset>
          <legend>{t('share.parts')}</legend>
          {UI_PARTS.map((part) => (
            <label key={part} className="share-choice">
              <input type="checkbox" checked={parts.includes(part)} onChange={(event) => togglePart(part, event.target.checked)} />
              {t(`share.part.${part}`)}
            </label>
          ))}
        </fieldset>
        <label className="share-choice">
          <input type="checkbox" checked={keepView} onChange={(event) => setKeepView(event.target.checked)} />
          {t('share.keepView')}
        </label>
        <label className="share-choice">
          <input type="checkbox" checked={autoResize} onChange={(event) => setAutoResize(event.target.checked)} />
          {t('share.autoResize')}
        </label>
      </form>
      <div className="share-output">
        <CopyField label={t('share.code')} value={snippet} copyLabel={t('share.copyCode')} multiline description={t('share.codeHelp')} />
        <Preview src={src} width={widthMode === 'responsive' ? undefined : width} height={height} />
      </div>
    </div>
  );
}

/** A whole-number input that keeps what is being typed and reports values within bounds. */
function NumberField({ label, value, min, max, disabled, onChange }: { label: string; value: number; min: number; max: number; disabled?: boolean; onChange: (value: number) => void }) {
  const [text, setText] = useState(String(value));
  return (
    <label className="share-number">
      {label}
      <input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={10}
        value={text}
        disabled={disabled}
        onChange={(event) => {
          setText(event.target.value);
          const next = Number(event.target.value);
          if (event.target.value !== '' && Number.isFinite(next)) onChange(Math.min(max, Math.max(min, Math.round(next))));
        }}
        onBlur={() => setText(String(value))}
      />
    </label>
  );
}

/** The embed as a portal would show it: at its width (the dialog's, when responsive), scaled down when wider than the dialog. */
function Preview({ src, width, height }: { src: string; width?: number; height: number }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(src);
  useEffect(() => {
    if (src === shown) return;
    const timer = setTimeout(() => setShown(src), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [src, shown]);
  const [box, available] = useElementWidth<HTMLDivElement>();
  const frameWidth = width ?? available;
  const scale = frameWidth > 0 && available > 0 ? Math.min(1, available / frameWidth) : 1;
  const frame = useRef<HTMLIFrameElement>(null);
  return (
    <figure className="share-preview">
      <figcaption>{scale < 1 ? t('share.previewScaled', { percent: Math.round(scale * 100) }) : t('share.preview')}</figcaption>
      <div ref={box} className="share-preview-box" style={{ height: Math.round(height * scale) }}>
        {frameWidth > 0 && (
          <iframe
            ref={frame}
            src={shown}
            title={t('share.frameTitle')}
            width={frameWidth}
            height={height}
            style={{ transform: scale < 1 ? `scale(${scale})` : undefined }}
            referrerPolicy="strict-origin-when-cross-origin"
          />
        )}
      </div>
    </figure>
  );
}
