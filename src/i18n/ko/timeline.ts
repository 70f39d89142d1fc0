import type { Area } from '../types';

/** Korean: the timeline. */
export const timeline: Area<'timeline'> = {
  heading: '타임라인',
  chart: '날짜가 있는 사건의 연도',
  keyboardHint:
    '왼쪽·오른쪽 화살표 키로 선택한 연도를 옮기고, Shift 키와 화살표 키로 범위를 넓히며, Home·End 키로 처음과 마지막 연도로 이동하고, Esc 키로 모든 연도를 표시합니다. 차트를 가로질러 드래그하면 여러 연도를 선택할 수 있습니다.',
  allYears: '전체 연도',
  range: '{{from}} – {{to}}',
  single: '{{year}}',
  fromOnly: '{{from}}년부터',
  toOnly: '{{to}}년까지',
  valueText_other: '{{range}}: 사건 {{count, number}}건',
  previous: '이전 연도',
  next: '다음 연도',
  clear: '초기화',
  clearHint: '모든 연도 표시',
  legend: '사건 유형',
  kind: {
    founded: '설립',
    milestone: '주요 연혁',
    target: '목표',
    partnership: '협력',
  },
  yearTitle_other: '{{year}}년: 사건 {{count, number}}건',
  yearEmpty: '{{year}}년: 날짜가 있는 사건 없음',
  eventLine: '{{kind}}: {{label}}',
  eventLineDetail: '{{kind}}: {{label}} — {{detail}}',
  more_other: '…외 {{count, number}}건',
  empty: '현재 필터에 해당하는 날짜가 있는 사건이 없습니다.',
};
