/** English: the siteList feature. */
export const siteList = {
  /** Accessible name of the grid. */
  label: 'Sites',
  count_one: '{{count, number}} site',
  count_other: '{{count, number}} sites',
  inViewOnly: 'Only sites in the current map view',
  keyboardHint: 'Arrow keys, Page Up, Page Down, Home and End move through the sites; Enter or Space opens one.',
  column: {
    name: 'Name',
    kind: 'Kind',
    region: 'Region',
    sectors: 'Sectors',
    status: 'Status',
    partnerships: 'Partnerships',
  },
  /** Labels shown when the list is narrow; the full label stays the accessible name. */
  columnShort: {
    partnerships: 'Links',
  },
  partnerships_one: '{{count, number}} partnership',
  partnerships_other: '{{count, number}} partnerships',
  regionTitle: '{{region}} ({{code}})',
  empty: 'No site matches the current filters.',
  emptyHint: 'Try removing a filter or widening the years.',
  emptyInView: 'No matching site lies in the current map view.',
  emptyInViewHint: 'Zoom out or move the map, or untick “Only sites in the current map view”.',
} as const;
