/**
 * Loading progress of the two collections, for the title bar: bytes of a large
 * file, or pages and features of a paged server; and, for a file of known
 * size, when the rest is due, which tells the map whether to wait for its data
 * (src/map/buildTiming.ts). Not server data (it is gone once loaded), so it
 * lives beside the Query cache in a tiny store, and listeners hear of changes
 * at most every PROGRESS_INTERVAL_MS.
 */
import type { LoadProgress } from './sources/DataSource';

export type Collection = 'sites' | 'partnerships';
/** A load's progress; for a file of known size, also when the rest is due at the pace it has come so far (ms). */
export type ProgressEntry = LoadProgress & { dueInMs?: number };
export type ProgressState = Readonly<Partial<Record<Collection, ProgressEntry>>>;

const PROGRESS_INTERVAL_MS = 100;

export interface ProgressStore {
  report(collection: Collection, progress: LoadProgress | undefined): void;
  get(): ProgressState;
  subscribe(listener: () => void): () => void;
}

/** Runs one load, telling the store (and an extra listener) how far it got, until it ends either way. */
export async function tracked<T>(
  store: ProgressStore,
  collection: Collection,
  listener: ((p: LoadProgress) => void) | undefined,
  run: (onProgress: (p: LoadProgress) => void) => Promise<T>,
): Promise<T> {
  try {
    return await run((p) => {
      store.report(collection, p);
      listener?.(p);
    });
  } finally {
    store.report(collection, undefined);
  }
}

/** When the rest of a file of known size is due, at its pace since the load's first report; undefined until it has come some way. */
function dueInMs({ bytes, totalBytes }: LoadProgress, first: { at: number; bytes: number }, at: number) {
  // More bytes than the size said: the size was not of what is counted (a compressed body whose encoding the page
  // cannot see), so nothing is known.
  if (totalBytes === undefined || bytes > totalBytes || at <= first.at || bytes <= first.bytes) return undefined;
  return ((totalBytes - bytes) * (at - first.at)) / (bytes - first.bytes);
}

export function createProgressStore(now: () => number = () => performance.now()): ProgressStore {
  let state: ProgressState = {};
  /** Each load's first report (its pace is measured from there): a load tried again starts anew. */
  const firstReports = new Map<Collection, { at: number; bytes: number }>();
  const listeners = new Set<() => void>();
  let pending: ReturnType<typeof setTimeout> | undefined;
  const notify = () => {
    pending = undefined;
    listeners.forEach((l) => l());
  };
  return {
    report(collection, progress) {
      const at = now();
      if (!progress) firstReports.delete(collection);
      else if (!firstReports.has(collection)) firstReports.set(collection, { at, bytes: progress.bytes });
      const first = firstReports.get(collection);
      state = { ...state, [collection]: progress && first && { ...progress, dueInMs: dueInMs(progress, first, at) } };
      // Finished (undefined) is told at once; progress at a calm pace.
      if (!progress) {
        clearTimeout(pending);
        notify();
      } else pending ??= setTimeout(notify, PROGRESS_INTERVAL_MS);
    },
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
