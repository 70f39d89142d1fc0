import type { Area } from '../types';

/** Kazakh: the summary charts. */
export const summary: Area<'summary'> = {
  byCountry: 'Елдер бойынша нысандар',
  bySector: 'Салалар бойынша нысандар',
  bar_one: '{{label}}: {{count, number}} нысан',
  bar_other: '{{label}}: {{count, number}} нысан',
  count: '{{count, number}}',
  hint: 'Сүзу үшін бағанды таңдаңыз; қайта таңдасаңыз, сүзгі алынып тасталады.',
  empty: 'Ағымдағы сүзгілерге сәйкес нысан жоқ.',
};
