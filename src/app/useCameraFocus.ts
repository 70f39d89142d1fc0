/**
 * Requests to move the map to a record. A request is a new object (with a new
 * nonce) each time, so asking twice for the same site moves the map twice; the
 * map applies each request once.
 */
import { useCallback, useState } from 'react';
import type { MapFocus } from '../map/types';

export function useCameraFocus(initial: { siteId?: string; partnershipId?: string }) {
  const [focus, setFocus] = useState<MapFocus | undefined>(() =>
    // A shared link to a record without a map view (#zoom/lat/lon) opens on that record.
    window.location.hash
      ? undefined
      : initial.siteId
        ? { kind: 'site', id: initial.siteId, nonce: 0 }
        : initial.partnershipId
          ? { kind: 'partnership', id: initial.partnershipId, nonce: 0 }
          : undefined,
  );
  const focusOn = useCallback(
    (kind: MapFocus['kind'], id: string) => setFocus((previous) => ({ kind, id, nonce: (previous?.nonce ?? 0) + 1 })),
    [],
  );
  return { focus, focusOn };
}
