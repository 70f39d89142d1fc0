import type { Area } from '../types';

/** Russian: facility and partnership panels, key figures and their units. */
export const panel: Area<'panel'> = {
  close: 'Закрыть панель',
  sectors: 'Отрасли',
  region: 'Регион',
  location: 'Местоположение',
  founded: 'Дата основания',
  figures: 'Ключевые показатели',
  milestones: 'Ключевые этапы',
  summary: 'Описание',
  parent: 'Входит в',
  members: 'Объекты в составе',
  partnerships: 'Партнёрства',
  noPartnerships: 'Сведений о партнёрствах нет.',
  sources: 'Источники',
  note: 'Примечание',
  aliases: 'Другие написания',
  precision: 'Точность местоположения: {{precision}}',
  parties: 'Стороны',
  dates: 'Даты',
  showOnMap: 'Показать на карте',
  notFound: 'Запись с идентификатором «{{id}}» не загружена.',
  regionNotFound_one: 'В данных нет объектов в регионе {{regions}}; этот фильтр снят.',
  regionNotFound_few: 'В данных нет объектов в регионах {{regions}}; эти фильтры сняты.',
  regionNotFound_many: 'В данных нет объектов в регионах {{regions}}; эти фильтры сняты.',
  regionNotFound_other: 'В данных нет объектов в регионах {{regions}}; эти фильтры сняты.',
  undated: 'без даты',
  // The language name comes in the nominative ("английский"), so no preposition that would need another case.
  inLanguage: 'язык: {{language}}',
  englishName: 'Английское название: {{name}}',
  sourceArticle: 'Статья {{article}}',
};

export const figure: Area<'figure'> = {
  area: 'Площадь',
  bioreactor_capacity: 'Объём биореакторов',
  production_capacity: 'Производственная мощность',
  funding: 'Финансирование',
  workforce: 'Численность занятых',
  companies: 'Компании',
  industrial_sites: 'Производственные площадки',
  projects: 'Проекты',
  market_size: 'Объём рынка',
  export_target: 'Целевой объём экспорта',
  production_target: 'Целевой объём производства',
  domestic_share_target: 'Целевая доля отечественного производства',
  qualifier_over: 'более',
  qualifier_approx: 'около',
  qualifier_target: 'цель',
  byYear: 'к {{year}} году',
};

export const unit: Area<'unit'> = {
  km2: 'км²',
  L: 'л',
  'L/year': 'л/год',
  KRW: 'вон',
  USD: 'долл. США',
  people: 'чел.',
  count: '',
  percent: '%',
};
