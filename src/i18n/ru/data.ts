import type { Area } from '../types';

/** Russian: loading the data: progress, counts, skipped records, load errors. */
export const data: Area<'data'> = {
  loading: 'Загрузка данных…',
  progressBytes: 'Получено {{loaded}}',
  progressBytesOf: '{{loaded}} из {{total}}',
  progressPages_one: 'страница {{pages}} · {{count, number}} запись',
  progressPages_few: 'страница {{pages}} · {{count, number}} записи',
  progressPages_many: 'страница {{pages}} · {{count, number}} записей',
  progressPages_other: 'страница {{pages}} · {{count, number}} записи',
  retrying: 'Сервер ответил некорректно; повторная попытка…',
  // "Label: number" avoids agreeing a noun with a number that is not the plural count.
  counts: 'Объектов: {{sites, number}} · партнёрств: {{partnerships, number}}',
  /** While the partnerships are still loading (the sites are in). */
  sitesOnly: 'Объектов: {{sites, number}}',
  sitesError: 'Не удалось загрузить объекты из {{source}}.',
  partnershipsError: 'Не удалось загрузить партнёрства из {{source}}.',
  errorDetail: 'Причина: {{message}}',
  skipped_one: '{{count, number}} запись пропущена',
  skipped_few: '{{count, number}} записи пропущены',
  skipped_many: '{{count, number}} записей пропущено',
  skipped_other: '{{count, number}} записи пропущено',
  skippedDetails: 'Показать пропущенные записи',
  skippedRow: '{{collection}} № {{index}} {{id}}: {{reason}}',
};
