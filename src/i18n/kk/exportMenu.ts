import type { Area } from '../types';

/** Kazakh: the export menu. */
export const exportMenu: Area<'exportMenu'> = {
  button: 'Экспорт',
  buttonLabel: 'Сүзгіленген деректерді экспорттау',
  menuLabel: 'Сүзгіленген деректерді жүктеп алу',
  hint: 'Ағымдағы сүзгілер көрсететін деректер жүктеп алынады.',
  sites_one: 'Нысандар ({{count, number}})',
  sites_other: 'Нысандар ({{count, number}})',
  partnerships_one: 'Әріптестіктер ({{count, number}})',
  partnerships_other: 'Әріптестіктер ({{count, number}})',
  item: '{{records}} — {{format}}',
  csv: 'CSV',
  geojson: 'GeoJSON',
  downloaded: '{{filename}} файлы жүктеп алынды',
  failed: '{{filename}} файлын жасау мүмкін болмады: {{reason}}',
};
