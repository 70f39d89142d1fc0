/** Small hand-made records for unit tests: valid ones, and helpers to break them. */
export const source = {
  article: '004',
  title: 'Kazakhstan and South Korea cooperate to create medical-pharmaceutical clusters',
  publisher: 'SK-Pharmacy LLP',
  date: '2022-07-04',
  quote: 'Thus, the Songdo cluster was founded in 2003 and is located on the west coast of Incheon with a total area of 122 km2.',
};

export function siteFeature(id = 'kr-songdo-test', overrides: Record<string, unknown> = {}, coordinates: unknown = [126.65, 37.38]) {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: {
      id,
      name_en: 'Songdo Bio Cluster',
      name_ko: '송도 바이오클러스터',
      aliases: ['Songdo Biocluster'],
      kind: 'cluster',
      sectors: ['biomanufacturing', 'cdmo'],
      country: 'KR',
      region: 'KR-28',
      regionName: 'Incheon',
      status: 'operating',
      founded: '2003',
      figures: [{ metric: 'bioreactor_capacity', value: 560000, unit: 'L' }],
      summary_en: 'A biopharmaceutical cluster in Incheon.',
      locationPrecision: 'district',
      sources: [source],
      ...overrides,
    },
  };
}

export function partnershipFeature(id = 'p-test', parties = ['kz-test', 'kr-songdo-test'], overrides: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    id,
    geometry: {
      type: 'LineString',
      coordinates: [
        [71.43, 51.13],
        [126.65, 37.38],
      ],
    },
    properties: {
      id,
      title_en: 'Working visit',
      kind: 'visit',
      parties,
      dateStart: '2022-06-27',
      dateEnd: '2022-06-30',
      status: 'completed',
      summary_en: 'A delegation visit.',
      sources: [source],
      ...overrides,
    },
  };
}

export const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features });
