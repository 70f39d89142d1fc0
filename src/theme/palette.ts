/**
 * Colours and line styles shared by the map layers and the legend. Sector
 * colours follow Paul Tol's colour-blind-safe "muted" scheme, extended with two
 * Okabe–Ito hues and a neutral grey; partnership kinds differ by dash pattern as
 * well as colour (each its own dash pattern, MoU the only solid line) so they never
 * rely on colour alone. Arc colours keep 3:1 or more against the base map's land
 * and water; site markers carry a dark outline, since some sector fills are light.
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
  mou: { color: '#B34A00', dash: [], width: 2.6 },
  cooperation: { color: '#0072B2', dash: [5, 1.5], width: 2.2 },
  joint_project: { color: '#007A5A', dash: [4, 1.2, 0.8, 1.2], width: 2.6 },
  funding: { color: '#A8427E', dash: [2, 1.2], width: 2.4 },
  event: { color: '#8A6508', dash: [0.6, 1.4], width: 2.8 },
  visit: { color: '#3B3B98', dash: [3, 1.6], width: 2.2 },
};

/**
 * Flows between regions (many partnerships drawn as one line per pair of regions): across a border, or within a
 * country (dashed, in line widths). Both 3:1 or more against land and water at the flows' 0.85 opacity (WCAG 1.4.11).
 */
export const FLOW_STYLES = {
  crossBorder: { color: '#7B3294', dash: [] as number[] },
  domestic: { color: '#3B6894', dash: [2, 1] },
} as const;
export const FLOW_OPACITY = 0.85;
export type FlowKind = keyof typeof FLOW_STYLES;
export const flowKindOf = (crossBorder: boolean): FlowKind => (crossBorder ? 'crossBorder' : 'domestic');

export const CLUSTER_COLOR = '#1f3a5f';
/** The selection ring: 3:1 or more against land and water (WCAG 1.4.11). */
export const SELECTED_COLOR = '#cc5500';
