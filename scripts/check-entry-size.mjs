// The JavaScript a visitor downloads before anything else — the entry script and
// the chunks index.html preloads with it, everything before the lazily loaded map,
// list and panels — must stay within the budget (gzip), so the title bar, filters
// and counts appear fast on a slow connection. The map's chunk, asked for early at
// low priority (fetchpriority="low": the browser lets the entry go first), is not
// part of it. Run after a build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
  ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g)].filter((m) => !/fetchpriority="low"/.test(m[0])),
].map((m) => m[1].replace(/^\.\//, ''));
if (files.length === 0) {
  console.error(`entry size: no module scripts found in ${dist}/index.html`);
  process.exit(1);
}
let total = 0;
for (const file of files) {
  const kb = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
  total += kb;
  console.log(`  ${kb.toFixed(1).padStart(7)} KB  ${file}`);
}
console.log(`entry JavaScript: ${total.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB) {
  console.error(`entry JavaScript is over its budget by ${(total - BUDGET_KB).toFixed(1)} KB: load more of it lazily.`);
  process.exit(1);
}
