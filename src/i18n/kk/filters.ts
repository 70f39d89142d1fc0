import type { Area } from '../types';

/** Kazakh: the filter panel, search, chips and the explore tabs. */
export const filters: Area<'filters'> = {
  heading: 'Сүзгілер',
  search: 'Іздеу',
  searchPlaceholder: 'Атаулар (кез келген тілде), ұйымдар, сипаттамалар…',
  country: 'Ел',
  region: 'Өңір',
  sector: 'Сала',
  kind: 'Түрі',
  status: 'Мәртебе',
  years: 'Жылдар',
  from: 'Бастап',
  to: 'Дейін',
  yearsHint: 'Құрылған жылдары, негізгі кезеңдер, нысаналы мерзімдер және әріптестік күндері.',
  matching_one: '{{count, number}} / {{total, number}} нысан',
  matching_other: '{{count, number}} / {{total, number}} нысан',
  all_one: 'Барлық {{count, number}} нысан',
  all_other: 'Барлық {{count, number}} нысан',
  active: 'Қолданылған сүзгілер',
  remove: '«{{label}}» сүзгісін алып тастау',
  clearAll: 'Барлық сүзгіні тазарту',
  activeCount_one: 'Сүзгілер: {{count, number}}',
  activeCount_other: 'Сүзгілер: {{count, number}}',
  count: '{{count, number}}',
};

/** The three tabs share a 300 px column: the short forms keep them on one line. */
export const tabs: Area<'tabs'> = {
  label: 'Деректерді қарау',
  filters: 'Сүзгі',
  sites: 'Нысандар ({{count, number}})',
  partnerships: 'Әріптестік ({{count, number}})',
  /** While it loads (no count yet). */
  sitesLoading: 'Нысандар',
  partnershipsLoading: 'Әріптестік',
};
