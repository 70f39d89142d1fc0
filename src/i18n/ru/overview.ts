import type { Area } from '../types';

/** Russian: the overview panel shown when nothing is selected. */
export const overview: Area<'overview'> = {
  heading: 'Обзор',
  intro:
    'Выберите объект на карте или откройте кластер ниже. Дуги обозначают партнёрства: меморандумы, совместные проекты, визиты и мероприятия.',
  clusters: 'Кластеры и зоны',
  members_one: '{{count, number}} объект в составе',
  members_few: '{{count, number}} объекта в составе',
  members_many: '{{count, number}} объектов в составе',
  members_other: '{{count, number}} объекта в составе',
  more_one: '…и ещё {{count, number}}: чтобы увидеть все, отфильтруйте список объектов по типу.',
  more_few: '…и ещё {{count, number}}: чтобы увидеть все, отфильтруйте список объектов по типу.',
  more_many: '…и ещё {{count, number}}: чтобы увидеть все, отфильтруйте список объектов по типу.',
  more_other: '…и ещё {{count, number}}: чтобы увидеть все, отфильтруйте список объектов по типу.',
};
