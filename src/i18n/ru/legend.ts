import type { Area } from '../types';

/** Russian: the map legend. */
export const legend: Area<'legend'> = {
  heading: 'Легенда',
  sectors: 'Объекты по основной отрасли',
  partnerships: 'Партнёрства',
  cluster: 'Группа объектов (щелчок — приблизить)',
  selected: 'Выбрано',
  flows_one: 'Больше {{count, number}} партнёрства: одна линия на пару регионов, чем толще, тем их больше',
  flows_few: 'Больше {{count, number}} партнёрств: одна линия на пару регионов, чем толще, тем их больше',
  flows_many: 'Больше {{count, number}} партнёрств: одна линия на пару регионов, чем толще, тем их больше',
  flows_other: 'Больше {{count, number}} партнёрства: одна линия на пару регионов, чем толще, тем их больше',
  flowsCrossBorder: 'Между странами',
  flowsDomestic: 'Внутри страны',
  show: 'Показать легенду',
  hide: 'Скрыть легенду',
};
