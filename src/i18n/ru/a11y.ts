import type { Area } from '../types';

/** Russian: accessibility helpers — skip links, the map's keyboard equivalent, announcements, the bottom sheet. */
export const a11y: Area<'a11y'> = {
  skipLinks: 'Ссылки для перехода',
  skipToMap: 'Перейти к карте',
  skipToResults: 'Перейти к результатам',
  mapCanvas: 'Карта объектов и партнёрств. Клавиши со стрелками перемещают карту, плюс и минус меняют масштаб.',
  announce: {
    opened: 'Открыто: {{name}}',
    closed: 'Сведения закрыты',
    mapMovedTo_one: 'Карта перемещена: {{place}}; в области видимости {{count, number}} объект',
    mapMovedTo_few: 'Карта перемещена: {{place}}; в области видимости {{count, number}} объекта',
    mapMovedTo_many: 'Карта перемещена: {{place}}; в области видимости {{count, number}} объектов',
    mapMovedTo_other: 'Карта перемещена: {{place}}; в области видимости {{count, number}} объекта',
    mapMoved_one: 'Карта перемещена: в области видимости {{count, number}} объект',
    mapMoved_few: 'Карта перемещена: в области видимости {{count, number}} объекта',
    mapMoved_many: 'Карта перемещена: в области видимости {{count, number}} объектов',
    mapMoved_other: 'Карта перемещена: в области видимости {{count, number}} объекта',
    mapMovedEmpty: 'Карта перемещена: в области видимости нет объектов',
  },
  flows: {
    button_one: 'Потоки на карте ({{count, number}})',
    button_few: 'Потоки на карте ({{count, number}})',
    button_many: 'Потоки на карте ({{count, number}})',
    button_other: 'Потоки на карте ({{count, number}})',
    heading: 'Потоки между регионами в области карты',
    hint: 'Каждый поток — партнёрства между двумя регионами, сначала самые крупные. Tab перемещает по ним, Enter показывает оба региона, Escape закрывает этот список.',
    empty: 'В текущей области карты нет потоков. Уменьшите масштаб или переместите карту.',
    count_one: '{{count, number}} партнёрство',
    count_few: '{{count, number}} партнёрства',
    count_many: '{{count, number}} партнёрств',
    count_other: '{{count, number}} партнёрства',
    more_one: 'и ещё {{count, number}} поток поменьше: увеличьте масштаб, чтобы увидеть их в списке',
    more_few: 'и ещё {{count, number}} потока поменьше: увеличьте масштаб, чтобы увидеть их в списке',
    more_many: 'и ещё {{count, number}} потоков поменьше: увеличьте масштаб, чтобы увидеть их в списке',
    more_other: 'и ещё {{count, number}} потока поменьше: увеличьте масштаб, чтобы увидеть их в списке',
    close: 'Закрыть список потоков на карте',
  },
  inView: {
    button_one: 'Объекты на карте ({{count, number}})',
    button_few: 'Объекты на карте ({{count, number}})',
    button_many: 'Объекты на карте ({{count, number}})',
    button_other: 'Объекты на карте ({{count, number}})',
    heading: 'Объекты в области карты',
    hint: 'Стрелки вверх и вниз перемещают по объектам, Enter открывает объект и перемещает к нему карту, Escape закрывает этот список.',
    loading: 'Поиск объектов в области карты…',
    empty: 'В текущей области карты нет объектов. Уменьшите масштаб или переместите карту.',
    more_one: 'и ещё {{count, number}}: увеличьте масштаб, чтобы увидеть его в списке',
    more_few: 'и ещё {{count, number}}: увеличьте масштаб, чтобы увидеть их в списке',
    more_many: 'и ещё {{count, number}}: увеличьте масштаб, чтобы увидеть их в списке',
    more_other: 'и ещё {{count, number}}: увеличьте масштаб, чтобы увидеть их в списке',
    close: 'Закрыть список объектов на карте',
  },
  sheet: {
    label: 'Обзор и сведения',
    expand: 'Развернуть панель',
    collapse: 'Свернуть панель',
    handle: 'Потяните, чтобы изменить размер панели, или нажмите, чтобы развернуть или свернуть её',
  },
};

/** Russian: the phone layout's own controls. */
export const phone: Area<'phone'> = {
  summaryTab: 'Сводка',
  showTimeline: 'Хронология',
  timelineRegion: 'Хронология событий',
};
