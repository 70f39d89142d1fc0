/** English: The overview panel shown when nothing is selected. */
export const overview = {
  heading: 'Overview',
  intro: 'Select a site on the map, or open a cluster below. Arcs are partnerships: MOUs, joint projects, visits and events.',
  clusters: 'Clusters and zones',
  members_one: '{{count, number}} member site',
  members_other: '{{count, number}} member sites',
  /** Under the list when a large registry has more clusters than it shows. */
  more_one: '…and {{count, number}} more: filter the Sites list by kind to see them all.',
  more_other: '…and {{count, number}} more: filter the Sites list by kind to see them all.',
} as const;
