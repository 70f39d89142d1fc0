/** English: The filter panel, search, chips and the explore tabs. */
export const filters = {
  heading: 'Filters',
  search: 'Search',
  searchPlaceholder: 'Search names (any language), organisations, summaries…',
  country: 'Country',
  region: 'Region',
  sector: 'Sector',
  kind: 'Kind',
  status: 'Status',
  years: 'Years',
  from: 'From',
  to: 'To',
  yearsHint: 'Founding years, milestones, targets and partnership dates.',
  matching_one: '{{count, number}} of {{total, number}} sites',
  matching_other: '{{count, number}} of {{total, number}} sites',
  all_one: 'All {{count, number}} site',
  all_other: 'All {{count, number}} sites',
  active: 'Active filters',
  remove: 'Remove filter {{label}}',
  clearAll: 'Clear all filters',
  /** Stands in for the chips where the bar above the map is too narrow for them. */
  activeCount_one: 'Filters: {{count, number}}',
  activeCount_other: 'Filters: {{count, number}}',
  /** A facet option's count, in the reader's number format. */
  count: '{{count, number}}',
} as const;

export const tabs = {
  label: 'Explore',
  filters: 'Filters',
  sites: 'Sites ({{count, number}})',
  partnerships: 'Partnerships ({{count, number}})',
  /** While it loads (no count yet). */
  sitesLoading: 'Sites',
  partnershipsLoading: 'Partnerships',
} as const;
