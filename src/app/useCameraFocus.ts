/**
 * Requests to move the map to a record, or to a view a host page asks for. A
 * request is a new object (with a new nonce) each time, so asking twice for the
 * same site moves the map twice; the map applies each request once, when its
 * coordinates are known (a record's come from the data worker).
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useAtlasRuntime } from '../data/runtime';
import type { MapFocus } from '../map/types';

type RecordKind = 'site' | 'partnership';
type Request = { kind: RecordKind; id: string; nonce: number } | Extract<MapFocus, { kind: 'view' | 'bounds' }>;
/** A view asked for from outside: a centre (and zoom), or an area [west, south, east, north]. */
export type ViewRequest = { lon: number; lat: number; zoom?: number } | { bounds: [number, number, number, number] };

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
    (kind: RecordKind, id: string) => setRequest((previous) => ({ kind, id, nonce: (previous?.nonce ?? 0) + 1 })),
    [],
  );
  const focusOnView = useCallback(
    (view: ViewRequest) =>
      setRequest((previous) => {
        const nonce = (previous?.nonce ?? 0) + 1;
        if ('bounds' in view) {
          const [west, south, east, north] = view.bounds;
          return { kind: 'bounds', nonce, bounds: [[west, south], [east, north]] };
        }
        return { kind: 'view', nonce, center: [view.lon, view.lat], zoom: view.zoom };
      }),
    [],
  );
  // The points of the record asked for: a site, or a partnership's parties.
  const kind = request?.kind;
  const id = request && 'id' in request ? request.id : undefined;
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
    if (!request) return undefined;
    if (request.kind === 'view' || request.kind === 'bounds') return request;
    if (!points.data) return undefined;
    return request.kind === 'site'
      ? { kind: 'site', id: request.id, nonce: request.nonce, center: points.data[0] }
      : { kind: 'partnership', id: request.id, nonce: request.nonce, points: points.data };
  }, [request, points.data]);
  return { focus, focusOn, focusOnView };
}
