/** The MSW server for Vitest: the same handlers as dev:mock, plus the default static config.json. */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const staticConfig = { api: { type: 'static', baseUrl: 'data/' }, basemap: { style: 'embedded' } };

export const server = setupServer(
  http.get('*/config.json', () => HttpResponse.json(staticConfig)),
  ...handlers,
);
