/** English: The map legend. */
export const legend = {
  heading: 'Legend',
  sectors: 'Sites by main sector',
  partnerships: 'Partnerships',
  cluster: 'Group of sites (click to zoom)',
  selected: 'Selected',
  show: 'Show legend',
  hide: 'Hide legend',
} as const;
