/** Korean: labels of the data's vocabularies (src/api/vocabulary.ts), keyed by value. */
import type { Area } from '../types';

export const kind: Area<'kind'> = {
  cluster: '클러스터',
  zone: '특구',
  facility: '시설',
  hospital: '병원',
  company: '기업',
  university: '대학교',
  institute: '연구기관',
  agency: '공공기관',
  distributor: '유통업체',
};

export const sector: Area<'sector'> = {
  biomanufacturing: '바이오의약품 생산',
  cdmo: '위탁개발생산(CDMO)',
  vaccines: '백신',
  mrna: 'mRNA',
  nonclinical_cro: '비임상 CRO',
  precision_medicine: '정밀의료',
  genomics: '유전체',
  medical_devices: '의료기기',
  hospital_care: '의료서비스',
  pharmaceuticals: '제약',
  distribution: '유통',
  policy: '정책·공공 지원',
};

export const status: Area<'status'> = {
  operating: '운영 중',
  under_construction: '건설 중',
  planned: '계획',
  proposed: '제안',
  active: '진행 중',
  completed: '완료',
};

export const precision: Area<'precision'> = {
  building: '건물 단위',
  campus: '캠퍼스 단위',
  district: '지구 단위',
  city: '도시 단위',
};

export const partnershipKind: Area<'partnershipKind'> = {
  mou: '업무협약(MOU)',
  cooperation: '협력',
  joint_project: '공동사업',
  funding: '자금 지원',
  event: '공동 개최 행사',
  visit: '대표단·국빈 방문',
};

export const country: Area<'country'> = {
  KR: '대한민국',
  KZ: '카자흐스탄',
  CN: '중국',
};

export const language: Area<'language'> = {
  en: '영어',
  ko: '한국어',
  ru: '러시아어',
  kk: '카자흐어',
  zh: '중국어',
};
