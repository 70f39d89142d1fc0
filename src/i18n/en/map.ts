/** English: Messages and controls of the map. */
export const map = {
  unavailable: 'The map cannot be shown: {{reason}}. The overview and panels still work.',
  codeNotLoaded: 'its code could not be downloaded (the connection may have dropped)',
  noWebgl: 'this browser has no WebGL',
  contextLost:
    'The map stopped drawing because the graphics context was lost. The lists and panels still work; reload the page to restore the map.',
  basemapFallback: 'The online base map could not be loaded ({{reason}}); showing the embedded offline map.',
  labelsUnavailable: 'The map’s fonts could not be loaded, so it is shown without place names.',
  attribution: 'Base map: Natural Earth (public domain) · Fonts: Noto Sans (OFL)',
  chooser_one: '{{count, number}} site here',
  chooser_other: '{{count, number}} sites here',
  /** A flow between two regions, hovered. */
  flow_one: '{{from}} – {{to}}: {{count, number}} partnership. Click to show these two regions',
  flow_other: '{{from}} – {{to}}: {{count, number}} partnerships. Click to show these two regions',
  /** MapLibre's own control labels (passed as its \`locale\` option). */
  controls: {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetBearing: 'Drag to rotate map, click to reset north',
    toggleAttribution: 'Show or hide attribution',
    closePopup: 'Close',
    meters: 'm',
    kilometers: 'km',
    cooperativeWindows: 'Use Ctrl + scroll to zoom the map',
    cooperativeMac: 'Use ⌘ + scroll to zoom the map',
    cooperativeMobile: 'Use two fingers to move the map',
  },
} as const;
