import type { Area } from '../types';

/** Korean: messages and controls of the map. */
export const map: Area<'map'> = {
  unavailable: '지도를 표시할 수 없습니다: {{reason}}. 개요와 패널은 계속 사용할 수 있습니다.',
  codeNotLoaded: '지도 코드를 내려받지 못했습니다(연결이 끊겼을 수 있습니다)',
  noWebgl: '이 브라우저는 WebGL을 지원하지 않습니다',
  contextLost:
    '그래픽 컨텍스트가 손실되어 지도 표시가 중단되었습니다. 목록과 패널은 계속 사용할 수 있으며, 페이지를 새로 고치면 지도가 복원됩니다.',
  basemapFallback: '온라인 배경지도를 불러오지 못했습니다({{reason}}). 내장된 오프라인 지도를 표시합니다.',
  labelsUnavailable: '지도 글꼴을 불러오지 못해 지명 없이 표시합니다.',
  attribution: '배경지도: Natural Earth(퍼블릭 도메인) · 글꼴: Noto Sans(OFL)',
  chooser_other: '이 위치의 시설 {{count, number}}개',
  flow_other: '{{from}} – {{to}}: 협력 {{count, number}}건. 클릭하면 두 지역을 표시합니다',
  controls: {
    zoomIn: '확대',
    zoomOut: '축소',
    resetBearing: '드래그하여 지도 회전, 클릭하여 북쪽 방향으로 재설정',
    toggleAttribution: '출처 표시/숨기기',
    closePopup: '닫기',
    meters: 'm',
    kilometers: 'km',
    cooperativeWindows: '지도를 확대/축소하려면 Ctrl 키를 누른 채 스크롤하십시오',
    cooperativeMac: '지도를 확대/축소하려면 ⌘ 키를 누른 채 스크롤하십시오',
    cooperativeMobile: '지도를 이동하려면 두 손가락을 사용하십시오',
  },
};
