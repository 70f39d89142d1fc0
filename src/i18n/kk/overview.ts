import type { Area } from '../types';

/** Kazakh: the overview panel shown when nothing is selected. */
export const overview: Area<'overview'> = {
  heading: 'Шолу',
  intro:
    'Картадан нысанды таңдаңыз немесе төмендегі кластерді ашыңыз. Доғалар әріптестіктерді білдіреді: меморандумдар, бірлескен жобалар, сапарлар және іс-шаралар.',
  clusters: 'Кластерлер мен аймақтар',
  members_one: 'Құрамында {{count, number}} нысан',
  members_other: 'Құрамында {{count, number}} нысан',
  more_one: '…және тағы {{count, number}}: барлығын көру үшін нысандар тізімін түрі бойынша сүзіңіз.',
  more_other: '…және тағы {{count, number}}: барлығын көру үшін нысандар тізімін түрі бойынша сүзіңіз.',
};
