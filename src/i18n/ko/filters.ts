import type { Area } from '../types';

/** Korean: the filter panel, search, chips and the explore tabs. */
export const filters: Area<'filters'> = {
  heading: '필터',
  search: '검색',
  searchPlaceholder: '명칭(모든 언어), 기관, 개요 검색…',
  country: '국가',
  region: '지역',
  sector: '분야',
  kind: '유형',
  status: '상태',
  years: '연도',
  from: '시작',
  to: '종료',
  yearsHint: '설립 연도, 주요 연혁, 목표 연도 및 협력 일자가 포함됩니다.',
  matching_other: '시설 {{total, number}}개 중 {{count, number}}개',
  all_other: '전체 시설 {{count, number}}개',
  active: '적용된 필터',
  remove: '{{label}} 필터 해제',
  clearAll: '모든 필터 해제',
  activeCount_other: '필터 {{count, number}}개',
  count: '{{count, number}}',
};

export const tabs: Area<'tabs'> = {
  label: '탐색',
  filters: '필터',
  sites: '시설 ({{count, number}})',
  partnerships: '협력 ({{count, number}})',
  /** While it loads (no count yet). */
  sitesLoading: '시설',
  partnershipsLoading: '협력',
};
