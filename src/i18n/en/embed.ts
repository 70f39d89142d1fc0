/** English: The atlas inside a portal's frame (embed mode): its header, drawer, record card and map hints. */
export const embed = {
  /** The link out of the frame to the same view in the full atlas. */
  openFullMap: 'Open full map',
  /** Said after a link that opens a new tab. */
  newTab: '(opens in a new tab)',
  /** The button that opens the drawer with the parts a portal chose (filters, lists, summary). */
  explore: 'Explore',
  exploreLabel: 'Explore the atlas',
  closeExplore: 'Close',
  summaryTab: 'Summary',
  /** The record card: a short view of the selected site or partnership. */
  openInFullMap: 'Full details in the full map',
  closeCard: 'Close',
  parties: 'Parties',
  /** Read to screen readers with the map (MapLibre's own hint overlay is hidden from them). */
  gesturesWindows: 'The map lets the page scroll: hold Ctrl and scroll to zoom it, or use its zoom buttons. On a touch screen, move it with two fingers.',
  gesturesMac: 'The map lets the page scroll: hold ⌘ and scroll to zoom it, or use its zoom buttons. On a touch screen, move it with two fingers.',
  fullscreenEnter: 'Enter full screen',
  fullscreenExit: 'Exit full screen',
} as const;
