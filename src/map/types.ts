/** A request to move the camera; a new nonce repeats the move for the same target. */
export type MapFocus = { kind: 'site' | 'partnership'; id: string; nonce: number };
