// A small static server for the benchmark, on 127.0.0.1. Every response carries
// COOP/COEP so the pages are cross-origin isolated, which
// performance.measureUserAgentSpecificMemory() (memory of all isolates, workers
// included) requires. Files are sent as they are (no compression), never cached.
//
//   /c/<case>/                 the built atlas (dist/), with config.json and data/ from the case folder
//   /c/<case>/bench/<page>     the reference pages (bench/pages/), same data and base map beside them
//   /vendor/<package>/<file>   maplibre-gl, leaflet, leaflet.markercluster dist files from node_modules
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};

const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** `relative` inside `root`, or null if it would escape it. */
function inside(root, relative) {
  const path = normalize(join(root, relative));
  return path === root || path.startsWith(root + sep) ? path : null;
}

function fileAt(path) {
  try {
    const stat = statSync(path);
    return stat.isFile() ? { path, size: stat.size } : null;
  } catch {
    return null;
  }
}

/**
 * Starts the server. `caseDir(name)` maps a case name to its folder (holding config.json
 * and data/). Resolves to { url, close }.
 */
export async function startServer({ root, distDir, caseDir }) {
  const vendors = {
    'maplibre-gl': resolve(root, 'node_modules/maplibre-gl/dist'),
    leaflet: resolve(root, 'node_modules/leaflet/dist'),
    'leaflet.markercluster': resolve(root, 'node_modules/leaflet.markercluster/dist'),
  };
  const pagesDir = resolve(root, 'bench/pages');

  function locate(pathname) {
    const vendor = /^\/vendor\/([^/]+)\/(.+)$/.exec(pathname);
    if (vendor) return vendors[vendor[1]] ? inside(vendors[vendor[1]], vendor[2]) : null;
    const match = /^\/c\/([\w-]+)\/(.*)$/.exec(pathname);
    if (!match) return null;
    const [, name, rest] = match;
    if (rest.startsWith('bench/')) return inside(pagesDir, rest.slice('bench/'.length));
    if (rest === 'config.json' || rest.startsWith('data/')) return inside(caseDir(name), rest);
    return inside(distDir, rest === '' ? 'index.html' : rest);
  }

  const served = [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://127.0.0.1');
    const path = locate(decodeURIComponent(pathname));
    const file = path && fileAt(path);
    if (!file) {
      response.writeHead(404, { ...ISOLATION_HEADERS, 'Content-Type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, {
      ...ISOLATION_HEADERS,
      'Content-Type': TYPES[extname(file.path)] ?? 'application/octet-stream',
      'Content-Length': file.size,
    });
    if (request.method === 'HEAD') return response.end();
    // When each body was fully written: the runner's fallback for requests it could not see (a worker's fetch
    // made before the browser attached to that worker).
    response.on('finish', () => served.push({ pathname, end: Date.now() }));
    createReadStream(file.path).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    /** Responses fully sent since `sinceEpoch` (ms) whose path matches `pattern`: { pathname, end }. */
    servedSince: (sinceEpoch, pattern) => served.filter((r) => r.end >= sinceEpoch && pattern.test(r.pathname)),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(done);
      }),
  };
}
