/**
 * Which layout the atlas uses: the full dashboard in columns, the same
 * dashboard for a phone or a narrow window (map full-bleed, a sheet over it),
 * or the compact one for a portal's frame (`?embed=1`) with the parts the
 * portal chose (`ui=`). The one place that decides; App picks the layout from it.
 * The phone layout follows a media query, so a rotating tablet switches live;
 * an embedded atlas keeps its own compact layout at every frame size.
 */
import { useMemo } from 'react';
import { DEFAULT_UI_PARTS, useEmbedParams, type UiPart } from '../state/urlState';
import { useMediaQuery } from '../ui/useMediaQuery';

export type LayoutMode = 'full' | 'phone' | 'embed';

/** Under this width the three desktop columns no longer fit (explore 280 + map + panel 350). */
export const PHONE_LAYOUT_QUERY = '(max-width: 999.98px)';
/**
 * Within the phone layout, where the sheet sits: beside the map on tablets and
 * landscape phones (a sheet over the bottom half would leave a strip of map),
 * over the bottom of the map otherwise.
 */
export const SIDE_SHEET_QUERY = '(min-width: 700px), (orientation: landscape) and (max-height: 560px)';

export function useLayoutMode(): { mode: LayoutMode; parts: ReadonlySet<UiPart> } {
  const { embed, ui } = useEmbedParams();
  const narrow = useMediaQuery(PHONE_LAYOUT_QUERY);
  const key = (ui ?? DEFAULT_UI_PARTS).join(',');
  const mode: LayoutMode = embed ? 'embed' : narrow ? 'phone' : 'full';
  return useMemo(() => ({ mode, parts: new Set(key ? (key.split(',') as UiPart[]) : []) }), [mode, key]);
}
