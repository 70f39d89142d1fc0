import type { Area } from '../types';

/** Kazakh: the partnership explorer. A noun after a numeral stays singular ("16 серіктестік"). */
export const explorer: Area<'explorer'> = {
  filtersLabel: 'Серіктестіктер сүзгісі',
  kind: 'Түрі',
  kindOption: '{{label}} ({{n, number}})',
  year: 'Жыл',
  anyYear: 'Кез келген жыл',
  yearOption: '{{year}} ({{n, number}})',
  pair: 'Елдер',
  anyPair: 'Барлық елдер',
  pairCrossBorder: '{{codes}} · {{a}} – {{b}} ({{n, number}})',
  pairDomestic: '{{codes}} · {{country}} ішінде ({{n, number}})',
  total_one: '{{count, number}} серіктестік',
  total_other: '{{count, number}} серіктестік',
  matching_one: '{{count, number}} / {{total, number}} серіктестік',
  matching_other: '{{count, number}} / {{total, number}} серіктестік',
  clear: 'Тазарту',
  clearLabel: 'Серіктестік сүзгілерін тазарту',
  listLabel: 'Серіктестіктер',
  moreParties_one: '+{{count, number}}',
  moreParties_other: '+{{count, number}}',
  empty: 'Бұл сүзгілерге сәйкес серіктестік жоқ.',
  emptyData: 'Серіктестіктер туралы деректер жүктелмеген.',
};
