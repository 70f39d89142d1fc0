import type { Area } from '../types';

/** Korean: the atlas inside a portal's frame (embed mode). */
export const embed: Area<'embed'> = {
  openFullMap: '전체 지도 열기',
  newTab: '(새 탭에서 열림)',
  explore: '탐색',
  exploreLabel: '아틀라스 탐색',
  closeExplore: '닫기',
  summaryTab: '요약',
  openInFullMap: '전체 지도에서 자세히 보기',
  closeCard: '닫기',
  parties: '참여 기관',
  gesturesWindows: '이 지도는 페이지 스크롤을 막지 않습니다. 확대·축소하려면 Ctrl 키를 누른 채 스크롤하거나 확대/축소 버튼을 사용하십시오. 터치스크린에서는 두 손가락으로 지도를 이동하십시오.',
  gesturesMac: '이 지도는 페이지 스크롤을 막지 않습니다. 확대·축소하려면 ⌘ 키를 누른 채 스크롤하거나 확대/축소 버튼을 사용하십시오. 터치스크린에서는 두 손가락으로 지도를 이동하십시오.',
  fullscreenEnter: '전체 화면',
  fullscreenExit: '전체 화면 종료',
};
