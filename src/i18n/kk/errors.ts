import type { Area } from '../types';

/** Kazakh: what the person is told when part of the atlas fails unexpectedly. */
export const errors: Area<'errors'> = {
  pageTitle: 'Атлас жұмысында қате орын алды',
  pageHelp:
    'Атласты көрсету кезінде қате орын алды. Әдетте бетті қайта жүктеу көмектеседі; көмектеспесе, төменде көрсетілген мәліметтерді портал әкімшісіне хабарлаңыз.',
  regionTitle: {
    map: 'Картаны көрсету мүмкін емес',
    panel: 'Бұл панельді көрсету мүмкін емес',
    explore: 'Сүзгілер мен тізімдерді көрсету мүмкін емес',
    timeline: 'Хронологияны көрсету мүмкін емес',
  },
  regionHelp: 'Атластың қалған бөлімдері жұмыс істеп тұр.',
  unexpected: 'Қате орын алды: {{summary}}',
  reload: 'Қайта жүктеу',
  tryAgain: 'Қайталап көру',
  dismiss: 'Жабу',
  detail: 'Толығырақ',
};
