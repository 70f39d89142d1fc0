import type { Area } from '../types';

/** Kazakh: the map legend. */
export const legend: Area<'legend'> = {
  heading: 'Шартты белгілер',
  sectors: 'Негізгі сала бойынша нысандар',
  partnerships: 'Әріптестіктер',
  cluster: 'Нысандар тобы (үлкейту үшін басыңыз)',
  selected: 'Таңдалған',
  show: 'Шартты белгілерді көрсету',
  hide: 'Шартты белгілерді жасыру',
};
