import type { Area } from '../types';

/** Korean: the shell: title, start-up messages, regions of the page. */
export const app: Area<'app'> = {
  title: '바이오클러스터 아틀라스',
  subtitle: '바이오의약품·의료산업 클러스터, 시설 및 협력 · 한국 · 카자흐스탄',
  skipToPanel: '상세 정보 패널로 건너뛰기',
  loadingConfig: '설정을 불러오는 중…',
  configErrorTitle: '아틀라스를 시작할 수 없습니다',
  configErrorHelp: '포털 관리자에게 config.json 확인을 요청하십시오. 상세 내용:',
  retry: '다시 시도',
  mapLoading: '지도를 불러오는 중…',
  loading: '불러오는 중…',
  mapRegion: '시설 및 협력 지도',
  language: '언어',
};
