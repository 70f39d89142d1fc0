/** Loads config.json, then starts the atlas with the data source it names; a bad config is explained, not a blank page. */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isRetryable } from '../api/http';
import { configQueryOptions } from '../api/queries';
import { AtlasRuntimeProvider } from '../data/runtime';
import { AnnouncerProvider } from '../ui/Announcer';
import { CrashSwitch } from '../ui/CrashSwitch';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { UrlHistoryProvider } from '../state/urlState';
import { NoticeProvider } from '../ui/notices';
import { GlobalErrorBanner, useGlobalErrorReporting } from './GlobalErrors';
import './app.css';
import { App } from './App';
import { useLayoutMode } from './useLayoutMode';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 3 && isRetryable(error),
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 15_000),
        refetchOnWindowFocus: false,
      },
    },
  });
}

function ConfiguredApp() {
  const { t } = useTranslation();
  const config = useQuery(configQueryOptions());
  // In a portal's frame, history entries would join the portal's: its Back button must leave the page, not step through the atlas.
  const history = useLayoutMode().mode === 'embed' ? 'replace' : 'push';
  if (config.isPending) return <div className="fullscreen-message">{t('app.loadingConfig')}</div>;
  if (config.isError) {
    return (
      <div className="fullscreen-message" role="alert">
        <h1>{t('app.configErrorTitle')}</h1>
        <p>{t('app.configErrorHelp')}</p>
        <pre>{config.error.message}</pre>
        <button type="button" onClick={() => config.refetch()}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  return (
    <AtlasRuntimeProvider config={config.data}>
      <UrlHistoryProvider value={history}>
        <CrashSwitch region="page" />
        <App />
      </UrlHistoryProvider>
    </AtlasRuntimeProvider>
  );
}

export function Root({ queryClient, children }: { queryClient?: QueryClient; children?: ReactNode }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ErrorBoundary region="page">
      <QueryClientProvider client={client}>
        <NuqsAdapter>
          <NoticeProvider>
            <AnnouncerProvider>
              <ErrorReporting />
              {children ?? <ConfiguredApp />}
            </AnnouncerProvider>
          </NoticeProvider>
        </NuqsAdapter>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}

function ErrorReporting() {
  useGlobalErrorReporting();
  return <GlobalErrorBanner />;
}
