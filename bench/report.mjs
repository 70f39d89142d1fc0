// Summaries and tables for the browser benchmark: medians with min–max over runs,
// and times as multiples of the bare MapLibre page's settle time in the same run.

const METRICS = [
  'settled',
  'dataUsable',
  'countsShown',
  'firstRowShown',
  'firstContentfulPaint',
  'filterSettled',
  'filterCountShown',
  'searchListUpdated',
  'searchLongestTask',
  'searchInputToPaint',
  'heapMain',
  'memoryAll',
  'bytesBeforeFirstPaint',
  'bytesUntilSettled',
];

export function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length };
}

/** Per page: stats of every metric; ratios to the bare page computed run by run. */
export function summarise(byKind) {
  const summary = { absolute: {}, ratio: {}, failedRuns: {} };
  const bare = new Map(byKind.bare.map((r) => [r.run, r]));
  for (const [kind, runs] of Object.entries(byKind)) {
    summary.failedRuns[kind] = runs.filter((r) => r.problems.length > 0).length;
    summary.absolute[kind] = Object.fromEntries(METRICS.map((m) => [m, stats(runs.map((r) => r[m]))]).filter(([, s]) => s));
    const ratio = (metric, baseMetric) =>
      stats(
        runs.map((r) => {
          const b = bare.get(r.run)?.[baseMetric];
          return typeof r[metric] === 'number' && b > 0 ? r[metric] / b : null;
        }),
      );
    summary.ratio[kind] = Object.fromEntries(
      [
        ['settled', ratio('settled', 'settled')],
        ['dataUsable', ratio('dataUsable', 'settled')],
        ['filterSettled', ratio('filterSettled', 'filterSettled')],
        ['heapMain', ratio('heapMain', 'heapMain')],
        ['memoryAll', ratio('memoryAll', 'memoryAll')],
      ].filter(([, s]) => s),
    );
  }
  return summary;
}

const num = (x, digits = 2) => (x == null ? '–' : x.toFixed(digits));
const range = (s, digits = 2, scale = 1) =>
  !s ? '–' : s.n === 1 ? num(s.median / scale, digits) : `${num(s.median / scale, digits)} (${num(s.min / scale, digits)}–${num(s.max / scale, digits)})`;
const ms = (s) => (!s ? '–' : s.n === 1 ? `${Math.round(s.median)}` : `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})`);
const mb = (s) => range(s, 1, 1024 * 1024);

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The tables of README's Performance section, as Markdown. */
export function tables(results) {
  const sites = (c) => c.sites.toLocaleString('en');
  // A page whose every run failed shows "failed" rather than a dash.
  const or = (c, kind, text) => (text === '–' && c.summary.failedRuns[kind] === c.runs[kind].length ? 'failed' : text);
  const ratios = table(
    ['sites', 'bare MapLibre: settled', 'Leaflet.markercluster: settled', 'atlas: settled', 'atlas: counts and list shown', 'heap (main), × bare: Leaflet / atlas', 'filter to settled, × bare: Leaflet / atlas'],
    results.cases.map((c) => {
      const r = c.summary.ratio;
      return [
        sites(c),
        '1.0',
        or(c, 'leaflet', range(r.leaflet?.settled)),
        or(c, 'atlas', range(r.atlas?.settled)),
        or(c, 'atlas', range(r.atlas?.dataUsable)),
        `${or(c, 'leaflet', range(r.leaflet?.heapMain, 1))} / ${or(c, 'atlas', range(r.atlas?.heapMain, 1))}`,
        `${or(c, 'leaflet', range(r.leaflet?.filterSettled))} / ${or(c, 'atlas', range(r.atlas?.filterSettled))}`,
      ];
    }),
  );
  const absolute = table(
    ['sites', 'settled: bare / Leaflet / atlas (ms)', 'atlas: counts / first rows (ms)', 'filter to settled: bare / Leaflet / atlas (ms)', 'atlas filter: count shown (ms)', 'atlas search: keystroke → list / longest task / input → paint (ms)', 'heap main: bare / Leaflet / atlas (MB)', 'all isolates: bare / Leaflet / atlas (MB)'],
    results.cases.map((c) => {
      const a = c.summary.absolute;
      const m = (metric, f) => ['bare', 'leaflet', 'atlas'].map((k) => or(c, k, f(a[k]?.[metric]))).join(' / ');
      return [
        sites(c),
        m('settled', ms),
        `${or(c, 'atlas', ms(a.atlas?.countsShown))} / ${or(c, 'atlas', ms(a.atlas?.firstRowShown))}`,
        m('filterSettled', ms),
        or(c, 'atlas', ms(a.atlas?.filterCountShown)),
        ['searchListUpdated', 'searchLongestTask', 'searchInputToPaint'].map((metric) => or(c, 'atlas', ms(a.atlas?.[metric]))).join(' / '),
        m('heapMain', mb),
        m('memoryAll', mb),
      ];
    }),
  );
  const bytes = table(
    ['sites', 'before first contentful paint: bare / Leaflet / atlas (KB)', 'until settled: bare / Leaflet / atlas (MB)'],
    results.cases.map((c) => {
      const a = c.summary.absolute;
      const m = (metric, f) => ['bare', 'leaflet', 'atlas'].map((k) => or(c, k, f(a[k]?.[metric]))).join(' / ');
      return [sites(c), m('bytesBeforeFirstPaint', (s) => range(s, 0, 1024)), m('bytesUntilSettled', mb)];
    }),
  );
  const chunks = table(
    ['chunk (dist/assets)', 'raw (KB)', 'gzip (KB)'],
    results.chunks.map((c) => [c.file.replace(/-[\w-]{8}\.(m?js|css)$/, '.$1'), (c.bytes / 1024).toFixed(1), (c.gzip / 1024).toFixed(1)]),
  );
  return { ratios, absolute, bytes, chunks };
}

export function printTables(results) {
  const { ratios, absolute, bytes, chunks } = tables(results);
  const m = results.meta;
  console.log(`\nTimes as multiples of the bare MapLibre page's settle time in the same run (filter: of its filter time; heap: of its heap); median (min–max) of ${m.runs} run(s).\n`);
  console.log(ratios);
  console.log('\nAbsolute medians (min–max):\n');
  console.log(absolute);
  console.log('\nBytes transferred (uncompressed, as served):\n');
  console.log(bytes);
  console.log(`\nBuilt chunks:\n`);
  console.log(chunks);
  console.log(`\nChromium ${m.chromium}, ${m.cpus} × ${m.cpuModel}, Node ${m.node}; map ${m.mapSize.width}×${m.mapSize.height} px; quiet period ${m.quietMs} ms.`);
}
