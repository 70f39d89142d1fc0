/** English: The map legend. */
export const legend = {
  heading: 'Legend',
  sectors: 'Sites by main sector',
  partnerships: 'Partnerships',
  cluster: 'Group of sites (click to zoom)',
  selected: 'Selected',
  /** Shown when the map draws flows between regions instead of single arcs (count: the config's flowsAbove). */
  flows_one: 'More than {{count, number}} partnership: one line per pair of regions, wider for more (none within a region)',
  flows_other: 'More than {{count, number}} partnerships: one line per pair of regions, wider for more (none within a region)',
  flowsCrossBorder: 'Between countries',
  flowsDomestic: 'Within a country',
  selectedArcs: "The selected partnership's arcs:",
  show: 'Show legend',
  hide: 'Hide legend',
} as const;
