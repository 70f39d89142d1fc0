import type { Area } from '../types';

/** Korean: what the person is told when part of the atlas fails unexpectedly. */
export const errors: Area<'errors'> = {
  pageTitle: '아틀라스에 문제가 발생했습니다',
  pageHelp:
    '아틀라스를 표시하는 중 오류가 발생했습니다. 대개 페이지를 새로 고치면 해결됩니다. 해결되지 않으면 아래에 표시된 내용을 포털 관리자에게 알려 주십시오.',
  regionTitle: {
    map: '지도를 표시할 수 없습니다',
    panel: '이 패널을 표시할 수 없습니다',
    explore: '필터와 목록을 표시할 수 없습니다',
    timeline: '타임라인을 표시할 수 없습니다',
  },
  regionHelp: '아틀라스의 다른 기능은 정상적으로 작동합니다.',
  codeNotLoaded: '이 부분의 코드를 내려받지 못했습니다. 연결이 끊겼을 수 있습니다. 다시 연결되면 다시 시도하거나 페이지를 새로 고치세요.',
  unexpected: '오류가 발생했습니다: {{summary}}',
  reload: '새로 고침',
  tryAgain: '다시 시도',
  dismiss: '닫기',
  detail: '상세 정보',
};
