/** The embedded dataset, as the mocks serve it (the same files the static source reads). */
import partnershipsText from '../../public/data/partnerships.geojson?raw';
import sitesText from '../../public/data/sites.geojson?raw';

interface Collection {
  type: 'FeatureCollection';
  features: unknown[];
}

export const sitesCollection = JSON.parse(sitesText) as Collection;
export const partnershipsCollection = JSON.parse(partnershipsText) as Collection;
