/**
 * Never a blank page: a render error in a region of the atlas (the map, the
 * side panel, the explore column, or the whole page) is caught here and shown
 * as a translated message with the error's summary and a Reload button; the
 * other regions keep working. `resetKey` gives the region another chance when
 * what it shows changes (another record opened).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorSummary, isCodeLoadError } from './errorSummary';
import { retryFailedLoads } from './preloadable';
import './ui.css';

export type ErrorRegion = 'page' | 'map' | 'panel' | 'explore' | 'timeline';

interface Props {
  region: ErrorRegion;
  children: ReactNode;
  resetKey?: unknown;
  /** Replaces the standard message (the map explains itself in its own words). */
  fallback?: (summary: string, recovery: Recovery) => ReactNode;
}

/** What a region's own fallback may offer: another try, and whether the region's code could not be downloaded. */
export interface Recovery {
  tryAgain: () => void;
  codeNotLoaded: boolean;
}

interface State {
  error: unknown;
  failed: boolean;
  resetKey: unknown;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey === state.resetKey) return null;
    return { resetKey: props.resetKey, failed: false, error: null };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept in the console for whoever debugs the portal; the person sees the summary.
    console.error(`The atlas's ${this.props.region} failed to render:`, error, info.componentStack);
    // Its failure now shown, code that failed to download is asked for again when the region is next rendered.
    retryFailedLoads();
  }

  /** Renders the region anew, code that failed to load included (a lost connection may be back). */
  tryAgain = () => this.setState({ failed: false, error: null });

  render() {
    if (!this.state.failed) return this.props.children;
    const summary = errorSummary(this.state.error);
    const recovery = { tryAgain: this.tryAgain, codeNotLoaded: isCodeLoadError(this.state.error) };
    if (this.props.fallback) return this.props.fallback(summary, recovery);
    return <ErrorMessage region={this.props.region} summary={summary} recovery={recovery} />;
  }
}

function ErrorMessage({ region, summary, recovery }: { region: ErrorRegion; summary: string; recovery: Recovery }) {
  const { t } = useTranslation();
  if (region === 'page') {
    return (
      <div className="fullscreen-message" role="alert">
        <h1>{t('errors.pageTitle')}</h1>
        <p>{t('errors.pageHelp')}</p>
        <pre>{summary}</pre>
        <button type="button" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>
      </div>
    );
  }
  return (
    <div className="region-error" role="alert">
      <p className="region-error-title">{t(`errors.regionTitle.${region}`)}</p>
      <p>{t('errors.regionHelp')}</p>
      {/* Code that could not be downloaded is said in words; its address is in the console. */}
      {recovery.codeNotLoaded ? <p>{t('errors.codeNotLoaded')}</p> : <p className="region-error-summary">{summary}</p>}
      <RecoveryActions tryAgain={recovery.tryAgain} />
    </div>
  );
}

/** A failed region's two ways out: render it again (code that failed to load included), or reload the page. */
export function RecoveryActions({ tryAgain }: { tryAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="region-error-actions">
      <button type="button" onClick={tryAgain}>
        {t('errors.tryAgain')}
      </button>
      <button type="button" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </div>
  );
}
