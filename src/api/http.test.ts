import { describe, expect, it } from 'vitest';
import { HttpError, isRetryable, TimeoutError, TooLargeError } from './http';
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
