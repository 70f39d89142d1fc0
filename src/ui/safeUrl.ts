/**
 * The one gate every URL from the data passes before it becomes a link: only
 * absolute http(s) URLs are allowed; `javascript:`, `data:` and anything
 * unparsable come back as undefined and are shown as text.
 */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}
