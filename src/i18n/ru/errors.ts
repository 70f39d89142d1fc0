import type { Area } from '../types';

/** Russian: what the person is told when part of the atlas fails unexpectedly. */
export const errors: Area<'errors'> = {
  pageTitle: 'В работе атласа произошла ошибка',
  pageHelp:
    'При отображении атласа произошла ошибка. Обычно помогает перезагрузка страницы; если не помогла, сообщите администратору портала сведения, приведённые ниже.',
  regionTitle: {
    map: 'Не удаётся показать карту',
    panel: 'Не удаётся показать эту панель',
    explore: 'Не удаётся показать фильтры и списки',
    timeline: 'Не удаётся показать хронологию',
  },
  regionHelp: 'Остальные разделы атласа работают.',
  unexpected: 'Произошла ошибка: {{summary}}',
  reload: 'Перезагрузить',
  tryAgain: 'Повторить попытку',
  dismiss: 'Закрыть',
  detail: 'Подробности',
};
