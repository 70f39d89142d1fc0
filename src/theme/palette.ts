/**
 * Colours and line styles shared by the map layers and the legend. Sector
 * colours follow Paul Tol's colour-blind-safe "muted" scheme, extended with two
 * Okabe–Ito hues and a neutral grey; partnership kinds differ by dash pattern as
 * well as colour so they never rely on colour alone.
 */
import type { PartnershipKind, Sector } from '../api/vocabulary';

export const SECTOR_COLORS: Record<Sector, string> = {
  biomanufacturing: '#332288',
  cdmo: '#88CCEE',
  vaccines: '#44AA99',
  mrna: '#117733',
  nonclinical_cro: '#999933',
  precision_medicine: '#DDCC77',
  genomics: '#CC6677',
  medical_devices: '#882255',
  hospital_care: '#AA4499',
  pharmaceuticals: '#E69F00',
  distribution: '#0072B2',
  policy: '#6E6E6E',
};

export interface LineStyle {
  color: string;
  /** MapLibre line-dasharray in line widths; empty for a solid line. */
  dash: number[];
  width: number;
}

export const PARTNERSHIP_STYLES: Record<PartnershipKind, LineStyle> = {
  mou: { color: '#D55E00', dash: [], width: 2.6 },
  cooperation: { color: '#0072B2', dash: [], width: 2.2 },
  joint_project: { color: '#009E73', dash: [], width: 2.6 },
  funding: { color: '#CC79A7', dash: [2, 1.2], width: 2.4 },
  event: { color: '#B8860B', dash: [0.6, 1.4], width: 2.8 },
  visit: { color: '#3B3B98', dash: [3, 1.6], width: 2.2 },
};

export const CLUSTER_COLOR = '#1f3a5f';
export const SELECTED_COLOR = '#ffb000';
