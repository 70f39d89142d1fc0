import type { Area } from '../types';

/** Korean: the partnership explorer. */
export const explorer: Area<'explorer'> = {
  filtersLabel: '협력 필터',
  kind: '유형',
  kindOption: '{{label}} ({{n, number}})',
  year: '연도',
  anyYear: '전체 연도',
  yearOption: '{{year}} ({{n, number}})',
  pair: '국가',
  anyPair: '전체 국가',
  pairCrossBorder: '{{codes}} · {{a}} – {{b}} ({{n, number}})',
  pairDomestic: '{{codes}} · {{country}} 국내 ({{n, number}})',
  total_other: '협력 {{count, number}}건',
  matching_other: '협력 {{total, number}}건 중 {{count, number}}건',
  clear: '초기화',
  clearLabel: '협력 필터 초기화',
  listLabel: '협력',
  moreParties_other: '+{{count, number}}',
  empty: '이 필터에 해당하는 협력이 없습니다.',
  emptyData: '불러온 협력 데이터가 없습니다.',
};
