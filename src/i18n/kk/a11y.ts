import type { Area } from '../types';

/** Kazakh: accessibility helpers — skip links, the map's keyboard equivalent, announcements, the bottom sheet. */
export const a11y: Area<'a11y'> = {
  skipLinks: 'Өту сілтемелері',
  skipToMap: 'Картаға өту',
  skipToResults: 'Нәтижелерге өту',
  mapCanvas: 'Нысандар мен әріптестіктер картасы. Бағыт пернелері картаны жылжытады, плюс және минус масштабты өзгертеді.',
  announce: {
    opened: 'Ашылды: {{name}}',
    closed: 'Мәліметтер жабылды',
    mapMovedTo_one: 'Карта жылжытылды: {{place}}; көріністе {{count, number}} нысан',
    mapMovedTo_other: 'Карта жылжытылды: {{place}}; көріністе {{count, number}} нысан',
    mapMoved_one: 'Карта жылжытылды: көріністе {{count, number}} нысан',
    mapMoved_other: 'Карта жылжытылды: көріністе {{count, number}} нысан',
    mapMovedEmpty: 'Карта жылжытылды: көріністе нысан жоқ',
  },
  flows: {
    button_one: 'Картадағы ағындар ({{count, number}})',
    button_other: 'Картадағы ағындар ({{count, number}})',
    heading: 'Карта көрінісіндегі өңірлер арасындағы ағындар',
    hint: 'Әр ағын — екі өңір арасындағы әріптестіктер, ең көбінен бастап. Tab олар бойынша жылжытады, Enter екі өңірді көрсетеді, Escape бұл тізімді жабады.',
    empty: 'Картаның қазіргі көрінісінде ағын жоқ. Масштабты кішірейтіңіз немесе картаны жылжытыңыз.',
    count_one: '{{count, number}} әріптестік',
    count_other: '{{count, number}} әріптестік',
    more_one: 'және тағы {{count, number}} кішірек ағын: тізімде көру үшін масштабты үлкейтіңіз',
    more_other: 'және тағы {{count, number}} кішірек ағын: тізімде көру үшін масштабты үлкейтіңіз',
    close: 'Картадағы ағындар тізімін жабу',
  },
  inView: {
    button_one: 'Картадағы нысандар ({{count, number}})',
    button_other: 'Картадағы нысандар ({{count, number}})',
    heading: 'Карта көрінісіндегі нысандар',
    hint: 'Жоғары және төмен бағыт пернелері нысандар бойынша жылжытады, Enter нысанды ашып, картаны соған жылжытады, Escape бұл тізімді жабады.',
    loading: 'Көріністегі нысандар ізделуде…',
    empty: 'Картаның қазіргі көрінісінде нысан жоқ. Масштабты кішірейтіңіз немесе картаны жылжытыңыз.',
    more_one: 'және тағы {{count, number}}: тізімде көру үшін масштабты үлкейтіңіз',
    more_other: 'және тағы {{count, number}}: тізімде көру үшін масштабты үлкейтіңіз',
    close: 'Картадағы нысандар тізімін жабу',
  },
  sheet: {
    label: 'Шолу және мәліметтер',
    expand: 'Панельді кеңейту',
    collapse: 'Панельді жию',
    handle: 'Панель өлшемін өзгерту үшін сүйреңіз немесе ашу не жию үшін түртіңіз',
  },
};

/** Kazakh: the phone layout's own controls. */
export const phone: Area<'phone'> = {
  summaryTab: 'Жиынтық',
  showTimeline: 'Хронология',
  timelineRegion: 'Күні көрсетілген оқиғалар хронологиясы',
};
