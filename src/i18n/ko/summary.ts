import type { Area } from '../types';

/** Korean: the summary charts. */
export const summary: Area<'summary'> = {
  byCountry: '국가별 시설',
  bySector: '분야별 시설',
  bar_other: '{{label}}: 시설 {{count, number}}개',
  count: '{{count, number}}',
  hint: '막대를 선택하면 해당 항목으로 필터링되고, 다시 선택하면 필터가 해제됩니다.',
  empty: '현재 필터에 해당하는 시설이 없습니다.',
};
