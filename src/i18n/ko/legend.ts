import type { Area } from '../types';

/** Korean: the map legend. */
export const legend: Area<'legend'> = {
  heading: '범례',
  sectors: '주요 분야별 시설',
  partnerships: '협력',
  cluster: '시설 그룹(클릭하여 확대)',
  selected: '선택됨',
  show: '범례 보기',
  hide: '범례 숨기기',
};
