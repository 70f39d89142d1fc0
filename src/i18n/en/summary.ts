/** English: the summary feature. */
export const summary = {
  byCountry: 'Sites by country',
  bySector: 'Sites by sector',
  /** Accessible name of one bar: the label and its count. */
  bar_one: '{{label}}: {{count, number}} site',
  bar_other: '{{label}}: {{count, number}} sites',
  /** The visible count at the end of a bar. */
  count: '{{count, number}}',
  hint: 'Select a bar to filter by it; select it again to remove that filter.',
  empty: 'No site matches the current filters.',
} as const;
