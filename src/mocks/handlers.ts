/** One array of handlers for the node server (tests) and the browser worker (dev:mock). */
import { http, HttpResponse } from 'msw';
import { partnershipsCollection, sitesCollection } from './dataset';
import { ogcApiHandlers } from './ogcApi';

export const MOCK_OGCAPI_BASE = '/mock-ogcapi';

export const staticFileHandlers = [
  http.get('*/data/sites.geojson', () => HttpResponse.json(sitesCollection)),
  http.get('*/data/partnerships.geojson', () => HttpResponse.json(partnershipsCollection)),
];

export const handlers = [
  ...staticFileHandlers,
  ...ogcApiHandlers(MOCK_OGCAPI_BASE, {
    sites: { title: 'Sites', features: sitesCollection.features },
    partnerships: { title: 'Partnerships', features: partnershipsCollection.features },
  }),
];
