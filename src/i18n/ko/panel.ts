import type { Area } from '../types';

/** Korean: facility and partnership panels, key figures and their units. */
export const panel: Area<'panel'> = {
  close: '패널 닫기',
  sectors: '분야',
  region: '지역',
  location: '위치',
  founded: '설립',
  figures: '주요 수치',
  milestones: '주요 연혁',
  summary: '요약',
  parent: '소속',
  members: '소속 시설',
  partnerships: '협력',
  noPartnerships: '기록된 협력이 없습니다.',
  sources: '출처',
  note: '비고',
  aliases: '다른 표기',
  precision: '위치 정밀도: {{precision}}',
  parties: '참여 기관',
  dates: '일자',
  showOnMap: '지도에서 보기',
  notFound: '불러온 데이터에 ID가 “{{id}}”인 레코드가 없습니다.',
  regionNotFound_other: '데이터에 {{regions}} 지역의 시설이 없어 해당 필터를 해제했습니다.',
  undated: '날짜 미상',
  inLanguage: '{{language}} 표기',
  englishName: '영문명: {{name}}',
  sourceArticle: '기사 {{article}}',
};

export const figure: Area<'figure'> = {
  area: '면적',
  bioreactor_capacity: '바이오리액터 용량',
  production_capacity: '생산능력',
  funding: '자금 지원',
  workforce: '고용 인원',
  companies: '기업 수',
  industrial_sites: '생산 시설',
  projects: '사업 수',
  market_size: '시장 규모',
  export_target: '수출 목표',
  production_target: '생산 목표',
  domestic_share_target: '국내 생산 비중 목표',
  // Korean puts "more than" after the number (200개 이상); the qualifier comes before it here.
  qualifier_over: '최소',
  qualifier_approx: '약',
  qualifier_target: '목표',
  byYear: '({{year}}년까지)',
};

export const unit: Area<'unit'> = {
  km2: 'km²',
  L: 'L',
  'L/year': 'L/년',
  KRW: '원',
  USD: '달러',
  people: '명',
  count: '',
  percent: '%',
};
