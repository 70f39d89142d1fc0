import type { Area } from '../types';

/** Korean: accessibility helpers — skip links, the map's keyboard equivalent, announcements, the bottom sheet. */
export const a11y: Area<'a11y'> = {
  skipLinks: '바로가기 링크',
  skipToMap: '지도로 바로가기',
  skipToResults: '결과로 바로가기',
  mapCanvas: '시설 및 협력 지도. 방향키로 지도를 이동하고 더하기·빼기 키로 확대·축소합니다.',
  announce: {
    opened: '열림: {{name}}',
    closed: '상세 정보를 닫았습니다',
    mapMovedTo_other: '지도를 {{place}}(으)로 이동했습니다: 화면 안 시설 {{count, number}}개',
    mapMoved_other: '지도를 이동했습니다: 화면 안 시설 {{count, number}}개',
    mapMovedEmpty: '지도를 이동했습니다: 화면 안에 시설이 없습니다',
  },
  flows: {
    button_other: '화면 안 흐름({{count, number}})',
    heading: '지도 화면 안의 지역 간 흐름',
    hint: '각 흐름은 두 지역 사이의 협력을 나타내며 협력이 많은 순으로 표시됩니다. Tab 키로 이동하고, Enter 키로 두 지역을 표시하며, Esc 키로 이 목록을 닫습니다.',
    empty: '현재 지도 화면에 흐름이 없습니다. 축소하거나 지도를 이동하십시오.',
    count_other: '협력 {{count, number}}건',
    more_other: '외 작은 흐름 {{count, number}}개: 확대하면 목록에 표시됩니다',
    close: '화면 안 흐름 목록 닫기',
  },
  inView: {
    button_other: '화면 안 시설({{count, number}})',
    heading: '지도 화면 안의 시설',
    hint: '위·아래 방향키로 시설 사이를 이동하고, Enter 키로 시설을 열어 지도를 그곳으로 옮기며, Esc 키로 이 목록을 닫습니다.',
    loading: '화면 안의 시설을 찾는 중…',
    empty: '현재 지도 화면에 시설이 없습니다. 축소하거나 지도를 이동하십시오.',
    more_other: '외 {{count, number}}개: 확대하면 목록에 표시됩니다',
    close: '화면 안 시설 목록 닫기',
  },
  sheet: {
    label: '탐색 및 상세 정보',
    expand: '패널 더 보기',
    collapse: '패널 줄이기',
    handle: '끌어서 패널 크기를 조절하거나, 눌러서 열거나 접으십시오',
  },
};

/** Korean: the phone layout's own controls. */
export const phone: Area<'phone'> = {
  summaryTab: '요약',
  showTimeline: '연표',
  timelineRegion: '날짜별 사건 연표',
};
