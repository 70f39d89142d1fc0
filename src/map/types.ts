/**
 * A request to move the camera, resolved to coordinates by the app: close in
 * on a site, frame a partnership's parties, or go to a view a host page asked
 * for (a centre and zoom, or an area). A new nonce repeats the move for the
 * same target; the map applies each request once.
 */
export type MapFocus = { nonce: number } & (
  | { kind: 'site'; id: string; center?: [number, number] }
  | { kind: 'partnership'; id: string; points?: [number, number][] }
  | { kind: 'view'; center: [number, number]; zoom?: number }
  | { kind: 'bounds'; bounds: [[number, number], [number, number]] }
);

/** The record a request is about, if any (tests and the stand-in map name it). */
export const focusTarget = (focus: MapFocus): string =>
  focus.kind === 'site' || focus.kind === 'partnership' ? `${focus.kind}:${focus.id}` : `${focus.kind}:${JSON.stringify(focus.kind === 'view' ? [focus.center, focus.zoom] : focus.bounds)}`;
