/**
 * The side panel's content: the selected site or partnership (its details come
 * from the data worker), or with nothing selected the overview with the summary
 * charts; above it, a notice about a link that could not be followed.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import type { PartnershipDetails, SiteDetails, SiteLite } from '../data/engine';
import { OverviewPanel } from '../features/overview/OverviewPanel';

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
