/** English: The overview panel shown when nothing is selected. */
export const overview = {
  heading: 'Overview',
  intro: 'Select a site on the map, or open a cluster below. Arcs are partnerships: MOUs, joint projects, visits and events.',
  clusters: 'Clusters and zones',
  members_one: '{{count, number}} member site',
  members_other: '{{count, number}} member sites',
} as const;
