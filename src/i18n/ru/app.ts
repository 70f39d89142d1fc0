import type { Area } from '../types';

/** Russian: the shell: title, start-up messages, regions of the page. */
export const app: Area<'app'> = {
  title: 'Атлас биокластеров',
  subtitle: 'Кластеры, объекты и партнёрства в биофармацевтике и медицинской промышленности · Корея · Казахстан',
  skipToPanel: 'Перейти к панели сведений',
  loadingConfig: 'Загрузка конфигурации…',
  configErrorTitle: 'Не удалось запустить атлас',
  configErrorHelp: 'Попросите администратора портала проверить config.json. Подробности:',
  retry: 'Повторить',
  mapLoading: 'Загрузка карты…',
  loading: 'Загрузка…',
  mapRegion: 'Карта объектов и партнёрств',
  language: 'Язык',
};
