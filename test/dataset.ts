/** The embedded dataset as the app holds it after loading: validated and linked. For tests that run on real data. */
import { linkPartnerships, parsePartnerships, parseSites } from '../src/api/parse';
import { partnershipsCollection, sitesCollection } from '../src/mocks/dataset';

export const datasetSites = parseSites(sitesCollection).records;
export const datasetPartnerships = linkPartnerships(parsePartnerships(partnershipsCollection).records, datasetSites).records;
