import type { Area } from '../types';

/** Kazakh: the map legend. */
export const legend: Area<'legend'> = {
  heading: 'Шартты белгілер',
  sectors: 'Негізгі сала бойынша нысандар',
  partnerships: 'Әріптестіктер',
  cluster: 'Нысандар тобы (үлкейту үшін басыңыз)',
  selected: 'Таңдалған',
  flows_one: 'Әріптестіктер саны {{count, number}} шегінен асса: әр өңір жұбына бір сызық, көп болса — жуанырақ',
  flows_other: 'Әріптестіктер саны {{count, number}} шегінен асса: әр өңір жұбына бір сызық, көп болса — жуанырақ',
  flowsCrossBorder: 'Елдер арасында',
  flowsDomestic: 'Бір ел ішінде',
  show: 'Шартты белгілерді көрсету',
  hide: 'Шартты белгілерді жасыру',
};
