import type { Area } from '../types';

/** Russian: the map legend. */
export const legend: Area<'legend'> = {
  heading: 'Легенда',
  sectors: 'Объекты по основной отрасли',
  partnerships: 'Партнёрства',
  cluster: 'Группа объектов (щелчок — приблизить)',
  selected: 'Выбрано',
  show: 'Показать легенду',
  hide: 'Скрыть легенду',
};
