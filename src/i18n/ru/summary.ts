import type { Area } from '../types';

/** Russian: the summary charts. */
export const summary: Area<'summary'> = {
  byCountry: 'Объекты по странам',
  bySector: 'Объекты по отраслям',
  bar_one: '{{label}}: {{count, number}} объект',
  bar_few: '{{label}}: {{count, number}} объекта',
  bar_many: '{{label}}: {{count, number}} объектов',
  bar_other: '{{label}}: {{count, number}} объекта',
  count: '{{count, number}}',
  hint: 'Выберите столбец, чтобы отфильтровать по нему; повторный выбор снимает фильтр.',
  empty: 'Нет объектов, соответствующих текущим фильтрам.',
};
