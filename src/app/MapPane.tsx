/**
 * The map's place on the page: the map itself once its chunk has loaded, or a
 * message saying why there is none (no WebGL, a crash in the map); notices
 * about the map; the legend over it.
 */
import { Suspense, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CrashSwitch } from '../ui/CrashSwitch';
import { ErrorBoundary, RecoveryActions } from '../ui/ErrorBoundary';
import { useNotice } from '../ui/notices';
import { MAP_REGION_ID } from './SkipLinks';

/**
 * Whether the browser has WebGL at all. Not a test context: creating one costs as much as the map's own (170 ms
 * of the first second in software rendering); a browser that has WebGL but cannot give the map a context (a
 * blocklisted GPU) is told apart by the map itself, which then says so through this pane's error boundary.
 */
const hasWebGL = () => typeof WebGL2RenderingContext !== 'undefined' || typeof WebGLRenderingContext !== 'undefined';

interface MapPaneProps {
  busy: boolean;
  dataCurrent: boolean;
  legend: ReactNode;
  children: ReactNode;
  /** Read to screen readers with the map's name (e.g. how to zoom a map inside a host page). */
  description?: string;
}

export function MapPane({ busy, dataCurrent, legend, children, description }: MapPaneProps) {
  const { t } = useTranslation();
  const webgl = hasWebGL();
  const notice = useNotice('map');
  const descriptionId = useId();
  return (
    // data-map-data: whether the map has been given the data for the current filters (tests and benchmarks wait on it).
    <div
      id={MAP_REGION_ID}
      className="map-area"
      tabIndex={-1}
      role="region"
      aria-label={t('app.mapRegion')}
      aria-describedby={description ? descriptionId : undefined}
      aria-busy={busy}
      data-map-data={dataCurrent ? 'current' : 'pending'}
    >
      {description && (
        <p id={descriptionId} className="visually-hidden">
          {description}
        </p>
      )}
      {!webgl ? (
        <div className="map-unavailable">{t('map.unavailable', { reason: t('map.noWebgl') })}</div>
      ) : (
        // A crash in the map (or its chunk failing to load) leaves the lists and panels working.
        <ErrorBoundary
          region="map"
          fallback={(reason, { tryAgain, codeNotLoaded }) => (
            <div className="map-unavailable" role="alert">
              <p>{t('map.unavailable', { reason: codeNotLoaded ? t('map.codeNotLoaded') : reason })}</p>
              <RecoveryActions tryAgain={tryAgain} />
            </div>
          )}
        >
          <CrashSwitch region="map" />
          <Suspense fallback={<div className="map-loading">{t('app.mapLoading')}</div>}>{children}</Suspense>
        </ErrorBoundary>
      )}
      {notice && (
        <div className="map-notice" role="status">
          {notice.message}
          {notice.detail && <span className="notice-detail"> ({notice.detail})</span>}
        </div>
      )}
      {legend}
    </div>
  );
}
