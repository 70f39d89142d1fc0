import type { Area } from '../types';

/** Kazakh: the timeline. */
export const timeline: Area<'timeline'> = {
  heading: 'Хронология',
  chart: 'Күні белгілі оқиғалар жылдары',
  keyboardHint:
    'Сол және оң жақ көрсеткілер таңдалған жылдарды жылжытады, Shift пен көрсеткі аралықты кеңейтеді, Home мен End бірінші және соңғы жылға өтеді, Escape барлық жылдарды көрсетеді. Бірнеше жылды таңдау үшін диаграмма бойымен сүйреңіз.',
  allYears: 'Барлық жылдар',
  range: '{{from}} – {{to}}',
  single: '{{year}}',
  fromOnly: '{{from}} жылдан бастап',
  toOnly: '{{to}} жылға дейін',
  valueText_one: '{{range}}: {{count, number}} оқиға',
  valueText_other: '{{range}}: {{count, number}} оқиға',
  previous: 'Алдыңғы жыл',
  next: 'Келесі жыл',
  clear: 'Тазарту',
  clearHint: 'Барлық жылдарды көрсету',
  legend: 'Оқиға түрлері',
  kind: {
    founded: 'Құрылуы',
    milestone: 'Негізгі кезең',
    target: 'Мақсат',
    partnership: 'Әріптестік',
  },
  yearTitle_one: '{{year}} жыл: {{count, number}} оқиға',
  yearTitle_other: '{{year}} жыл: {{count, number}} оқиға',
  yearEmpty: '{{year}} жыл: күні белгілі оқиға жоқ',
  eventLine: '{{kind}}: {{label}}',
  eventLineDetail: '{{kind}}: {{label}} — {{detail}}',
  more_one: '…және тағы {{count, number}}',
  more_other: '…және тағы {{count, number}}',
  empty: 'Ағымдағы сүзгілер бойынша күні белгілі оқиға жоқ.',
};
