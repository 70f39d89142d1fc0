/**
 * The side panel's content: the selected site or partnership (its details come
 * from the data worker), or with nothing selected the overview with the summary
 * charts; above it, a notice about a link that could not be followed.
 */
import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnershipDetails, SiteDetails, SiteLite } from '../data/engine';
import { OverviewPanel } from '../features/overview/OverviewPanel';

import { useAnnounce } from '../ui/Announcer';
import { localPlain, useLocalText } from '../ui/localText';
import { useNotice } from '../ui/notices';
import type { useOpenRecord } from './useOpenRecord';

// A record's panel loads with the first record opened, not with the page.
const FacilityPanel = lazy(() => import('../features/sites/FacilityPanel').then((m) => ({ default: m.FacilityPanel })));
const PartnershipPanel = lazy(() => import('../features/partnerships/PartnershipPanel').then((m) => ({ default: m.PartnershipPanel })));

interface RecordPanelProps {
  /** Nothing is shown until the sites are loaded. */
  loaded: boolean;
  site?: SiteDetails;
  partnership?: PartnershipDetails;
  /** A record is selected but its details are on their way. */
  pending: boolean;
  groups: { site: SiteLite; members: number }[];
  /** How many clusters and zones there are in all (the overview lists the largest). */
  groupsTotal: number;
  open: ReturnType<typeof useOpenRecord>;
  /** The summary charts for the overview. */
  summary: ReactNode;
}

export function RecordPanel({ loaded, site, partnership, pending, groups, groupsTotal, open, summary }: RecordPanelProps) {
  const linkNotice = useNotice('link');
  useAnnounceRecord(site, partnership);
  if (!loaded) return null;
  return (
    <Suspense fallback={null}>
      {linkNotice && !site && !partnership && (
        <p className="link-notice" role="status">
          {linkNotice.message}
        </p>
      )}
      {site ? (
        <FacilityPanel
          site={site.site}
          parent={site.parent}
          members={site.members}
          partnerships={site.partnerships}
          onOpenSite={open.openSite}
          onOpenPartnership={open.openPartnership}
          onShowOnMap={open.showSite}
          onClose={open.close}
        />
      ) : partnership ? (
        <PartnershipPanel
          partnership={partnership.partnership}
          parties={partnership.parties}
          onOpenSite={open.openSite}
          onClose={open.close}
        />
      ) : pending ? null : (
        <OverviewPanel groups={groups} total={groupsTotal} onOpenSite={open.openSite} summary={summary} />
      )}
    </Suspense>
  );
}

/** Says "Opened: <name>" in the live region when another record is shown, and "Details closed" when none is. */
function useAnnounceRecord(site: SiteDetails | undefined, partnership: PartnershipDetails | undefined) {
  const { t } = useTranslation();
  const { local } = useLocalText();
  const announce = useAnnounce();
  const name = site ? localPlain(local(site.site, 'name')) : partnership ? localPlain(local(partnership.partnership, 'title')) : undefined;
  const previous = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (name === previous.current) return;
    if (name) announce(t('a11y.announce.opened', { name }));
    else if (previous.current) announce(t('a11y.announce.closed'));
    previous.current = name;
  }, [name, announce, t]);
}
