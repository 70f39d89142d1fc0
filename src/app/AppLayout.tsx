/**
 * The page's frame, filled through slots: a title bar (brand, search, data
 * status), an explore column, the map column (toolbar, map, timeline) and the
 * side panel. Knows where things go, not what they are.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../ui/BrandMark';
import { SkipLinks } from './SkipLinks';
import './app.css';
import { Region } from './Region';

export interface AppLayoutProps {
  search: ReactNode;
  status: ReactNode;
  language: ReactNode;
  explore: ReactNode;
  toolbar: ReactNode;
  map: ReactNode;
  timeline: ReactNode;
  panel: ReactNode;
  /** Changes when another record is shown, giving a failed panel another chance. */
  panelKey?: string;
}

export function AppLayout({ search, status, language, explore, toolbar, map, timeline, panel, panelKey }: AppLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="app">
      <SkipLinks results="explore" panel="side-panel" />
      <header className="topbar">
        <Brand title={t('app.title')} subtitle={t('app.subtitle')} />
        {search}
        {status}
        {language}
      </header>
      <main className="workspace">
        <section id="explore" className="explore-column" aria-label={t('tabs.label')} tabIndex={-1}>
          <Region region="explore">{explore}</Region>
        </section>
        <div className="map-column">
          <div className="map-toolbar">{toolbar}</div>
          {map}
          <Region region="timeline">{timeline}</Region>
        </div>
        <aside id="side-panel" className="sidebar" tabIndex={-1}>
          <Region region="panel" resetKey={panelKey}>
            {panel}
          </Region>
        </aside>
      </main>
    </div>
  );
}

export function Brand({ title, subtitle }: { title: string; subtitle: string }) {
  return (
    <div className="brand">
      <BrandMark className="brand-mark" />
      <div>
        <h1>{title}</h1>
        <p className="tagline">{subtitle}</p>
      </div>
    </div>
  );
}
