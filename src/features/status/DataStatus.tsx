/**
 * The data's health in the title bar: loading, record counts, skipped records
 * (with details on demand), and load errors with a Retry button.
 */
import { useTranslation } from 'react-i18next';
import type { SkippedRecord } from '../../api/parse';

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
}

export function DataStatus({ source, sites, partnerships, siteCount, partnershipCount, skipped }: DataStatusProps) {
  const { t } = useTranslation();
  const loading = sites.isPending || partnerships.isPending;
  const retrying = [sites, partnerships].some((q) => q.isFetching && q.failureCount > 0 && !q.error);
  return (
    <div className="data-status" role="status" aria-live="polite">
      {loading && !sites.error && !partnerships.error && (
        <span className="spinner-text">{retrying ? t('data.retrying') : t('data.loading')}</span>
      )}
      {!sites.isPending && (
        <span className="counts">{t('data.counts', { sites: String(siteCount), partnerships: String(partnershipCount) })}</span>
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
      {[
        { key: 'sites', query: sites, message: t('data.sitesError', { source }) },
        { key: 'partnerships', query: partnerships, message: t('data.partnershipsError', { source }) },
      ]
        .filter(({ query }) => query.error)
        .map(({ key, query, message }) => (
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
  );
}
