/** One readable line about an error, for the person: its kind and message, clipped. */
export function errorSummary(error: unknown, max = 300): string {
  const text =
    error instanceof Error ? `${error.name && error.name !== 'Error' ? `${error.name}: ` : ''}${error.message}` : String(error ?? 'unknown error');
  const line = text.split('\n')[0].trim() || 'unknown error';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * A part of the app whose code could not be downloaded: its script (Chromium's, Firefox's and Safari's words for it)
 * or its stylesheet (Vite's loader's).
 */
export function isCodeLoadError(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(error.message);
}
