/** Russian: labels of the data's vocabularies (src/api/vocabulary.ts), keyed by value. */
import type { Area } from '../types';

export const kind: Area<'kind'> = {
  cluster: 'Кластер',
  zone: 'Особая зона',
  facility: 'Объект',
  hospital: 'Больница',
  company: 'Компания',
  university: 'Университет',
  institute: 'Научный институт',
  agency: 'Госорган',
  distributor: 'Дистрибьютор',
};

export const sector: Area<'sector'> = {
  biomanufacturing: 'Биопроизводство',
  cdmo: 'CDMO',
  vaccines: 'Вакцины',
  mrna: 'мРНК',
  nonclinical_cro: 'Доклинические исследования (CRO)',
  precision_medicine: 'Прецизионная медицина',
  genomics: 'Геномика',
  medical_devices: 'Медицинские изделия',
  hospital_care: 'Стационарная помощь',
  pharmaceuticals: 'Фармацевтика',
  distribution: 'Дистрибуция',
  policy: 'Политика и господдержка',
};

/** Impersonal forms: the same label serves a site (объект, зона) and a partnership. */
export const status: Area<'status'> = {
  operating: 'Работает',
  under_construction: 'Строится',
  planned: 'Планируется',
  proposed: 'Предлагается',
  active: 'Действует',
  completed: 'Завершено',
};

export const precision: Area<'precision'> = {
  building: 'здание',
  campus: 'кампус',
  district: 'район',
  city: 'город',
};

export const partnershipKind: Area<'partnershipKind'> = {
  mou: 'Меморандум о взаимопонимании',
  cooperation: 'Сотрудничество',
  joint_project: 'Совместный проект',
  funding: 'Финансирование',
  event: 'Совместное мероприятие',
  visit: 'Визит делегации или госвизит',
};

export const country: Area<'country'> = {
  KR: 'Республика Корея',
  KZ: 'Казахстан',
  CN: 'Китай',
};

/** Names of languages in the nominative, lower case (used inside sentences and as tooltips). */
export const language: Area<'language'> = {
  en: 'английский',
  ko: 'корейский',
  ru: 'русский',
  kk: 'казахский',
  zh: 'китайский',
};
