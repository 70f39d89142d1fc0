import type { Area } from '../types';

/** Kazakh: the partnership explorer. A noun after a numeral stays singular ("16 әріптестік"). */
export const explorer: Area<'explorer'> = {
  filtersLabel: 'Әріптестіктер сүзгісі',
  kind: 'Түрі',
  kindOption: '{{label}} ({{n, number}})',
  year: 'Жыл',
  anyYear: 'Кез келген жыл',
  yearOption: '{{year}} ({{n, number}})',
  pair: 'Елдер',
  anyPair: 'Барлық елдер',
  pairCrossBorder: '{{codes}} · {{a}} – {{b}} ({{n, number}})',
  pairDomestic: '{{codes}} · {{country}} ішінде ({{n, number}})',
  total_one: '{{count, number}} әріптестік',
  total_other: '{{count, number}} әріптестік',
  matching_one: '{{count, number}} / {{total, number}} әріптестік',
  matching_other: '{{count, number}} / {{total, number}} әріптестік',
  clear: 'Тазарту',
  clearLabel: 'Әріптестік сүзгілерін тазарту',
  listLabel: 'Әріптестіктер',
  moreParties_one: '+{{count, number}}',
  moreParties_other: '+{{count, number}}',
  empty: 'Бұл сүзгілерге сәйкес әріптестік жоқ.',
  emptyData: 'Әріптестіктер туралы деректер жүктелмеген.',
};
