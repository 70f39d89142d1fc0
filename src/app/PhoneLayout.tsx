/**
 * The page on a phone (and in a narrow portal column): a compact title bar
 * with the search, the map full-bleed under the filter chips, and a sheet over
 * the map that holds the selected record's panel or, with nothing selected,
 * the tabs — filters, sites, partnerships and the summary. The timeline folds
 * away behind a button. Filled from the same slots as the desktop layout.
 *
 * Opening a record (on the map, in a list, from a link) puts its panel in the
 * sheet at half height at once; closing it (the close button, Escape, Back)
 * brings back the tabs at the height they had.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BottomSheet, type SnapPoint } from '../ui/BottomSheet';
import { useMediaQuery } from '../ui/useMediaQuery';
import { Brand, type AppLayoutProps } from './AppLayout';
import { MAP_REGION_ID, SkipLinks } from './SkipLinks';
import { SIDE_SHEET_QUERY } from './useLayoutMode';
import './phoneLayout.css';
import { Region } from './Region';

/** The sheet's body: skip links and the panels' focus fallback land here. */
const SHEET_BODY_ID = 'side-panel';

/**
 * The sheet's height follows the selection: a record opening puts it at half (remembering where it
 * was), the record closing puts it back. Adjusted during render, so the panel never shows folded.
 */
function useSheetSnap(recordKey: string | undefined) {
  const [snap, setSnap] = useState<SnapPoint>(recordKey ? 'half' : 'peek');
  const [shownRecord, setShownRecord] = useState(recordKey);
  const [beforeRecord, setBeforeRecord] = useState<SnapPoint>('peek');
  if (shownRecord !== recordKey) {
    setShownRecord(recordKey);
    if (recordKey && !shownRecord) setBeforeRecord(snap);
    if (recordKey) setSnap('half');
    else setSnap(beforeRecord);
  }
  return [snap, setSnap] as const;
}

/**
 * Keyboard focus across opening and closing a record. The tabs are hidden under an open record, and
 * its panel loads a moment later: focus on a list row (or the map) would drop to the page's start in
 * between. So focus waits in the sheet until the panel takes it (SidePanel moves it to its heading),
 * and closing the record (close button, Escape, Back) returns it to where it was. Runs before the
 * panel's own effects, so they find focus already in place. A page opened on a shared link has no
 * focus yet, and keeps its natural start.
 */
function useRecordFocus(recordOpen: boolean, sheetBodyId: string) {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(recordOpen);
  useLayoutEffect(() => {
    if (wasOpen.current === recordOpen) return;
    wasOpen.current = recordOpen;
    const active =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    if (recordOpen) {
      if (!active) return;
      opener.current = active;
      if (active.closest('[hidden]')) document.getElementById(sheetBodyId)?.focus({ preventScroll: true });
      return;
    }
    const back = opener.current;
    opener.current = null;
    if (active?.isConnected) return;
    // What opened it may be gone (the map's chooser of stacked sites): then the map, where it came from.
    // (Not the sheet: focus arriving in a folded sheet would open it again.)
    (back?.isConnected ? back : document.getElementById(MAP_REGION_ID))?.focus({ preventScroll: true });
  }, [recordOpen, sheetBodyId]);
}

/** The record a link named when the page loaded (read before anything changes the address). */
const RECORD_PARAMS = ['site', 'partnership'];
const linkedAtLoad = RECORD_PARAMS.map((name) => new URLSearchParams(window.location.search).get(name)).join(',');
let landingSeen = false;

/**
 * Back closes a record opened from a shared link, as it closes one opened in the atlas: on a phone the
 * panel covers half the screen, and Back is how people dismiss it. So a page landing on `?site=…`
 * slips an entry without the record under the current one (same address otherwise). Once per page
 * load, and only while the address still names the record it was loaded with.
 */
function useBackClosesLinkedRecord() {
  useEffect(() => {
    if (landingSeen) return;
    landingSeen = true;
    // Reloaded: the entry under it is already there.
    if ((window.history.state as { atlasLinkedRecord?: boolean } | null)?.atlasLinkedRecord) return;
    const url = new URL(window.location.href);
    const linked = RECORD_PARAMS.map((name) => url.searchParams.get(name)).join(',');
    if (linked === ',' || linked !== linkedAtLoad) return;
    const withRecord = url.toString();
    for (const name of RECORD_PARAMS) url.searchParams.delete(name);
    window.history.replaceState(window.history.state, '', url);
    window.history.pushState({ ...(window.history.state as object | null), atlasLinkedRecord: true }, '', withRecord);
  }, []);
}

export function PhoneLayout({ search, status, language, explore, toolbar, map, timeline, panel, panelKey }: AppLayoutProps) {
  const { t } = useTranslation();
  const [snap, setSnap] = useSheetSnap(panelKey);
  const [timelineOpen, setTimelineOpen] = useState(false);
  const placement = useMediaQuery(SIDE_SHEET_QUERY) ? 'side' : 'bottom';
  const recordOpen = panelKey !== undefined;
  useRecordFocus(recordOpen, SHEET_BODY_ID);
  useBackClosesLinkedRecord();
  // A full sheet covers the map: what is under it must not take focus (2.4.11).
  const mapCovered = placement === 'bottom' && snap === 'full';
  return (
    <div className="phone-app">
      <SkipLinks results={SHEET_BODY_ID} />
      <header className="phone-topbar">
        <div className="phone-topbar-row">
          <Brand title={t('app.title')} subtitle={t('app.subtitle')} />
          {language}
        </div>
        {search}
        {status}
      </header>
      <main className="phone-main" data-sheet={placement} data-snap={snap}>
        <div className="phone-stage" inert={mapCovered}>
          <div className="phone-toolbar">
            {toolbar}
            <button
              type="button"
              className="toolbar-button phone-timeline-toggle"
              aria-expanded={timelineOpen}
              aria-controls="phone-timeline"
              onClick={() => setTimelineOpen(!timelineOpen)}
            >
              <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                <path d="M2 13h12M4 13V8M7 13V4M10 13V9M13 13V6" fill="none" stroke="currentColor" strokeWidth="1.8" />
              </svg>
              {t('phone.showTimeline')}
            </button>
          </div>
          <div id="phone-timeline" className="phone-timeline" hidden={!timelineOpen}>
            {timelineOpen && <Region region="timeline">{timeline}</Region>}
          </div>
          <div className="phone-map">{map}</div>
        </div>
        <BottomSheet snap={snap} onSnapChange={setSnap} label={t('a11y.sheet.label')} placement={placement} bodyId={SHEET_BODY_ID}>
          {/* The tabs stay mounted under an open record, so closing it returns to the same tab, row and focus. */}
          <div className="phone-explore" hidden={recordOpen}>
            <Region region="explore">{explore}</Region>
          </div>
          {recordOpen && (
            <div className="phone-record">
              <Region region="panel" resetKey={panelKey}>
                {panel}
              </Region>
            </div>
          )}
        </BottomSheet>
      </main>
    </div>
  );
}
