/** Kazakh: labels of the data's vocabularies (src/api/vocabulary.ts), keyed by value. */
import type { Area } from '../types';

export const kind: Area<'kind'> = {
  cluster: 'Кластер',
  zone: 'Арнайы аймақ',
  facility: 'Нысан',
  hospital: 'Аурухана',
  company: 'Компания',
  university: 'Университет',
  institute: 'Ғылыми институт',
  agency: 'Мемлекеттік орган',
  distributor: 'Дистрибьютор',
};

export const sector: Area<'sector'> = {
  biomanufacturing: 'Биоөндіріс',
  cdmo: 'CDMO',
  vaccines: 'Вакциналар',
  mrna: 'мРНҚ',
  nonclinical_cro: 'Клиникаға дейінгі зерттеулер (CRO)',
  precision_medicine: 'Прецизиялық медицина',
  genomics: 'Геномика',
  medical_devices: 'Медициналық бұйымдар',
  hospital_care: 'Стационарлық көмек',
  pharmaceuticals: 'Фармацевтика',
  distribution: 'Дистрибуция',
  policy: 'Саясат және мемлекеттік қолдау',
};

export const status: Area<'status'> = {
  operating: 'Жұмыс істейді',
  under_construction: 'Салынуда',
  planned: 'Жоспарланған',
  proposed: 'Ұсынылған',
  active: 'Жүзеге асырылуда',
  completed: 'Аяқталған',
};

export const precision: Area<'precision'> = {
  building: 'ғимарат',
  campus: 'кампус',
  district: 'аудан',
  city: 'қала',
};

export const partnershipKind: Area<'partnershipKind'> = {
  mou: 'Өзара түсіністік туралы меморандум',
  cooperation: 'Ынтымақтастық',
  joint_project: 'Бірлескен жоба',
  funding: 'Қаржыландыру',
  event: 'Бірлескен іс-шара',
  visit: 'Делегация сапары не мемлекеттік сапар',
};

export const country: Area<'country'> = {
  KR: 'Корея Республикасы',
  KZ: 'Қазақстан',
  CN: 'Қытай',
};

/** Each name ends in "тілі": panel.inLanguage adds "-нде" to it. */
export const language: Area<'language'> = {
  en: 'ағылшын тілі',
  ko: 'корей тілі',
  ru: 'орыс тілі',
  kk: 'қазақ тілі',
  zh: 'қытай тілі',
};
