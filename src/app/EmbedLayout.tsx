/**
 * The atlas inside a portal's frame (`?embed=1`), from 320×240 to full width:
 * a one-line header (title, the Explore drawer when the portal chose parts for
 * it, downloads, "Open full map"), a row with search and the active filters
 * when there are any, the map filling the rest, the selected record as a card
 * (a bottom sheet on small frames), and the timeline under the map when chosen.
 * Like AppLayout it knows where things go, not what they are.
 *
 * It also measures the height its content needs at the frame's width (header,
 * timeline, and the map at its natural proportions), which a host page can size
 * the frame to (the `resize` message).
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiPart } from '../state/urlState';
import { BrandMark } from '../ui/BrandMark';
import { LiveLink } from '../ui/LiveLink';
import type { ExploreTab } from './ExploreTabs';
import './embed.css';
import { Region } from './Region';

/** The id of the element the map's full-screen button takes full screen: the whole embed, card and header included. */
export const EMBED_ROOT_ID = 'atlas-embed';

/** The map's natural height for a frame width: 10:16, within these bounds (CSS pixels). */
export const MAP_ASPECT = 10 / 16;
export const MAP_MIN_HEIGHT = 200;
export const MAP_MAX_HEIGHT = 720;
export const naturalMapHeight = (width: number) => Math.round(Math.min(MAP_MAX_HEIGHT, Math.max(MAP_MIN_HEIGHT, width * MAP_ASPECT)));

/** The drawer's tabs for the parts a portal chose: filters, the lists (sites and partnerships), the summary. */
export function drawerTabsFor(parts: ReadonlySet<UiPart>): ExploreTab[] {
  const tabs: ExploreTab[] = [];
  if (parts.has('filters')) tabs.push('filters');
  if (parts.has('list')) tabs.push('sites', 'partnerships');
  if (parts.has('summary')) tabs.push('summary');
  return tabs;
}

/** How to move the map without it capturing the host page's scrolling, for screen readers (MapLibre's overlay is hidden from them). */
export function useGestureHint(): string {
  const { t } = useTranslation();
  // MapLibre's own test for the ⌘ key.
  const mac = typeof navigator !== 'undefined' && navigator.platform.startsWith('Mac');
  return mac ? t('embed.gesturesMac') : t('embed.gesturesWindows');
}

interface EmbedLayoutProps {
  /** The search box, when the portal chose it. */
  search?: ReactNode;
  /** The active filters as chips with the match count; shown when `filtersActive`. */
  chips: ReactNode;
  filtersActive: boolean;
  /** Downloads, when the portal chose them. */
  actions?: ReactNode;
  /** The drawer's content (filters, lists, summary), when the portal chose any. */
  explore?: ReactNode;
  map: ReactNode;
  timeline?: ReactNode;
  /** The selected record's card. */
  card?: ReactNode;
  /** Changes when another record is shown, giving a failed card another chance. */
  cardKey?: string;
  /** The same view in the full atlas (read when the link is followed). */
  fullMapHref: () => string;
  /** The height the content needs at the current width, whenever it changes. */
  onNeededHeight?: (height: number) => void;
}

export function EmbedLayout(props: EmbedLayoutProps) {
  const { search, chips, filtersActive, actions, explore, map, timeline, card, cardKey, fullMapHref, onNeededHeight } = props;
  const { t } = useTranslation();
  const drawerId = useId();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const exploreButton = useRef<HTMLButtonElement>(null);
  const drawerHeading = useRef<HTMLHeadingElement>(null);

  const closeDrawer = useCallback(() => {
    setDrawerOpen(false);
    exploreButton.current?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    if (drawerOpen) drawerHeading.current?.focus({ preventScroll: true });
  }, [drawerOpen]);

  const [setRoot, setHeader, setTimeline] = useNeededHeight(onNeededHeight);

  return (
    <div className="embed" id={EMBED_ROOT_ID} ref={setRoot}>
      <header className="embed-header" ref={setHeader}>
        <div className="embed-titlebar">
          <BrandMark className="embed-mark" />
          <h1 className="embed-title">{t('app.title')}</h1>
          {explore && (
            <button
              ref={exploreButton}
              type="button"
              className="embed-button"
              aria-expanded={drawerOpen}
              aria-controls={drawerId}
              onClick={() => (drawerOpen ? closeDrawer() : setDrawerOpen(true))}
            >
              <svg viewBox="0 0 16 16" aria-hidden="true" className="embed-button-icon">
                <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
              </svg>
              <span className="embed-button-text">{t('embed.explore')}</span>
            </button>
          )}
          {actions}
          <LiveLink className="embed-full-map" href={fullMapHref}>
            {t('embed.openFullMap')}
          </LiveLink>
        </div>
        {(search || filtersActive) && (
          <div className="embed-toolbar">
            {search}
            {filtersActive && chips}
          </div>
        )}
      </header>
      <main className="embed-body">
        {map}
        {explore && drawerOpen && (
          <section
            id={drawerId}
            className="embed-drawer"
            aria-labelledby={`${drawerId}-heading`}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && !event.defaultPrevented) {
                event.preventDefault();
                closeDrawer();
              }
            }}
          >
            <div className="embed-drawer-header">
              <h2 id={`${drawerId}-heading`} ref={drawerHeading} tabIndex={-1}>
                {t('embed.exploreLabel')}
              </h2>
              <button
                type="button"
                className="icon-button"
                onClick={closeDrawer}
                aria-label={t('embed.closeExplore')}
                title={t('embed.closeExplore')}
              >
                <span aria-hidden="true">×</span>
              </button>
            </div>
            <div className="embed-drawer-body">
              <Region region="explore">{explore}</Region>
            </div>
          </section>
        )}
        {card && (
          <div className="embed-card">
            <Region region="panel" resetKey={cardKey}>
              {card}
            </Region>
          </div>
        )}
      </main>
      {timeline && (
        <div className="embed-timeline" ref={setTimeline}>
          <Region region="timeline">{timeline}</Region>
        </div>
      )}
    </div>
  );
}

/**
 * Watches the frame's width and the header's and timeline's heights (they change
 * as chips wrap; the timeline keeps its place from the start) and reports what the whole needs.
 * It returns the three elements' callback refs.
 */
function useNeededHeight(onNeededHeight: ((height: number) => void) | undefined) {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const [header, setHeader] = useState<HTMLElement | null>(null);
  const [timeline, setTimeline] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (!root || !onNeededHeight) return;
    const measure = () => onNeededHeight((header?.offsetHeight ?? 0) + (timeline?.offsetHeight ?? 0) + naturalMapHeight(root.clientWidth));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    for (const element of [root, header, timeline]) if (element) observer.observe(element);
    return () => observer.disconnect();
  }, [root, header, timeline, onNeededHeight]);
  return [setRoot, setHeader, setTimeline] as const;
}
