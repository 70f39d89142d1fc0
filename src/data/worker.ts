/**
 * The data worker: loads, validates, indexes and queries the atlas's records
 * off the main thread (see service.ts). Messages: `{ id, method, args }` in;
 * `{ id, ok, value | error }` and `{ progress }` out. A load can be cancelled
 * with `{ cancel: id }`.
 */
import { createDataService, type DataMethod, type DataService } from './service';
import { createLoadPacer } from './loadPacer';
import { createMapHold } from './mapHold';
import { serializeError, type SiteSelectionBlobs, type WorkerRequest, type WorkerResponse } from './protocol';

/** The worker's global scope (the DOM typings the project compiles with do not describe workers). */
const scope = self as unknown as {
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};
const post = (message: WorkerResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

/**
 * The map's recent blobs per slot, released two answers later rather than at the next: an answer the page drops
 * (its filters changed again) must not take the one still on screen with it, which a map rebuilt in another
 * language reads again.
 */
const blobs = new Map<string, string[]>();
const BLOBS_KEPT = 2;
/** A selection under this share of the sites, with no GeoJSON of all of them made yet, comes as GeoJSON of its own. */
const SMALL_SELECTION = 0.2;
/** The map's GeoJSON of all sites, made once per dataset: every selection of the sites points into it. */
let allSites: { dataset: unknown; url: string } | undefined;
/** The previous dataset's, still on screen until the first answer for the new one is: released with the next dataset. */
let retiredAllSites: string | undefined;
const geojsonBlob = (geojson: string) => URL.createObjectURL(new Blob([geojson], { type: 'application/geo+json' }));

const service = createDataService({
  onProgress: (collection, progress) => post({ progress: { collection, progress } }),
  toSourceData: geojsonBlob,
  toSiteSelection: ({ dataset, all, some, positions }): SiteSelectionBlobs | string => {
    let kept = allSites;
    const fresh = !kept || kept.dataset !== dataset;
    // A first map of a few sites (a deep link to one region among 100,000) is not held up by writing, and MapLibre's
    // worker reading, every site: those come with the first larger selection.
    if (fresh && positions && positions.length < dataset.length * SMALL_SELECTION) return geojsonBlob(some());
    if (!kept || fresh) {
      if (retiredAllSites) URL.revokeObjectURL(retiredAllSites);
      retiredAllSites = kept?.url;
      kept = allSites = { dataset, url: geojsonBlob(all()) };
    }
    return { all: kept.url, only: positions && URL.createObjectURL(new Blob([positions.buffer])) };
  },
  pace: () => loadPacer.pace(),
});
/** The blob a map answer owns (a selection's `all` lives as long as its dataset). */
const ownBlob = (value: unknown) => (typeof value === 'string' ? value : (value as Partial<SiteSelectionBlobs> | null)?.only);

/**
 * The worker does one thing at a time, so what waits matters: requests are queued and the most urgent goes
 * first — the list's rows and a record's details before the counts, the counts before the map's data, the map
 * before the timeline — and a request the page no longer wants (its filters changed) is dropped unanswered.
 */
const PRIORITY: Record<DataMethod, number> = {
  configure: 0,
  loadSites: 0,
  loadPartnerships: 0,
  rows: 1,
  site: 1,
  partnership: 1,
  sitesLite: 1,
  selectedArcs: 1,
  explore: 2,
  mapSites: 3,
  mapArcs: 4,
  timeline: 5,
  groups: 5,
  export: 6,
  warm: 9,
};

/**
 * Background questions: the timeline and the groups take seconds at 100,000 sites and, once begun, hold the
 * worker to the end. They wait while a collection loads, and after a load until the page has asked its next
 * questions: the page then asks everything again for the new data (counts, map data, and a new timeline that
 * replaces the queued one), and those must not queue behind a timeline for the old data (at 100,000 sites that
 * held the arcs back by two seconds while the page was busy drawing the sites). They also wait while the map draws
 * (below): on two cores they took a core from MapLibre's worker and the page, and the map and the counts come first
 * (at 100,000 sites the map settled 0.5 s sooner, a filter's map 0.6 s sooner and its count 20 ms sooner).
 */
const AFTER_LOADS: ReadonlySet<DataMethod> = new Set(['timeline', 'groups']);
/** Longest wait for the page's next questions after a load, should none come. */
const AFTER_LOAD_HOLD_MS = 1000;
let holdingForPage = false;
let holdTimer: ReturnType<typeof setTimeout> | undefined;
const releaseHold = () => {
  holdingForPage = false;
  clearTimeout(holdTimer);
};
const isLoad = (method: DataMethod) => method === 'loadSites' || method === 'loadPartnerships';

/**
 * Work ahead of need (the search text, seconds at 100,000 sites) waits while the map draws new data, as the page
 * reports; so do background questions from 5,000 sites; for at most 8 s (see mapHold.ts).
 */
const mapHold = createMapHold({ maxMs: 8000, fromSites: 5_000, onExpire: () => drain() });

/** Work ahead of need runs in slices this long: a question arriving meanwhile waits at most about this. */
const WARM_SLICE_MS = 10;

type Request = Extract<WorkerRequest, { id: number }>;
const queue: Request[] = [];

/**
 * Questions a load pauses for: what the page shows now (configure too, which is instant). Not background work
 * (the timeline and the groups wait for the loads anyway) nor an export, which may take seconds.
 */
const isQuestion = (method: DataMethod) => !isLoad(method) && PRIORITY[method] <= PRIORITY.mapArcs;
/** A task of its own, after those already queued: a message to ourselves, with no timer clamping. */
const tasks = new MessageChannel();
const taskWaiters: (() => void)[] = [];
tasks.port1.onmessage = () => taskWaiters.shift()?.();
const loadPacer = createLoadPacer({
  // A load reads this long, then the page's questions waiting meanwhile are answered first (see loadPacer.ts).
  sliceMs: 8,
  maxPauseMs: 250,
  hasQuestions: () => queue.some((r) => isQuestion(r.method)),
  nextTask: () =>
    new Promise<void>((resolve) => {
      taskWaiters.push(resolve);
      tasks.port2.postMessage(null);
    }),
});
const running = new Map<number, AbortController>();
let draining = false;
/** Loads under way (they run alongside other work, reading the network). */
let loads = 0;

async function run({ id, method, args, slot }: Request) {
  const controller = new AbortController();
  running.set(id, controller);
  if (isLoad(method)) loads++;
  try {
    const call = service[method] as (...a: unknown[]) => unknown;
    const value = await (isLoad(method) ? call(...args, controller.signal) : call(...args));
    if (method === 'loadSites') mapHold.setSiteCount((value as { siteCount: number }).siteCount);
    // A new map answer for a slot (sites, arcs) frees the blob of the one two answers back.
    const own = slot && ownBlob(value);
    if (slot && own) {
      const recent = [...(blobs.get(slot) ?? []), own];
      for (const old of recent.splice(0, recent.length - BLOBS_KEPT)) URL.revokeObjectURL(old);
      blobs.set(slot, recent);
    }
    const transfer =
      value && typeof value === 'object' && 'listOrder' in value ? [(value as { listOrder: Uint32Array }).listOrder.buffer] : [];
    post({ id, ok: true, value }, transfer);
    if (isLoad(method)) {
      // New data: what the page asked before is about to be asked again.
      holdingForPage = true;
      clearTimeout(holdTimer);
      holdTimer = setTimeout(() => {
        releaseHold();
        drain();
      }, AFTER_LOAD_HOLD_MS);
    }
  } catch (error) {
    post({ id, ok: false, error: serializeError(error) });
  } finally {
    running.delete(id);
    if (isLoad(method)) {
      loads--;
      drain();
    }
  }
}

/** Runs the queued requests, most urgent first, letting new messages in between (a macrotask each). */
function drain() {
  if (draining) return;
  draining = true;
  setTimeout(() => {
    draining = false;
    const background = loads === 0 && !holdingForPage;
    let best = -1;
    for (let i = 0; i < queue.length; i++) {
      if ((!background || mapHold.holds('questions')) && AFTER_LOADS.has(queue[i].method)) continue;
      if (best === -1 || PRIORITY[queue[i].method] < PRIORITY[queue[best].method]) best = i;
    }
    if (best === -1) {
      // Idle: do a slice of the work a later question would otherwise wait for, then look at the queue again.
      // Not while loading (the load's own parsing comes first), while the page is about to ask again, or while
      // the map draws.
      if (background && !mapHold.holds('ahead') && service.warm(performance.now() + WARM_SLICE_MS)) drain();
      return;
    }
    const [next] = queue.splice(best, 1);
    // Loads wait on the network and run alongside; everything else runs to its end before the next is picked.
    const done = run(next);
    if (isLoad(next.method)) drain();
    else
      void done.then(() => {
        loadPacer.questionsSettled();
        drain();
      });
  }, 0);
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if ('mapDrawing' in message) {
    mapHold.setDrawing(message.mapDrawing);
    drain();
    return;
  }
  if ('cancel' in message) {
    running.get(message.cancel)?.abort();
    const queued = queue.findIndex((r) => r.id === message.cancel);
    if (queued !== -1) queue.splice(queued, 1);
    loadPacer.questionsSettled();
    return;
  }
  queue.push(message);
  // The page has asked again after new data: its new questions are queued, background work may follow them.
  if (holdingForPage && !isLoad(message.method)) releaseHold();
  drain();
};

export type { DataService };
