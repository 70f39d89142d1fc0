import type { ApiConfig } from '../config';
import { resolveUrl } from '../http';

/**
 * Where the data comes from, as messages name it: the folder of the files, or
 * the server's landing page (what each source's `describe` says, without
 * building the source, whose code belongs to the data worker).
 */
export function describeSource(api: ApiConfig, base?: string): string {
  return resolveUrl(api.baseUrl.endsWith('/') ? api.baseUrl : `${api.baseUrl}/`, base);
}
