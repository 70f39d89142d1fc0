import type { Area } from '../types';

/** Russian: the filter panel, search, chips and the explore tabs. */
export const filters: Area<'filters'> = {
  heading: 'Фильтры',
  search: 'Поиск',
  searchPlaceholder: 'Названия (на любом языке), организации, описания…',
  country: 'Страна',
  region: 'Регион',
  sector: 'Отрасль',
  kind: 'Тип',
  status: 'Статус',
  years: 'Годы',
  from: 'С',
  to: 'По',
  yearsHint: 'Годы основания, ключевые этапы, целевые сроки и даты партнёрств.',
  matching_one: 'Объектов: {{count, number}} из {{total, number}}',
  matching_few: 'Объектов: {{count, number}} из {{total, number}}',
  matching_many: 'Объектов: {{count, number}} из {{total, number}}',
  matching_other: 'Объектов: {{count, number}} из {{total, number}}',
  all_one: 'Все {{count, number}} объект',
  all_few: 'Все {{count, number}} объекта',
  all_many: 'Все {{count, number}} объектов',
  all_other: 'Все {{count, number}} объекта',
  active: 'Применённые фильтры',
  remove: 'Убрать фильтр «{{label}}»',
  clearAll: 'Сбросить все фильтры',
  activeCount_one: 'Фильтры: {{count, number}}',
  activeCount_few: 'Фильтры: {{count, number}}',
  activeCount_many: 'Фильтры: {{count, number}}',
  activeCount_other: 'Фильтры: {{count, number}}',
  count: '{{count, number}}',
};

/** The three tabs share a 300 px column: "Связи" (links, as siteList.columnShort) keeps them on one line. */
export const tabs: Area<'tabs'> = {
  label: 'Просмотр данных',
  filters: 'Фильтры',
  sites: 'Объекты ({{count, number}})',
  partnerships: 'Связи ({{count, number}})',
  /** While it loads (no count yet). */
  sitesLoading: 'Объекты',
  partnershipsLoading: 'Связи',
};
