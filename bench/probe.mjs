// The in-page probe, installed as an init script before any page script runs. It
// knows nothing about the page it measures: it records the last draw (WebGL
// draw calls; for DOM/canvas maps, 2D canvas draws and the frame after a DOM
// change inside the map), MapLibre's worker requests still waiting for a reply,
// main-thread long tasks, input event timings and when watched text appears.
// All times are performance.now(): milliseconds since navigation start.
//
// "Settled" (see settledAfter): the data has arrived, something was drawn after
// that, no worker request is pending, the page reports no chunked work in progress,
// and nothing was drawn and no long task ran for `quietMs`. The result is the time
// of the last draw, not the end of the quiet period.

/** Runs in the page (serialised by Playwright): keep it self-contained. */
export function installProbe({ paintRoot = null, canvas2d = false, watches = [] } = {}) {
  const now = () => performance.now();
  const state = {
    lastDraw: 0,
    draws: 0,
    lastActivity: 0,
    pendingWorker: new Set(),
    workerMessages: 0,
    busy: 0,
    longTasks: [],
    events: [],
    watches: {},
    lastClick: 0,
    lastKey: 0,
    firstDraw: 0,
  };
  const drew = () => {
    const t = now();
    state.lastDraw = t;
    state.lastActivity = Math.max(state.lastActivity, t);
    state.draws++;
    if (!state.firstDraw) state.firstDraw = t;
  };

  // WebGL draw calls, both context versions (MapLibre 6 uses WebGL2; a WebGL1 fallback would use the other).
  const glMethods = ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements'];
  for (const proto of [globalThis.WebGLRenderingContext?.prototype, globalThis.WebGL2RenderingContext?.prototype]) {
    if (!proto) continue;
    for (const name of glMethods) {
      const original = Object.getOwnPropertyDescriptor(proto, name)?.value;
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        drew();
        return original.apply(this, args);
      };
    }
  }

  // 2D canvas draws (Leaflet's canvas renderer); off for WebGL pages, where MapLibre draws glyphs into 2D canvases off screen.
  if (canvas2d) {
    const proto = CanvasRenderingContext2D.prototype;
    for (const name of ['fill', 'stroke', 'drawImage', 'fillRect', 'fillText', 'strokeText']) {
      const original = proto[name];
      proto[name] = function (...args) {
        drew();
        return original.apply(this, args);
      };
    }
  }

  // Requests pending in any worker. MapLibre's actor protocol: a request carries an id, the worker's reply is
  // type "<response>" with the same id. The atlas's data worker: a request carries an id and a method, the reply
  // the same id and "ok" (a cancel is {cancel: id}). Ids are kept per worker, as both protocols count from 1.
  const watched = new WeakMap();
  let workers = 0;
  const originalPost = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (!watched.has(this)) {
      const tag = ++workers;
      watched.set(this, tag);
      this.addEventListener('message', (event) => {
        const data = event.data;
        state.workerMessages++;
        state.lastActivity = Math.max(state.lastActivity, now());
        if (data && (data.type === '<response>' || 'ok' in data)) state.pendingWorker.delete(`${tag}:${data.id}`);
      });
    }
    const tag = watched.get(this);
    if (message && typeof message === 'object') {
      if (message.cancel !== undefined) state.pendingWorker.delete(`${tag}:${message.cancel}`);
      else if (message.id !== undefined) {
        if (message.type === '<cancel>') state.pendingWorker.delete(`${tag}:${message.id}`);
        else if (message.type !== '<response>') state.pendingWorker.add(`${tag}:${message.id}`);
      }
    }
    return originalPost.call(this, message, ...rest);
  };

  const recordLongTasks = (entries) => {
    for (const entry of entries) {
      state.longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
      state.lastActivity = Math.max(state.lastActivity, entry.startTime + entry.duration);
    }
  };
  const longTaskObserver = new PerformanceObserver((list) => recordLongTasks(list.getEntries()));
  longTaskObserver.observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.events.push({ name: entry.name, start: entry.startTime, duration: entry.duration, processingEnd: entry.processingEnd });
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });

  addEventListener('click', (event) => (state.lastClick = event.timeStamp), true);
  addEventListener('keydown', (event) => (state.lastKey = event.timeStamp), true);

  // Watched text: the first time `selector`'s text matches `pattern` after the watch was set.
  const checkWatches = () => {
    for (const watch of Object.values(state.watches)) {
      if (watch.at) continue;
      const element = document.querySelector(watch.selector);
      const text = element?.textContent ?? '';
      if (element && new RegExp(watch.pattern, 'u').test(text) && (!watch.changedFrom || text !== watch.changedFrom)) {
        watch.at = now();
        watch.text = text.slice(0, 200);
      }
    }
  };

  // A DOM change inside the map (Leaflet's marker pane): counts as a draw at the next frame.
  let paintQueued = false;
  const observer = new MutationObserver((mutations) => {
    checkWatches();
    if (!paintRoot || paintQueued) return;
    const root = document.querySelector(paintRoot);
    if (root && mutations.some((m) => root.contains(m.target))) {
      paintQueued = true;
      requestAnimationFrame(() => {
        paintQueued = false;
        drew();
      });
    }
  });
  const observe = () => observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  if (document.documentElement) observe();
  else addEventListener('DOMContentLoaded', observe, { once: true });

  for (const { name, selector, pattern } of watches) state.watches[name] = { selector, pattern, at: 0 };

  window.__benchProbe = {
    state,
    /** For pages doing chunked work off the probe's sight (Leaflet.markercluster's chunkedLoading). */
    busy(delta) {
      state.busy += delta;
      state.lastActivity = Math.max(state.lastActivity, now());
    },
    watch(name, selector, pattern, changedFrom) {
      state.watches[name] = { selector, pattern, changedFrom, at: 0 };
      checkWatches();
    },
    /**
     * The last draw after `since` once the page is quiet, else null. With `dataPattern`,
     * `since` is instead the end of the last of `dataFiles` matching data responses (load measurement).
     */
    /** Why the page has not settled yet, for the error message of a load that never does. */
    why(dataEndEpoch) {
      const start = dataEndEpoch === null ? null : Math.round(dataEndEpoch - performance.timeOrigin);
      return `last draw ${Math.round(state.lastDraw)} ms, data end ${start ?? 'not yet'} ms, last activity ${Math.round(state.lastActivity)} ms, now ${Math.round(now())} ms, pending worker requests [${[...state.pendingWorker].slice(0, 8).join(', ')}], busy ${state.busy}`;
    },
    settledAfter(since, quietMs, dataPattern, dataFiles = 1, dataEndEpoch = null) {
      let start = since;
      // The data's arrival as the runner saw it on the network (wall-clock ms): the page's own resource
      // timing misses responses fetched by a worker (the atlas loads its data in one).
      if (dataEndEpoch !== null) start = dataEndEpoch - performance.timeOrigin;
      else if (dataPattern) {
        const re = new RegExp(dataPattern);
        const data = performance.getEntriesByType('resource').filter((e) => re.test(e.name));
        if (data.length < dataFiles || data.some((e) => !e.responseEnd)) return null;
        start = Math.max(...data.map((e) => e.responseEnd));
      }
      if (state.lastDraw <= start || state.pendingWorker.size > 0 || state.busy > 0) return null;
      // A long task that just ended (the bare page parsing 193 MB) is not delivered to the observer yet when this
      // poll runs right after it, before the page's next step (its setData): without this, that gap looked quiet.
      recordLongTasks(longTaskObserver.takeRecords());
      if (now() - state.lastActivity < quietMs) return null;
      return { settled: state.lastDraw, dataEnd: start, draws: state.draws };
    },
  };
}
