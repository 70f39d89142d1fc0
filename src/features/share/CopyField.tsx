/**
 * A read-only text (a link, or embed code) with a button that copies it, and a
 * spoken and visible confirmation. Where the clipboard is refused, the text is
 * selected and the person is told to copy it by keyboard.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long the confirmation stays. */
const CONFIRMATION_MS = 4000;

interface CopyFieldProps {
  label: string;
  value: string;
  copyLabel: string;
  /** Several lines (a textarea) rather than one. */
  multiline?: boolean;
  /** Extra text read with the field. */
  description?: string;
}

export function CopyField({ label, value, copyLabel, multiline = false, description }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  // What happened to which text: a changed text has not been copied yet.
  const [result, setResult] = useState<{ outcome: 'copied' | 'failed'; value: string } | undefined>();
  const status = result?.value === value ? result.outcome : undefined;

  useEffect(() => {
    if (!result) return;
    const timer = setTimeout(() => setResult(undefined), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [result]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setResult({ outcome: 'copied', value });
    } catch {
      field.current?.focus();
      field.current?.select();
      setResult({ outcome: 'failed', value });
    }
  };

  const common = {
    id,
    ref: field,
    readOnly: true,
    value,
    className: 'copy-field-text',
    spellCheck: false,
    'aria-describedby': description ? `${id}-description` : undefined,
    onFocus: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => event.currentTarget.select(),
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className={multiline ? 'copy-field-row copy-field-multiline' : 'copy-field-row'}>
        {multiline ? <textarea {...common} rows={5} /> : <input {...common} type="text" />}
        <button type="button" className="copy-button" onClick={() => void copy()}>
          {copyLabel}
        </button>
      </div>
      {description && (
        <p id={`${id}-description`} className="share-help">
          {description}
        </p>
      )}
      <p className={`copy-status ${status ?? ''}`} role="status">
        {status === 'copied' ? t('share.copied') : status === 'failed' ? t('share.copyFailed') : ''}
      </p>
    </div>
  );
}
