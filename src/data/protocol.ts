/** Messages between the main thread and the data worker, and errors carried across it. */
import { HttpError, TimeoutError, TooLargeError } from '../api/http';
import type { Collection } from '../api/progress';
import type { LoadProgress } from '../api/sources/DataSource';
import type { DataMethod } from './service';

export type WorkerRequest =
  | { id: number; method: DataMethod; args: unknown[]; slot?: 'sites' | 'arcs' }
  | { cancel: number }
  /** The map is drawing new data (true) or has gone idle (false): the worker's speculative work waits meanwhile. */
  | { mapDrawing: boolean };

/**
 * The map's sites from the data worker: blob URLs of the GeoJSON of all sites and, when a filter is on, of the
 * positions (Uint32Array) of those it keeps. MapLibre's worker reads `all` once per dataset and picks from it.
 */
export interface SiteSelectionBlobs {
  all: string;
  only?: string;
}

export type WorkerResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: SerializedError }
  | { progress: { collection: Collection; progress: LoadProgress | undefined } };

export interface SerializedError {
  name: string;
  message: string;
  status?: number;
  url?: string;
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) {
    const { status, url } = error as Partial<HttpError>;
    return { name: error.name, message: error.message, status, url };
  }
  return { name: 'Error', message: String(error) };
}

/** The error again, of its own class where the app tells classes apart (what to retry, what to explain). */
export function deserializeError(e: SerializedError): Error {
  let error: Error;
  if (e.name === 'HttpError' && e.status !== undefined) error = new HttpError(e.url ?? '', e.status);
  else if (e.name === 'TooLargeError') error = Object.assign(new TooLargeError('', 0, 0), {});
  else if (e.name === 'TimeoutError') error = new TimeoutError('', 0);
  else error = new Error(e.message);
  error.name = e.name;
  error.message = e.message;
  return error;
}
