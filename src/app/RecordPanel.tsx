/**
 * The side panel's content: the selected site or partnership, or with nothing
 * selected the overview with the summary charts; above it, a notice about a
 * link that could not be followed.
 */
import type { ReactNode } from 'react';
import type { AtlasData } from '../api/queries';
import { OverviewPanel } from '../features/overview/OverviewPanel';
import { PartnershipPanel } from '../features/partnerships/PartnershipPanel';
import { FacilityPanel } from '../features/sites/FacilityPanel';
import { useNotice } from '../ui/notices';
import type { useOpenRecord } from './useOpenRecord';

interface RecordPanelProps {
  data: AtlasData | undefined;
  siteId?: string;
  partnershipId?: string;
  open: ReturnType<typeof useOpenRecord>;
  /** The summary charts for the overview. */
  summary: ReactNode;
}

export function RecordPanel({ data, siteId, partnershipId, open, summary }: RecordPanelProps) {
  const linkNotice = useNotice('link');
  const site = siteId ? data?.sitesById.get(siteId) : undefined;
  const partnership = partnershipId ? data?.partnershipsById.get(partnershipId) : undefined;
  return (
    <>
      {linkNotice && !site && !partnership && (
        <p className="link-notice" role="status">
          {linkNotice.message}
        </p>
      )}
      {data && site ? (
        <FacilityPanel
          site={site}
          sites={data.sites}
          sitesById={data.sitesById}
          partnerships={data.partnerships}
          onOpenSite={open.openSite}
          onOpenPartnership={open.openPartnership}
          onShowOnMap={open.showSite}
          onClose={open.close}
        />
      ) : data && partnership ? (
        <PartnershipPanel partnership={partnership} sitesById={data.sitesById} onOpenSite={open.openSite} onClose={open.close} />
      ) : data ? (
        <OverviewPanel sites={data.sites} onOpenSite={open.openSite} summary={summary} />
      ) : null}
    </>
  );
}
