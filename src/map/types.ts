/**
 * A request to move the camera, resolved to coordinates by the app: close in
 * on a site, or frame a partnership's parties. A new nonce repeats the move for
 * the same target; the map applies each request once.
 */
export type MapFocus = { id: string; nonce: number } & (
  | { kind: 'site'; center?: [number, number] }
  | { kind: 'partnership'; points?: [number, number][] }
);
