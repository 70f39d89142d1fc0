/**
 * Every request the atlas makes goes through here: a timeout on each request,
 * progress while a large body arrives, and errors whose message a user can act
 * on (unreachable, timed out, an HTTP error status, not JSON).
 */

export const DEFAULT_TIMEOUT_MS = 20_000;

export interface RequestOptions {
  /** Cancels the request (e.g. TanStack Query cancelling a query). */
  signal?: AbortSignal;
  /** Aborted when the server has sent nothing for this long: before the answer, or between parts of the body. */
  timeoutMs?: number;
  accept?: string;
  cache?: RequestCache;
  /** Bytes of the body received so far, and the total when the server says it. */
  onBytes?: (received: number, total: number | undefined) => void;
  /** A body larger than this is refused (read with onBytes to check it while it arrives). */
  maxBytes?: number;
  /**
   * The request starts at once, its body is read once this settles: one thread parses one collection at a time,
   * and the second's bytes are already here when the first is done, not a round trip later.
   */
  readAfter?: Promise<unknown>;
  /** Asked after each part of the body: a promise pauses the reading until it settles (more urgent work first). */
  pace?: () => Promise<void> | undefined;
}

export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${url} answered HTTP ${status}.`);
    this.name = 'HttpError';
  }
}

export class TooLargeError extends Error {
  constructor(url: string, bytes: number, maxBytes: number) {
    const mb = (n: number) => `${Math.round(n / 1e6)} MB`;
    super(
      `${url} is ${mb(bytes)}${bytes > maxBytes ? '' : '+'}: too large to load in a browser as one file (the limit is ${mb(maxBytes)}). ` +
        'Serve the data from an OGC API – Features server instead (see "Pointing it at an OGC API – Features server" in the README).',
    );
    this.name = 'TooLargeError';
  }
}

export class TimeoutError extends Error {
  constructor(url: string, ms: number) {
    super(`${url} did not answer in time (nothing received for ${Math.round(ms / 1000)} s).`);
    this.name = 'TimeoutError';
  }
}

/**
 * Whether trying again could help: a network failure, a timeout or a server
 * error may pass; a file that is too large, a missing file or data in the wrong
 * shape will not, so the person is told at once.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof TooLargeError) return false;
  if (error instanceof HttpError) return error.status >= 500 || error.status === 408 || error.status === 429;
  return !(error instanceof Error && (error.name === 'DataFormatError' || /did not return JSON/.test(error.message)));
}

/**
 * The response body as text, handed over piece by piece as it arrives (for
 * parsing while downloading); the timeout restarts with every piece.
 */
export async function streamText(url: string, options: RequestOptions, onText: (text: string) => void): Promise<void> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, accept = 'application/json', cache, onBytes, maxBytes = Infinity, readAfter, pace } = options;
  const controller = new AbortController();
  // A plain timer rather than AbortSignal.timeout, which Node may garbage-collect before it fires.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  };
  const cancel = () => controller.abort(signal?.reason);
  if (signal?.aborted) cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  /** Our own wait (our turn, the page's questions): no timeout meanwhile, but a cancel ends it at once. */
  const wait = async (until: Promise<unknown>) => {
    clearTimeout(timer);
    let stop = () => {};
    const cancelled = new Promise<void>((resolve) => (stop = resolve));
    controller.signal.addEventListener('abort', stop, { once: true });
    try {
      await Promise.race([until.catch(() => undefined), cancelled]);
    } finally {
      controller.signal.removeEventListener('abort', stop);
    }
    controller.signal.throwIfAborted();
  };
  arm();
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { Accept: accept }, cache });
    if (!response.ok) throw new HttpError(url, response.status);
    // The size of the body as sent: with a Content-Encoding (gzip, br) that is not the size of what is read here.
    const encoding = response.headers.get('Content-Encoding');
    const total = encoding && encoding !== 'identity' ? undefined : Number(response.headers.get('Content-Length')) || undefined;
    if (total !== undefined && total > maxBytes) throw new TooLargeError(url, total, maxBytes);
    if (readAfter) {
      // A task later than the wait's end: what that end set off (answering the page) goes first.
      await wait(readAfter.catch(() => undefined).then(() => new Promise((resolve) => setTimeout(resolve))));
      arm();
    }
    if (!response.body) {
      onText(await response.text());
      return;
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let received = 0;
    for (;;) {
      arm(); // the timeout is per silence, so a large body that keeps arriving is never cut off
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        void reader.cancel();
        throw new TooLargeError(url, received, maxBytes);
      }
      onText(decoder.decode(value, { stream: true }));
      onBytes?.(received, total);
      const paused = pace?.();
      if (paused) await wait(paused);
    }
    const rest = decoder.decode();
    if (rest) onText(rest);
  } catch (error) {
    controller.abort(); // stop the download whatever went wrong
    if (error instanceof HttpError || error instanceof TooLargeError) throw error;
    if (timedOut) throw new TimeoutError(url, timeoutMs);
    if (signal?.aborted) throw error; // cancelled by the app: not an error to show
    // A consumer's own failure (the body is not JSON, not a FeatureCollection) passes through as it is.
    if (!(error instanceof TypeError) && error instanceof Error && error.name !== 'AbortError') throw error;
    throw new Error(`${url} could not be reached (network error or blocked request).`, { cause: error });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

/** The response body as text. */
export async function fetchText(url: string, options: RequestOptions = {}): Promise<string> {
  const parts: string[] = [];
  await streamText(url, options, (text) => parts.push(text));
  return parts.join('');
}

/** The response body parsed as JSON. */
export async function fetchJson(url: string, options: RequestOptions = {}): Promise<unknown> {
  const text = await fetchText(url, options);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${url} did not return JSON.`);
  }
}

/** Resolves a possibly relative URL against the page (or another URL). */
export function resolveUrl(url: string, base: string = globalThis.document?.baseURI ?? globalThis.location.href): string {
  return new URL(url, base).toString();
}
