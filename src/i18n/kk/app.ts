import type { Area } from '../types';

/** Kazakh: the shell: title, start-up messages, regions of the page. */
export const app: Area<'app'> = {
  title: 'Биокластерлер атласы',
  subtitle: 'Биофармацевтика және медицина өнеркәсібі кластерлері, нысандары мен әріптестіктері · Корея · Қазақстан',
  skipToPanel: 'Мәліметтер панеліне өту',
  loadingConfig: 'Конфигурация жүктелуде…',
  configErrorTitle: 'Атласты іске қосу мүмкін болмады',
  configErrorHelp: 'Портал әкімшісінен config.json файлын тексеруді сұраңыз. Толығырақ:',
  retry: 'Қайталау',
  mapLoading: 'Карта жүктелуде…',
  loading: 'Жүктелуде…',
  mapRegion: 'Нысандар мен әріптестіктер картасы',
  language: 'Тіл',
};
