import type { Area } from '../types';

/** Korean: the list of sites. */
export const siteList: Area<'siteList'> = {
  label: '시설',
  count_other: '시설 {{count, number}}개',
  inViewOnly: '현재 지도 화면의 시설만',
  keyboardHint: '화살표 키, Page Up, Page Down, Home, End 키로 시설 사이를 이동하고 Enter 또는 Space 키로 엽니다.',
  column: {
    name: '명칭',
    kind: '유형',
    region: '지역',
    sectors: '분야',
    status: '상태',
    partnerships: '협력',
  },
  columnShort: {
    partnerships: '협력',
  },
  partnerships_other: '협력 {{count, number}}건',
  regionTitle: '{{region}} ({{code}})',
  empty: '현재 필터에 해당하는 시설이 없습니다.',
  emptyHint: '필터를 해제하거나 연도 범위를 넓혀 보십시오.',
  emptyInView: '현재 지도 화면에 해당하는 시설이 없습니다.',
  emptyInViewHint: '지도를 축소하거나 이동하십시오. 또는 ‘현재 지도 화면의 시설만’ 선택을 해제하십시오.',
};
