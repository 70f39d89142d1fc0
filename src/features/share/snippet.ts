/**
 * The HTML a portal pastes to embed the atlas: an <iframe> with an accessible
 * name (`title`), lazy loading, permission to go full screen, and a referrer
 * policy that lets the atlas know the portal's origin (it answers only listed
 * origins); optionally the host helper script, which sizes the frame to the
 * atlas's content. Attribute values are escaped.
 */

export interface SnippetOptions {
  /** The embed link (`?embed=1…`). */
  src: string;
  /** The frame's accessible name in the portal. */
  title: string;
  /** "responsive": the column's full width; or a fixed width in CSS pixels. */
  width: 'responsive' | number;
  height: number;
  /** Add the host helper (`helperSrc`), which adopts the frame and fits its height to the content. */
  autoResize: boolean;
  helperSrc: string;
}

/** The smallest and largest frame the dialog offers (the embed layout works from 320×240). */
export const MIN_WIDTH = 320;
export const MAX_WIDTH = 2000;
export const MIN_HEIGHT = 240;
export const MAX_HEIGHT = 2000;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)));

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function buildSnippet({ src, title, width, height, autoResize, helperSrc }: SnippetOptions): string {
  const h = clamp(height, MIN_HEIGHT, MAX_HEIGHT);
  const size =
    width === 'responsive'
      ? [['height', String(h)], ['style', `display: block; width: 100%; height: ${h}px; border: 0;`]]
      : [['width', String(clamp(width, MIN_WIDTH, MAX_WIDTH))], ['height', String(h)], ['style', 'display: block; max-width: 100%; border: 0;']];
  const attributes = [
    ['src', src],
    ['title', title],
    ...size,
    ['loading', 'lazy'],
    ['allow', 'fullscreen'],
    ['referrerpolicy', 'strict-origin-when-cross-origin'],
    ...(autoResize ? [['data-biocluster-atlas', '']] : []),
  ];
  const iframe = `<iframe ${attributes.map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`)).join(' ')}></iframe>`;
  return autoResize ? `${iframe}\n<script src="${escapeAttribute(helperSrc)}" defer></script>` : iframe;
}
