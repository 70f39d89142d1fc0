/**
 * The data worker: loads, validates, indexes and queries the atlas's records
 * off the main thread (see service.ts). Messages: `{ id, method, args }` in;
 * `{ id, ok, value | error }` and `{ progress }` out. A load can be cancelled
 * with `{ cancel: id }`.
 */
import { createDataService, type DataService } from './service';
import { serializeError, type WorkerRequest, type WorkerResponse } from './protocol';

/** The worker's global scope (the DOM typings the project compiles with do not describe workers). */
const scope = self as unknown as {
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};
const post = (message: WorkerResponse, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

/** The map's previous blob, released when the next one replaces it. */
const blobs = new Map<string, string>();

const service = createDataService({
  onProgress: (collection, progress) => post({ progress: { collection, progress } }),
  toSourceData: (geojson) => URL.createObjectURL(new Blob([geojson], { type: 'application/geo+json' })),
});

const running = new Map<number, AbortController>();

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if ('cancel' in message) {
    running.get(message.cancel)?.abort();
    return;
  }
  const { id, method, args, slot } = message;
  const controller = new AbortController();
  running.set(id, controller);
  try {
    const call = service[method] as (...a: unknown[]) => unknown;
    const value = await (method === 'loadSites' || method === 'loadPartnerships' ? call(...args, controller.signal) : call(...args));
    // A new map blob for a slot (sites, arcs) frees the previous one.
    if (slot && typeof value === 'string') {
      const previous = blobs.get(slot);
      if (previous) URL.revokeObjectURL(previous);
      blobs.set(slot, value);
    }
    const transfer = value && typeof value === 'object' && 'listOrder' in value ? [(value as { listOrder: Uint32Array }).listOrder.buffer] : [];
    post({ id, ok: true, value }, transfer);
  } catch (error) {
    post({ id, ok: false, error: serializeError(error) });
  } finally {
    running.delete(id);
  }
};

export type { DataService };
