/**
 * The selected site or partnership lives in the URL (?site=…, ?partnership=…),
 * so a link reproduces it and Back/Forward step through selections. Selecting
 * one clears the other.
 */
import { parseAsString, useQueryStates } from 'nuqs';
import { useCallback } from 'react';

const selectionParams = { site: parseAsString, partnership: parseAsString };

export function useSelection() {
  const [{ site, partnership }, setParams] = useQueryStates(selectionParams, { history: 'push' });
  const selectSite = useCallback((id: string) => void setParams({ site: id, partnership: null }), [setParams]);
  const selectPartnership = useCallback((id: string) => void setParams({ site: null, partnership: id }), [setParams]);
  const clear = useCallback(() => void setParams({ site: null, partnership: null }), [setParams]);
  return { siteId: site ?? undefined, partnershipId: partnership ?? undefined, selectSite, selectPartnership, clear };
}
