/**
 * When the configured online base map fails, the embedded offline one takes
 * over — but only for a failure of the style itself (unreachable, not a
 * style), not for one missing tile of a style that did load.
 */
export function shouldFallBackToEmbedded(state: { usingEmbedded: boolean; errorSourceId?: string; styleLoaded: boolean }): boolean {
  return !state.usingEmbedded && !state.errorSourceId && !state.styleLoaded;
}
