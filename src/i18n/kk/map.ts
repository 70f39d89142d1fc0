import type { Area } from '../types';

/** Kazakh: messages and controls of the map. */
export const map: Area<'map'> = {
  unavailable: 'Картаны көрсету мүмкін емес: {{reason}}. Шолу мен панельдер жұмыс істеп тұр.',
  codeNotLoaded: 'оның коды жүктелмеді (байланыс үзілген болуы мүмкін)',
  noWebgl: 'бұл браузер WebGL технологиясын қолдамайды',
  contextLost:
    'Графикалық контекст жоғалғандықтан, карта көрсетілмей қалды. Тізімдер мен панельдер жұмыс істеп тұр; картаны қалпына келтіру үшін бетті қайта жүктеңіз.',
  basemapFallback: 'Онлайн негізгі карта жүктелмеді ({{reason}}); кіріктірілген офлайн карта көрсетілуде.',
  labelsUnavailable: 'Карта қаріптері жүктелмегендіктен, ол жер атауларынсыз көрсетілді.',
  attribution: 'Негізгі карта: Natural Earth (қоғамдық игілік) · Қаріптер: Noto Sans (OFL)',
  chooser_one: 'Мұнда {{count, number}} нысан',
  chooser_other: 'Мұнда {{count, number}} нысан',
  flow_one: '{{from}} – {{to}}: {{count, number}} әріптестік. Осы екі өңірді көрсету үшін басыңыз',
  flow_other: '{{from}} – {{to}}: {{count, number}} әріптестік. Осы екі өңірді көрсету үшін басыңыз',
  controls: {
    zoomIn: 'Үлкейту',
    zoomOut: 'Кішірейту',
    resetBearing: 'Картаны бұру үшін сүйреңіз, солтүстікке бағыттау үшін басыңыз',
    toggleAttribution: 'Дереккөздерді көрсету не жасыру',
    closePopup: 'Жабу',
    meters: 'м',
    kilometers: 'км',
    cooperativeWindows: 'Картаны масштабтау үшін Ctrl пернесін басып тұрып айналдырыңыз',
    cooperativeMac: 'Картаны масштабтау үшін ⌘ пернесін басып тұрып айналдырыңыз',
    cooperativeMobile: 'Картаны жылжыту үшін екі саусақты пайдаланыңыз',
  },
};
