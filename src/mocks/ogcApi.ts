/**
 * An OGC API – Features server in MSW handlers: landing page, conformance,
 * collections, and items with limit/offset paging and `next` links. Used by the
 * Vitest node server and by `npm run dev:mock` in the browser.
 */
import { http, HttpResponse } from 'msw';

export interface MockCollection {
  title: string;
  features: unknown[];
}

const GEOJSON = { 'Content-Type': 'application/geo+json' };

/** `base` is a path prefix such as "/mock-ogcapi"; any origin matches. */
export function ogcApiHandlers(
  base: string,
  collections: Record<string, MockCollection>,
  options: { defaultLimit?: number; maxLimit?: number } = {},
) {
  const { defaultLimit = 10, maxLimit = 1000 } = options;
  const root = `*${base.replace(/\/$/, '')}`;
  const collectionJson = (origin: string, id: string) => ({
    id,
    title: collections[id].title,
    itemType: 'feature',
    links: [{ rel: 'items', type: 'application/geo+json', href: `${origin}/collections/${id}/items?f=json` }],
  });
  const originOf = (request: Request) => {
    const url = new URL(request.url);
    return `${url.origin}${url.pathname.slice(0, url.pathname.indexOf(base.replace(/\/$/, '')) + base.replace(/\/$/, '').length)}`;
  };

  return [
    http.get(`${root}/`, ({ request }) => {
      const origin = originOf(request);
      return HttpResponse.json({
        title: 'BioCluster Atlas mock OGC API – Features',
        links: [
          { rel: 'self', type: 'application/json', href: `${origin}/` },
          { rel: 'conformance', type: 'application/json', href: `${origin}/conformance` },
          { rel: 'data', type: 'application/json', href: `${origin}/collections` },
        ],
      });
    }),
    http.get(`${root}/conformance`, () =>
      HttpResponse.json({
        conformsTo: [
          'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
          'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
        ],
      }),
    ),
    http.get(`${root}/collections`, ({ request }) => {
      const origin = originOf(request);
      return HttpResponse.json({ collections: Object.keys(collections).map((id) => collectionJson(origin, id)), links: [] });
    }),
    http.get(`${root}/collections/:collection`, ({ request, params }) => {
      const id = String(params.collection);
      if (!collections[id]) return HttpResponse.json({ code: 'NotFound', description: `No collection ${id}` }, { status: 404 });
      return HttpResponse.json(collectionJson(originOf(request), id));
    }),
    http.get(`${root}/collections/:collection/items`, ({ request, params }) => {
      const id = String(params.collection);
      const collection = collections[id];
      if (!collection) return HttpResponse.json({ code: 'NotFound', description: `No collection ${id}` }, { status: 404 });
      const url = new URL(request.url);
      const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? defaultLimit) || defaultLimit, 1), maxLimit);
      const offset = Math.max(Number(url.searchParams.get('offset') ?? 0) || 0, 0);
      const page = collection.features.slice(offset, offset + limit);
      const pageUrl = (o: number) => {
        const u = new URL(url);
        u.searchParams.set('offset', String(o));
        u.searchParams.set('limit', String(limit));
        return u.toString();
      };
      const links = [{ rel: 'self', type: 'application/geo+json', href: pageUrl(offset) }];
      if (offset + limit < collection.features.length)
        links.push({ rel: 'next', type: 'application/geo+json', href: pageUrl(offset + limit) });
      return HttpResponse.json(
        {
          type: 'FeatureCollection',
          numberMatched: collection.features.length,
          numberReturned: page.length,
          timeStamp: new Date().toISOString(),
          features: page,
          links,
        },
        { headers: GEOJSON },
      );
    }),
  ];
}
