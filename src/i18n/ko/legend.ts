import type { Area } from '../types';

/** Korean: the map legend. */
export const legend: Area<'legend'> = {
  heading: '범례',
  sectors: '주요 분야별 시설',
  partnerships: '협력',
  cluster: '시설 그룹(클릭하여 확대)',
  selected: '선택됨',
  flows_other: '협력이 {{count, number}}건을 넘으면 지역 쌍마다 선 하나(많을수록 굵게, 지역 내 협력은 제외)',
  flowsCrossBorder: '국가 간',
  flowsDomestic: '국내',
  selectedArcs: '선택한 협력의 곡선:',
  show: '범례 보기',
  hide: '범례 숨기기',
};
