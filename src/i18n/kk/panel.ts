import type { Area } from '../types';

/** Kazakh: facility and partnership panels, key figures and their units. */
export const panel: Area<'panel'> = {
  close: 'Панельді жабу',
  sectors: 'Салалар',
  region: 'Өңір',
  location: 'Орналасқан жері',
  founded: 'Құрылған уақыты',
  figures: 'Негізгі көрсеткіштер',
  milestones: 'Негізгі кезеңдер',
  summary: 'Сипаттама',
  parent: 'Құрамына кіреді',
  members: 'Құрамдағы нысандар',
  partnerships: 'Әріптестіктер',
  noPartnerships: 'Әріптестіктер туралы мәлімет жоқ.',
  sources: 'Дереккөздер',
  note: 'Ескертпе',
  aliases: 'Басқа жазылуы',
  precision: 'Орналасу дәлдігі: {{precision}}',
  parties: 'Тараптар',
  dates: 'Күндері',
  showOnMap: 'Картадан көрсету',
  notFound: '«{{id}}» идентификаторы бар жазба жүктелмеген.',
  regionNotFound_one: 'Деректерде {{regions}} өңірінде нысан жоқ; бұл сүзгі алынып тасталды.',
  regionNotFound_other: 'Деректерде {{regions}} өңірлерінде нысан жоқ; бұл сүзгілер алынып тасталды.',
  undated: 'күні көрсетілмеген',
  // Every language name ends in "тілі" (see vocabulary.ts), so "-нде" makes "ағылшын тілінде" ("in English").
  inLanguage: '{{language}}нде',
  englishName: 'Ағылшынша атауы: {{name}}',
  sourceArticle: 'Мақала {{article}}',
};

export const figure: Area<'figure'> = {
  area: 'Аумақ',
  bioreactor_capacity: 'Биореакторлар көлемі',
  production_capacity: 'Өндірістік қуат',
  funding: 'Қаржыландыру',
  workforce: 'Қызметкерлер саны',
  companies: 'Компаниялар',
  industrial_sites: 'Өндірістік алаңдар',
  projects: 'Жобалар',
  market_size: 'Нарық көлемі',
  export_target: 'Экспорттың нысаналы көлемі',
  production_target: 'Өндірістің нысаналы көлемі',
  domestic_share_target: 'Отандық өндірістің нысаналы үлесі',
  // Kazakh says "more than" after the number (200-ден астам); the qualifier comes before it here.
  qualifier_over: 'кемінде',
  qualifier_approx: 'шамамен',
  qualifier_target: 'мақсат',
  byYear: '{{year}} жылға қарай',
};

export const unit: Area<'unit'> = {
  km2: 'км²',
  L: 'л',
  'L/year': 'л/жыл',
  KRW: 'вон',
  USD: 'АҚШ доллары',
  people: 'адам',
  count: '',
  percent: '%',
};
