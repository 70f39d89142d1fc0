import type { Area } from '../types';

/** Russian: the export menu. */
export const exportMenu: Area<'exportMenu'> = {
  button: 'Экспорт',
  buttonLabel: 'Экспорт отфильтрованных данных',
  menuLabel: 'Скачать отфильтрованные данные',
  hint: 'Скачиваются данные, отобранные текущими фильтрами.',
  sites_one: 'Объекты ({{count, number}})',
  sites_few: 'Объекты ({{count, number}})',
  sites_many: 'Объекты ({{count, number}})',
  sites_other: 'Объекты ({{count, number}})',
  partnerships_one: 'Партнёрства ({{count, number}})',
  partnerships_few: 'Партнёрства ({{count, number}})',
  partnerships_many: 'Партнёрства ({{count, number}})',
  partnerships_other: 'Партнёрства ({{count, number}})',
  item: '{{records}} — {{format}}',
  csv: 'CSV',
  geojson: 'GeoJSON',
  downloaded: 'Файл {{filename}} скачан',
  failed: 'Не удалось создать файл {{filename}}: {{reason}}',
};
