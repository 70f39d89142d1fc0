/**
 * Loading progress of the two collections, for the title bar: bytes of a large
 * file, or pages and features of a paged server. Not server data (it is gone
 * once loaded), so it lives beside the Query cache in a tiny store, and
 * listeners hear of changes at most every PROGRESS_INTERVAL_MS.
 */
import type { LoadProgress } from './sources/DataSource';

export type Collection = 'sites' | 'partnerships';
export type ProgressState = Readonly<Partial<Record<Collection, LoadProgress>>>;

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

export function createProgressStore(): ProgressStore {
  let state: ProgressState = {};
  const listeners = new Set<() => void>();
  let pending: ReturnType<typeof setTimeout> | undefined;
  const notify = () => {
    pending = undefined;
    listeners.forEach((l) => l());
  };
  return {
    report(collection, progress) {
      state = { ...state, [collection]: progress };
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
