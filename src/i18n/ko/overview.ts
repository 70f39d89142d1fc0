import type { Area } from '../types';

/** Korean: the overview panel shown when nothing is selected. */
export const overview: Area<'overview'> = {
  heading: '개요',
  intro: '지도에서 시설을 선택하거나 아래에서 클러스터를 여십시오. 곡선은 업무협약(MOU), 공동사업, 방문, 행사 등 협력 관계를 나타냅니다.',
  clusters: '클러스터 및 특구',
  members_other: '소속 시설 {{count, number}}개',
  more_other: '…외 {{count, number}}개: 모두 보려면 시설 목록을 유형별로 필터링하십시오.',
};
