/**
 * The selected record's full details, asked of the data worker when a site or
 * partnership is opened: the panel's content, the ring on the map, and where
 * the camera goes. `missing` names a selected id the data does not have.
 */
import { useQuery } from '@tanstack/react-query';
import { partnershipDetailsOptions, siteDetailsOptions } from '../data/queries';
import { useAtlasRuntime } from '../data/runtime';

export function useRecordDetails(version: string, loaded: { sites: boolean; partnerships: boolean }, siteId?: string, partnershipId?: string) {
  const { client } = useAtlasRuntime();
  const site = useQuery({ ...siteDetailsOptions(client, version, siteId), enabled: loaded.sites && siteId !== undefined });
  const partnership = useQuery({
    ...partnershipDetailsOptions(client, version, partnershipId),
    enabled: loaded.sites && loaded.partnerships && partnershipId !== undefined,
  });
  const siteDetails = siteId ? (site.data ?? undefined) : undefined;
  const partnershipDetails = partnershipId ? (partnership.data ?? undefined) : undefined;
  const missing = site.data === null && siteId ? siteId : partnership.data === null && partnershipId ? partnershipId : undefined;
  const selectedSites: { id: string; coordinates: [number, number] }[] = siteDetails
    ? [siteDetails.site]
    : partnershipDetails
      ? partnershipDetails.parties
      : [];
  return { site: siteDetails, partnership: partnershipDetails, missing, selectedSites };
}
