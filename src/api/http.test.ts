import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError, isRetryable, streamText, TimeoutError, TooLargeError } from './http';
import { DataFormatError } from './parse';

describe('which failures are worth retrying', () => {
  it('retries what may pass: server errors, timeouts, rate limits, network failures', () => {
    expect(isRetryable(new HttpError('u', 500))).toBe(true);
    expect(isRetryable(new HttpError('u', 503))).toBe(true);
    expect(isRetryable(new HttpError('u', 429))).toBe(true);
    expect(isRetryable(new TimeoutError('u', 1000))).toBe(true);
    expect(isRetryable(new Error('u could not be reached (network error or blocked request).'))).toBe(true);
  });

  it('explains at once what will not: a missing file, a file too large, data in the wrong shape', () => {
    expect(isRetryable(new HttpError('u', 404))).toBe(false);
    expect(isRetryable(new HttpError('u', 403))).toBe(false);
    expect(isRetryable(new TooLargeError('u', 5e8, 3e8))).toBe(false);
    expect(isRetryable(new DataFormatError('not a FeatureCollection'))).toBe(false);
    expect(isRetryable(new Error('u did not return JSON.'))).toBe(false);
  });
});

describe('streamText', () => {
  afterEach(() => vi.unstubAllGlobals());

  const respond = (headers: Record<string, string>) =>
    vi.stubGlobal('fetch', async () => new Response('{"type":"FeatureCollection","features":[]}', { headers }));

  it("reports the body's size from Content-Length as it arrives", async () => {
    respond({ 'Content-Length': '42' });
    const sizes: (number | undefined)[] = [];
    await streamText('https://example.org/sites.geojson', { onBytes: (_, total) => sizes.push(total) }, () => {});
    expect(sizes).toEqual([42]);
  });

  it('knows no size for a compressed body: Content-Length counts the bytes sent, not those read', async () => {
    // 200 bytes sent (as if compressed) over the limit of 100; the 42 read are not.
    respond({ 'Content-Length': '200', 'Content-Encoding': 'gzip' });
    const sizes: (number | undefined)[] = [];
    await streamText('https://example.org/sites.geojson', { maxBytes: 100, onBytes: (_, total) => sizes.push(total) }, () => {});
    // No size, and not refused for the size sent: the limit is checked on what is read.
    expect(sizes).toEqual([undefined]);
  });
});
