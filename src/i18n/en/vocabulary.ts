/** English: Labels of the data's vocabularies (src/api/vocabulary.ts), keyed by value. */
export const kind = {
  cluster: 'Cluster',
  zone: 'Special zone',
  facility: 'Facility',
  hospital: 'Hospital',
  company: 'Company',
  university: 'University',
  institute: 'Research institute',
  agency: 'Public agency',
  distributor: 'Distributor',
} as const;

export const sector = {
  biomanufacturing: 'Biomanufacturing',
  cdmo: 'CDMO',
  vaccines: 'Vaccines',
  mrna: 'mRNA',
  nonclinical_cro: 'Non-clinical CRO',
  precision_medicine: 'Precision medicine',
  genomics: 'Genomics',
  medical_devices: 'Medical devices',
  hospital_care: 'Hospital care',
  pharmaceuticals: 'Pharmaceuticals',
  distribution: 'Distribution',
  policy: 'Policy & public support',
} as const;

export const status = {
  operating: 'Operating',
  under_construction: 'Under construction',
  planned: 'Planned',
  proposed: 'Proposed',
  active: 'Active',
  completed: 'Completed',
} as const;

export const precision = {
  building: 'building',
  campus: 'campus',
  district: 'district',
  city: 'city',
} as const;

export const partnershipKind = {
  mou: 'MOU',
  cooperation: 'Cooperation',
  joint_project: 'Joint project',
  funding: 'Funding',
  event: 'Co-hosted event',
  visit: 'Delegation or state visit',
} as const;

export const country = {
  KR: 'Republic of Korea',
  KZ: 'Kazakhstan',
  CN: 'China',
} as const;

export const language = {
  en: 'English',
  ko: 'Korean',
  ru: 'Russian',
  kk: 'Kazakh',
  zh: 'Chinese',
} as const;
