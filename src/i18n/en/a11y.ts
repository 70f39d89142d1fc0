/** English: accessibility helpers — skip links, the map's keyboard equivalent, announcements, the bottom sheet. */
export const a11y = {
  skipLinks: 'Skip links',
  skipToMap: 'Skip to map',
  skipToResults: 'Skip to results',
  /** The map canvas's accessible name (MapLibre's `Map.Title`): what it is and how to use it by keyboard. */
  mapCanvas: 'Map of sites and partnerships. Arrow keys move the map, plus and minus zoom in and out.',
  /** Polite announcements after an action (one live region for the whole page). */
  announce: {
    opened: 'Opened: {{name}}',
    closed: 'Details closed',
    mapMovedTo_one: 'Map moved to {{place}}: {{count, number}} site in view',
    mapMovedTo_other: 'Map moved to {{place}}: {{count, number}} sites in view',
    mapMoved_one: 'Map moved: {{count, number}} site in view',
    mapMoved_other: 'Map moved: {{count, number}} sites in view',
    mapMovedEmpty: 'Map moved: no sites in view',
  },
  /** The keyboard and screen-reader way to the flows between regions the map draws (many partnerships). */
  flows: {
    button_one: 'Flow in view ({{count, number}})',
    button_other: 'Flows in view ({{count, number}})',
    heading: 'Flows between regions in the map view',
    hint: 'Each flow stands for the partnerships between two regions, the most first. Tab moves through them, Enter shows the two regions, Escape closes this list.',
    empty: 'No flow in the current map view. Zoom out or move the map.',
    count_one: '{{count, number}} partnership',
    count_other: '{{count, number}} partnerships',
    more_one: 'and {{count, number}} smaller flow: zoom in to list it',
    more_other: 'and {{count, number}} smaller flows: zoom in to list them',
    close: 'Close the list of flows in view',
  },
  /** The keyboard and screen-reader way through the sites the map shows. */
  inView: {
    button_one: 'Site in view ({{count, number}})',
    button_other: 'Sites in view ({{count, number}})',
    heading: 'Sites in the map view',
    hint: 'Up and Down arrows move through the sites, Enter opens one and moves the map to it, Escape closes this list.',
    loading: 'Finding the sites in view…',
    empty: 'No site in the current map view. Zoom out or move the map.',
    more_one: 'and {{count, number}} more: zoom in to list it',
    more_other: 'and {{count, number}} more: zoom in to list them',
    close: 'Close the list of sites in view',
  },
  /** The phone layout's sheet over the map. */
  sheet: {
    label: 'Explore and details',
    expand: 'Show more of the panel',
    collapse: 'Show less of the panel',
    handle: 'Drag to resize the panel, or tap to open or fold it',
  },
} as const;

/** English: the phone layout's own controls. */
export const phone = {
  summaryTab: 'Summary',
  showTimeline: 'Timeline',
  timelineRegion: 'Timeline of dated events',
} as const;
