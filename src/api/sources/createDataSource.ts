import type { ApiConfig } from '../config';
import type { DataSource } from './DataSource';
import { createOgcApiSource } from './ogcApiSource';
import { createStaticSource } from './staticSource';

export function createDataSource(api: ApiConfig): DataSource {
  switch (api.type) {
    case 'static':
      return createStaticSource(api.baseUrl, api.maxBytes);
    case 'ogcapi':
      return createOgcApiSource(api);
  }
}
