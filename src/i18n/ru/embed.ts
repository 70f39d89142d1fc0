import type { Area } from '../types';

/** Russian: the atlas inside a portal's frame (embed mode). */
export const embed: Area<'embed'> = {
  openFullMap: 'Открыть полную карту',
  newTab: '(откроется в новой вкладке)',
  explore: 'Обзор',
  exploreLabel: 'Обзор атласа',
  closeExplore: 'Закрыть',
  summaryTab: 'Сводка',
  openInFullMap: 'Подробнее на полной карте',
  closeCard: 'Закрыть',
  parties: 'Стороны',
  gesturesWindows: 'Карта не мешает прокрутке страницы: чтобы изменить масштаб, прокручивайте с нажатой клавишей Ctrl или используйте кнопки масштаба. На сенсорном экране перемещайте карту двумя пальцами.',
  gesturesMac: 'Карта не мешает прокрутке страницы: чтобы изменить масштаб, прокручивайте с нажатой клавишей ⌘ или используйте кнопки масштаба. На сенсорном экране перемещайте карту двумя пальцами.',
  fullscreenEnter: 'Во весь экран',
  fullscreenExit: 'Выйти из полноэкранного режима',
};
