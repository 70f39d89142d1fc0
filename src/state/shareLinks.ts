/**
 * Links built from the current address (the URL is the state): the full atlas
 * for a view seen in a portal's frame, and the embed link for a view seen in the
 * full atlas. Both go through the URL parsers, so they carry only valid values.
 */
import { formatMapHash, type MapView } from './mapHash';
import { DEFAULT_UI_PARTS, loadUrlState, serializeUrlState, type UiPart } from './urlState';

/**
 * The same state in the full atlas: `embed` and `ui` removed, the map view kept
 * (`view`, when given, is the map's latest: the address's hash may lag behind it).
 */
export function fullMapHref(href: string, view?: MapView): string {
  const url = new URL(href);
  const state = loadUrlState(url.search);
  url.search = serializeUrlState({ ...state, embed: null, ui: null });
  if (view) url.hash = formatMapHash(view);
  return url.toString();
}

/** The full atlas opened on one record. */
export function recordHref(href: string, record: { site: string } | { partnership: string }): string {
  const url = new URL(fullMapHref(href));
  const state = loadUrlState(url.search);
  url.search = serializeUrlState({
    ...state,
    site: 'site' in record ? record.site : null,
    partnership: 'partnership' in record ? record.partnership : null,
  });
  // The full atlas moves to the record itself when the link names no view.
  url.hash = '';
  return url.toString();
}

export interface EmbedOptions {
  /** The parts shown around the map; the default (the legend) is left out of the link. */
  ui: readonly UiPart[];
  /** Keep the map's current `#zoom/lat/lon`; otherwise the embed opens on its own start view. */
  keepView: boolean;
}

const sameParts = (a: readonly UiPart[], b: readonly UiPart[]) => a.length === b.length && a.every((part) => b.includes(part));

/** The current state as an embed link. */
export function embedHref(href: string, { ui, keepView }: EmbedOptions, view?: MapView): string {
  const url = new URL(href);
  if (view) url.hash = formatMapHash(view);
  const state = loadUrlState(url.search);
  url.search = serializeUrlState({ ...state, embed: true, ui: sameParts(ui, DEFAULT_UI_PARTS) ? null : [...ui] });
  if (!keepView) url.hash = '';
  return url.toString();
}
