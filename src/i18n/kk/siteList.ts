import type { Area } from '../types';

/** Kazakh: the list of sites. */
export const siteList: Area<'siteList'> = {
  label: 'Нысандар',
  count_one: '{{count, number}} нысан',
  count_other: '{{count, number}} нысан',
  inViewOnly: 'Тек картаның көрінетін бөлігіндегі нысандар',
  keyboardHint: 'Көрсеткі пернелері, Page Up, Page Down, Home және End нысандар бойынша жылжытады; Enter немесе Space нысанды ашады.',
  column: {
    name: 'Атауы',
    kind: 'Түрі',
    region: 'Өңір',
    sectors: 'Салалар',
    status: 'Мәртебе',
    partnerships: 'Әріптестіктер',
  },
  columnShort: {
    partnerships: 'Байланыс',
  },
  partnerships_one: '{{count, number}} әріптестік',
  partnerships_other: '{{count, number}} әріптестік',
  regionTitle: '{{region}} ({{code}})',
  empty: 'Ағымдағы сүзгілерге сәйкес нысан жоқ.',
  emptyHint: 'Сүзгіні алып тастап немесе жылдар аралығын кеңейтіп көріңіз.',
  emptyInView: 'Картаның көрінетін бөлігінде сәйкес нысан жоқ.',
  emptyInViewHint: 'Картаны кішірейтіңіз не жылжытыңыз немесе «Тек картаның көрінетін бөлігіндегі нысандар» белгісін алып тастаңыз.',
};
