/** English: the exportMenu feature. */
export const exportMenu = {
  button: 'Export',
  buttonLabel: 'Export the filtered data',
  menuLabel: 'Download the filtered data',
  hint: 'Downloads what the current filters show.',
  sites_one: 'Sites ({{count, number}})',
  sites_other: 'Sites ({{count, number}})',
  partnerships_one: 'Partnerships ({{count, number}})',
  partnerships_other: 'Partnerships ({{count, number}})',
  item: '{{records}} — {{format}}',
  csv: 'CSV',
  geojson: 'GeoJSON',
  downloaded: 'Downloaded {{filename}}',
  failed: '{{filename}} could not be made: {{reason}}',
} as const;
