/**
 * Fixed vocabularies of the data contract. The order of each list is the order
 * the UI shows it in (legend, filters). Labels live in src/i18n, keyed by value.
 */
export const SITE_KINDS = [
  'cluster',
  'zone',
  'facility',
  'hospital',
  'company',
  'university',
  'institute',
  'agency',
  'distributor',
] as const;

export const SECTORS = [
  'biomanufacturing',
  'cdmo',
  'vaccines',
  'mrna',
  'nonclinical_cro',
  'precision_medicine',
  'genomics',
  'medical_devices',
  'hospital_care',
  'pharmaceuticals',
  'distribution',
  'policy',
] as const;

export const SITE_STATUSES = ['operating', 'under_construction', 'planned', 'proposed'] as const;

/** How exact a site's point is: the smallest area the point is known to lie in. */
export const LOCATION_PRECISIONS = ['building', 'campus', 'district', 'city'] as const;

export const PARTNERSHIP_KINDS = ['mou', 'cooperation', 'joint_project', 'funding', 'event', 'visit'] as const;

export const PARTNERSHIP_STATUSES = ['proposed', 'planned', 'active', 'completed'] as const;

/** Metrics a site or partnership may quantify; each figure also carries its unit. */
export const FIGURE_METRICS = [
  'area',
  'bioreactor_capacity',
  'production_capacity',
  'funding',
  'workforce',
  'companies',
  'industrial_sites',
  'projects',
  'market_size',
  'export_target',
  'production_target',
  'domestic_share_target',
] as const;

export const FIGURE_UNITS = ['km2', 'L', 'L/year', 'KRW', 'USD', 'people', 'count', 'percent'] as const;

export const COUNTRIES = ['KR', 'KZ', 'CN'] as const;

export type SiteKind = (typeof SITE_KINDS)[number];
export type Sector = (typeof SECTORS)[number];
export type SiteStatus = (typeof SITE_STATUSES)[number];
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];
export type Country = (typeof COUNTRIES)[number];
