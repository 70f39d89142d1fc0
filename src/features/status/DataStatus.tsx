/**
 * The data's health in the title bar: loading, record counts, skipped records
 * (with details on demand), and load errors with a Retry button.
 */
import { useTranslation } from 'react-i18next';
import type { SkippedRecord } from '../../api/parse';
import type { ProgressState } from '../../api/progress';
import type { LoadProgress } from '../../api/sources/DataSource';
import './status.css';

interface QueryState {
  isPending: boolean;
  isFetching: boolean;
  /** Failed attempts so far (TanStack Query retries with backoff before giving up). */
  failureCount: number;
  error: Error | null;
  refetch: () => unknown;
}

interface DataStatusProps {
  source: string;
  sites: QueryState;
  partnerships: QueryState;
  siteCount: number;
  partnershipCount: number;
  skipped: SkippedRecord[];
  /** How far each collection has loaded, while it loads. */
  progress?: ProgressState;
}

/** "12.4 MB of 232 MB", "page 3 · 1,400 features", or nothing before the first bytes. */
function describeProgress(p: LoadProgress | undefined, t: ReturnType<typeof useTranslation>['t'], locale: string): string | undefined {
  if (!p) return undefined;
  const mb = (bytes: number) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: bytes < 10e6 ? 1 : 0 }).format(bytes / 1e6);
  if (p.pages > 0) return t('data.progressPages', { pages: p.pages, count: p.features });
  if (p.bytes > 0) return p.totalBytes ? t('data.progressBytesOf', { loaded: mb(p.bytes), total: mb(p.totalBytes) }) : t('data.progressBytes', { loaded: mb(p.bytes) });
  return undefined;
}

export function DataStatus({ source, sites, partnerships, siteCount, partnershipCount, skipped, progress }: DataStatusProps) {
  const { t, i18n } = useTranslation();
  const failures = [
    { key: 'sites', query: sites, message: t('data.sitesError', { source }) },
    { key: 'partnerships', query: partnerships, message: t('data.partnershipsError', { source }) },
  ].filter(({ query }) => query.error);
  const detail = describeProgress(progress?.sites, t, i18n.language) ?? describeProgress(progress?.partnerships, t, i18n.language);
  const loading = sites.isPending || partnerships.isPending;
  const retrying = [sites, partnerships].some((q) => q.isFetching && q.failureCount > 0 && !q.error);
  return (
    <div className="data-status" role="status" aria-live="polite">
      {loading && !sites.error && !partnerships.error && (
        <span className="spinner-text">
          {retrying ? t('data.retrying') : t('data.loading')}
          {detail && <span className="progress-detail"> {detail}</span>}
        </span>
      )}
      {!sites.isPending && (
        <span className="counts">
          {partnerships.isPending && !partnerships.error
            ? t('data.sitesOnly', { sites: siteCount })
            : t('data.counts', { sites: siteCount, partnerships: partnershipCount })}
        </span>
      )}
      {skipped.length > 0 && (
        <details className="skipped">
          <summary>{t('data.skipped', { count: skipped.length })}</summary>
          <ul>
            {skipped.slice(0, 200).map((s) => (
              <li key={`${s.collection}-${s.index}`}>
                {t('data.skippedRow', { collection: s.collection, index: String(s.index), id: s.id ?? '—', reason: s.reason })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {/* Below the bar, not in it: two explained failures with their Retry would not fit a title bar's line. */}
      {failures.length > 0 && (
        <div className="load-errors">
          {failures.map(({ key, query, message }) => (
            <div key={key} className="load-error" role="alert">
              <span>
                {message} {t('data.errorDetail', { message: query.error?.message ?? '' })}
              </span>
              <button type="button" onClick={() => query.refetch()} disabled={query.isFetching}>
                {t('app.retry')}
              </button>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
