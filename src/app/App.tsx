/**
 * The atlas layout: title bar with data status, the map with its legend, and
 * the side panel (overview, facility or partnership). Composes the features;
 * they never import each other.
 */
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasData } from '../api/queries';
import { useAtlasRuntime } from '../api/runtime';
import type { Sector } from '../api/vocabulary';
import { DataStatus } from '../features/status/DataStatus';
import { FacilityPanel } from '../features/sites/FacilityPanel';
import { PartnershipPanel } from '../features/partnerships/PartnershipPanel';
import { OverviewPanel } from '../features/overview/OverviewPanel';
import { Legend } from '../map/Legend';
import type { MapFocus } from '../map/types';
import { SidePanel } from '../ui/SidePanel';
import { MapBoundary, hasWebGL } from './MapBoundary';
import { useSelection } from './useSelection';

const MapView = lazy(() => import('../map/MapView'));

export function App() {
  const { t } = useTranslation();
  const { config, source } = useAtlasRuntime();
  const { data, sitesQuery, partnershipsQuery } = useAtlasData();
  const selection = useSelection();
  const [focus, setFocus] = useState<MapFocus | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const webgl = useMemo(() => hasWebGL(), []);

  const focusOn = useCallback((kind: MapFocus['kind'], id: string) => setFocus((f) => ({ kind, id, nonce: (f?.nonce ?? 0) + 1 })), []);
  // Opening a record from a panel also moves the map to it.
  const openSite = useCallback(
    (id: string) => {
      selection.selectSite(id);
      focusOn('site', id);
    },
    [selection, focusOn],
  );
  const openPartnership = useCallback(
    (id: string) => {
      selection.selectPartnership(id);
      focusOn('partnership', id);
    },
    [selection, focusOn],
  );

  const sectorsInUse = useMemo(() => new Set<Sector>(data?.sites.map((s) => s.sectors[0]) ?? []), [data]);
  const site = selection.siteId ? data?.sitesById.get(selection.siteId) : undefined;
  const partnership = selection.partnershipId ? data?.partnershipsById.get(selection.partnershipId) : undefined;
  const missingId =
    data && !partnershipsQuery.isPending && ((selection.siteId && !site) || (selection.partnershipId && !partnership))
      ? (selection.siteId ?? selection.partnershipId)
      : undefined;

  let panel = null;
  if (data && site) {
    panel = (
      <FacilityPanel
        site={site}
        sites={data.sites}
        sitesById={data.sitesById}
        partnerships={data.partnerships}
        onOpenSite={openSite}
        onOpenPartnership={openPartnership}
        onShowOnMap={(id) => focusOn('site', id)}
        onClose={selection.clear}
      />
    );
  } else if (data && partnership) {
    panel = <PartnershipPanel partnership={partnership} sitesById={data.sitesById} onOpenSite={openSite} onClose={selection.clear} />;
  } else if (missingId) {
    panel = (
      <SidePanel recordKey={missingId} title={missingId} onClose={selection.clear}>
        <p>{t('panel.notFound', { id: missingId })}</p>
      </SidePanel>
    );
  } else if (data) {
    panel = <OverviewPanel sites={data.sites} partnerships={data.partnerships} onOpenSite={openSite} onOpenPartnership={openPartnership} />;
  }

  return (
    <div className="app">
      <a className="skip-link" href="#side-panel">
        {t('app.skipToPanel')}
      </a>
      <header className="topbar">
        <div className="brand">
          <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
            <circle cx="9" cy="20" r="5" fill="#44AA99" />
            <circle cx="23" cy="11" r="5" fill="#332288" />
            <path d="M9 20 Q14 6 23 11" fill="none" stroke="#D55E00" strokeWidth="2" />
          </svg>
          <div>
            <h1>{t('app.title')}</h1>
            <p className="tagline">{t('app.subtitle')}</p>
          </div>
        </div>
        <DataStatus
          source={source.describe}
          sites={sitesQuery}
          partnerships={partnershipsQuery}
          siteCount={data?.sites.length ?? 0}
          partnershipCount={data?.partnerships.length ?? 0}
          skipped={data?.skipped ?? []}
        />
      </header>
      <main className="workspace">
        <div className="map-column">
          <div className="map-area" role="region" aria-label={t('app.mapRegion')}>
            {!webgl ? (
              <div className="map-unavailable">{t('map.unavailable', { reason: t('map.noWebgl') })}</div>
            ) : (
              <MapBoundary fallback={(reason) => <div className="map-unavailable">{t('map.unavailable', { reason })}</div>}>
                <Suspense fallback={<div className="map-loading">{t('app.mapLoading')}</div>}>
                  {data && (
                    <MapView
                      sites={data.sites}
                      partnerships={data.partnerships}
                      sitesById={data.sitesById}
                      selectedSiteId={site?.id}
                      selectedPartnershipId={partnership?.id}
                      focus={focus}
                      basemap={config.basemap.style}
                      onSelectSite={selection.selectSite}
                      onSelectPartnership={selection.selectPartnership}
                      onNotice={setNotice}
                    />
                  )}
                </Suspense>
              </MapBoundary>
            )}
            {notice && (
              <div className="map-notice" role="status">
                {notice}
              </div>
            )}
          </div>
          <Legend sectorsInUse={sectorsInUse} />
        </div>
        <aside id="side-panel" className="sidebar" tabIndex={-1}>
          {panel}
        </aside>
      </main>
    </div>
  );
}
