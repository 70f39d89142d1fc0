import type { Area } from '../types';

/** Russian: the partnership explorer. */
export const explorer: Area<'explorer'> = {
  filtersLabel: 'Фильтры партнёрств',
  kind: 'Тип',
  kindOption: '{{label}} ({{n, number}})',
  year: 'Год',
  anyYear: 'Любой год',
  yearOption: '{{year}} ({{n, number}})',
  pair: 'Страны',
  anyPair: 'Все страны',
  pairCrossBorder: '{{codes}} · {{a}} – {{b}} ({{n, number}})',
  pairDomestic: '{{codes}} · {{country}}, внутри страны ({{n, number}})',
  total_one: '{{count, number}} партнёрство',
  total_few: '{{count, number}} партнёрства',
  total_many: '{{count, number}} партнёрств',
  total_other: '{{count, number}} партнёрства',
  // "Label: x of y" keeps the noun out of agreement with either number.
  matching_one: 'Партнёрств: {{count, number}} из {{total, number}}',
  matching_few: 'Партнёрств: {{count, number}} из {{total, number}}',
  matching_many: 'Партнёрств: {{count, number}} из {{total, number}}',
  matching_other: 'Партнёрств: {{count, number}} из {{total, number}}',
  clear: 'Сбросить',
  clearLabel: 'Сбросить фильтры партнёрств',
  listLabel: 'Партнёрства',
  moreParties_one: '+{{count, number}}',
  moreParties_few: '+{{count, number}}',
  moreParties_many: '+{{count, number}}',
  moreParties_other: '+{{count, number}}',
  empty: 'Нет партнёрств, соответствующих этим фильтрам.',
  emptyData: 'Данные о партнёрствах не загружены.',
};
