/** English: the exportMenu feature. */
export const exportMenu = {
  button: 'Export',
  buttonLabel: 'Export the filtered data',
  menuLabel: 'Download the filtered data',
  hint: 'Downloads what the current filters show.',
  sites_one: 'Sites ({{count}})',
  sites_other: 'Sites ({{count}})',
  partnerships_one: 'Partnerships ({{count}})',
  partnerships_other: 'Partnerships ({{count}})',
  item: '{{records}} — {{format}}',
  csv: 'CSV',
  geojson: 'GeoJSON',
  downloaded: 'Downloaded {{filename}}',
} as const;
