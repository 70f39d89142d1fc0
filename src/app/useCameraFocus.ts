/**
 * Requests to move the map to a record. A request is a new object (with a new
 * nonce) each time, so asking twice for the same site moves the map twice; the
 * map applies each request once, when its coordinates are known (they come
 * from the data worker: `resolve` fills them in).
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useAtlasRuntime } from '../data/runtime';
import type { MapFocus } from '../map/types';

type Request = { kind: MapFocus['kind']; id: string; nonce: number };

export function useCameraFocus(initial: { siteId?: string; partnershipId?: string }, version: string, enabled: boolean) {
  const { client } = useAtlasRuntime();
  const [request, setRequest] = useState<Request | undefined>(() =>
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
    (kind: MapFocus['kind'], id: string) => setRequest((previous) => ({ kind, id, nonce: (previous?.nonce ?? 0) + 1 })),
    [],
  );
  // The points of the record asked for: a site, or a partnership's parties.
  const kind = request?.kind;
  const id = request?.id;
  const points = useQuery({
    queryKey: ['sites', 'points', { version, kind, id }],
    queryFn: async () => {
      if (!id) return [];
      const ids = kind === 'site' ? [id] : ((await client.partnership(id))?.partnership.parties ?? []);
      return (await client.sitesLite(ids)).map((s) => s.coordinates);
    },
    enabled: enabled && id !== undefined,
    staleTime: Infinity,
  });
  const focus = useMemo<MapFocus | undefined>(() => {
    if (!request || !points.data) return undefined;
    return request.kind === 'site'
      ? { kind: 'site', id: request.id, nonce: request.nonce, center: points.data[0] }
      : { kind: 'partnership', id: request.id, nonce: request.nonce, points: points.data };
  }, [request, points.data]);
  return { focus, focusOn };
}
