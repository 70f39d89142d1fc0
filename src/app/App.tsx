/**
 * The composition root: which parts appear where. Read it as a table of contents:
 *
 * - what the parts share, and the hooks that connect them (data, the URL as state, opening a record,
 *   moving the map, the language, a host page's messages): useAtlasState
 * - the parts themselves (search, chips, export, share, explore tabs, map, timeline, panels): AtlasParts
 * - where they go: useLayoutMode picks the full dashboard (AppLayout), the phone layout (PhoneLayout:
 *   the map and a bottom sheet) or a portal's frame (EmbedLayout, with the parts the portal chose)
 */
import { activeFilterCount } from '../state/urlState';
import { fullMapHref } from '../state/shareLinks';
import {
  AtlasChips,
  AtlasExplore,
  AtlasExport,
  AtlasLanguage,
  AtlasMap,
  AtlasRecordCard,
  AtlasRecordPanel,
  AtlasSearch,
  AtlasShare,
  AtlasStatus,
  AtlasTimeline,
} from './AtlasParts';
import { AppLayout } from './AppLayout';
import { drawerTabsFor, EmbedLayout } from './EmbedLayout';
import type { ExploreTab } from './ExploreTabs';
import { PhoneLayout } from './PhoneLayout';
import { useAtlasState } from './useAtlasState';

/** A phone has no side panel for the summary when nothing is open: it is a fourth tab. */
const PHONE_TABS: readonly ExploreTab[] = ['filters', 'sites', 'partnerships', 'summary'];

export function App() {
  const atlas = useAtlasState();
  const { layout, selection, details } = atlas;
  const recordKey = selection.siteId ?? selection.partnershipId;

  if (layout.mode === 'embed') {
    const drawerTabs = drawerTabsFor(layout.parts);
    return (
      <EmbedLayout
        search={layout.parts.has('search') && <AtlasSearch atlas={atlas} />}
        chips={<AtlasChips atlas={atlas} />}
        filtersActive={activeFilterCount(atlas.filters) > 0}
        actions={layout.parts.has('export') && <AtlasExport atlas={atlas} />}
        explore={drawerTabs.length > 0 && <AtlasExplore atlas={atlas} tabs={drawerTabs} />}
        map={<AtlasMap atlas={atlas} />}
        // Its place is kept while it loads (AtlasTimeline), so the frame's map and height are final from the first paint.
        timeline={layout.parts.has('timeline') && !atlas.timeline.isError && <AtlasTimeline atlas={atlas} />}
        card={(details.site || details.partnership) && <AtlasRecordCard atlas={atlas} />}
        cardKey={recordKey}
        fullMapHref={() => fullMapHref(window.location.href, atlas.mapCamera)}
        onNeededHeight={atlas.embedApi.reportHeight}
      />
    );
  }

  const Layout = layout.mode === 'phone' ? PhoneLayout : AppLayout;
  return (
    <Layout
      search={<AtlasSearch atlas={atlas} />}
      language={<AtlasLanguage atlas={atlas} />}
      status={<AtlasStatus atlas={atlas} />}
      explore={<AtlasExplore atlas={atlas} tabs={layout.mode === 'phone' ? PHONE_TABS : undefined} />}
      toolbar={
        <>
          <AtlasChips atlas={atlas} />
          <AtlasExport atlas={atlas} />
          <AtlasShare atlas={atlas} />
        </>
      }
      map={<AtlasMap atlas={atlas} />}
      timeline={<AtlasTimeline atlas={atlas} />}
      panelKey={recordKey}
      panel={<AtlasRecordPanel atlas={atlas} />}
    />
  );
}
