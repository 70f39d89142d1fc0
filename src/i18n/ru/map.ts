import type { Area } from '../types';

/** Russian: messages and controls of the map. */
export const map: Area<'map'> = {
  unavailable: 'Не удаётся показать карту: {{reason}}. Обзор и панели по-прежнему работают.',
  codeNotLoaded: 'не удалось загрузить её код (возможно, прервалось соединение)',
  noWebgl: 'браузер не поддерживает WebGL',
  contextLost:
    'Карта перестала отображаться: потерян графический контекст. Списки и панели работают; чтобы восстановить карту, перезагрузите страницу.',
  basemapFallback: 'Не удалось загрузить базовую онлайн-карту ({{reason}}); показана встроенная офлайн-карта.',
  labelsUnavailable: 'Не удалось загрузить шрифты карты, поэтому она показана без подписей.',
  attribution: 'Базовая карта: Natural Earth (общественное достояние) · Шрифты: Noto Sans (OFL)',
  chooser_one: 'Здесь {{count, number}} объект',
  chooser_few: 'Здесь {{count, number}} объекта',
  chooser_many: 'Здесь {{count, number}} объектов',
  chooser_other: 'Здесь {{count, number}} объекта',
  flow_one: '{{from}} – {{to}}: {{count, number}} партнёрство. Щелчок — показать эти два региона',
  flow_few: '{{from}} – {{to}}: {{count, number}} партнёрства. Щелчок — показать эти два региона',
  flow_many: '{{from}} – {{to}}: {{count, number}} партнёрств. Щелчок — показать эти два региона',
  flow_other: '{{from}} – {{to}}: {{count, number}} партнёрства. Щелчок — показать эти два региона',
  controls: {
    zoomIn: 'Приблизить',
    zoomOut: 'Отдалить',
    resetBearing: 'Перетащите, чтобы повернуть карту; нажмите, чтобы вернуть север',
    toggleAttribution: 'Показать или скрыть атрибуцию',
    closePopup: 'Закрыть',
    meters: 'м',
    kilometers: 'км',
    cooperativeWindows: 'Чтобы изменить масштаб карты, прокручивайте с нажатой клавишей Ctrl',
    cooperativeMac: 'Чтобы изменить масштаб карты, прокручивайте с нажатой клавишей ⌘',
    cooperativeMobile: 'Чтобы переместить карту, используйте два пальца',
  },
};
