/**
 * Errors outside rendering — thrown in an event handler, a timer, or a
 * rejected promise nobody awaited — reach the person too: the same kind of
 * message as the error boundaries, as a banner that does not replace the page.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorSummary } from '../ui/errorSummary';
import { useNotice, useNoticeStore } from '../ui/notices';

/** Browser noise that is not a failure of the atlas. */
function isNoise(error: unknown, message: string): boolean {
  if (error instanceof DOMException && error.name === 'AbortError') return true; // a request the app cancelled
  // Layout feedback the browser recovers from by itself, and errors of other origins' scripts (no detail to show).
  return /ResizeObserver loop|^Script error\.?$/.test(message);
}

export function useGlobalErrorReporting() {
  const notices = useNoticeStore();
  const { t } = useTranslation();
  useEffect(() => {
    const report = (error: unknown, fallbackMessage: string) => {
      const summary = error === undefined || error === null ? fallbackMessage : errorSummary(error);
      if (isNoise(error, summary)) return;
      notices.show('error', { message: t('errors.unexpected', { summary }) });
    };
    const onError = (event: ErrorEvent) => report(event.error, event.message);
    const onRejection = (event: PromiseRejectionEvent) => report(event.reason, 'a background task failed');
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, [notices, t]);
}

export function GlobalErrorBanner() {
  const { t } = useTranslation();
  const notices = useNoticeStore();
  const notice = useNotice('error');
  if (!notice) return null;
  return (
    <div className="global-error" role="alert">
      <span>{notice.message}</span>
      <button type="button" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
      <button type="button" onClick={() => notices.clear('error')}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
