import type { Area } from '../types';

/** Russian: the list of sites. */
export const siteList: Area<'siteList'> = {
  label: 'Объекты',
  count_one: '{{count, number}} объект',
  count_few: '{{count, number}} объекта',
  count_many: '{{count, number}} объектов',
  count_other: '{{count, number}} объекта',
  inViewOnly: 'Только объекты в видимой области карты',
  keyboardHint: 'Стрелки, Page Up, Page Down, Home и End перемещают по списку объектов; Enter или пробел открывает объект.',
  column: {
    name: 'Название',
    kind: 'Тип',
    region: 'Регион',
    sectors: 'Отрасли',
    status: 'Статус',
    partnerships: 'Партнёрства',
  },
  columnShort: {
    partnerships: 'Связи',
  },
  partnerships_one: '{{count, number}} партнёрство',
  partnerships_few: '{{count, number}} партнёрства',
  partnerships_many: '{{count, number}} партнёрств',
  partnerships_other: '{{count, number}} партнёрства',
  regionTitle: '{{region}} ({{code}})',
  empty: 'Нет объектов, соответствующих текущим фильтрам.',
  emptyHint: 'Попробуйте убрать фильтр или расширить диапазон лет.',
  emptyInView: 'В видимой области карты нет подходящих объектов.',
  emptyInViewHint: 'Отдалите или сдвиньте карту либо снимите флажок «Только объекты в видимой области карты».',
};
