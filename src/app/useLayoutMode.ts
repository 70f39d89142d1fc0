/**
 * Which page layout fits the window (or the portal's frame): the desktop
 * columns, or the phone layout (map full-bleed, a sheet over it) below the
 * breakpoint. Decided by a media query, so a narrow portal column gets the
 * phone layout too, and rotating a tablet switches it live.
 */
import { useMediaQuery } from '../ui/useMediaQuery';

export type LayoutMode = 'desktop' | 'phone';

/** Under this width the three desktop columns no longer fit (explore 280 + map + panel 350). */
export const PHONE_LAYOUT_QUERY = '(max-width: 999.98px)';
/**
 * Within the phone layout, where the sheet sits: beside the map on tablets and
 * landscape phones (a sheet over the bottom half would leave a strip of map),
 * over the bottom of the map otherwise.
 */
export const SIDE_SHEET_QUERY = '(min-width: 700px), (orientation: landscape) and (max-height: 560px)';

export function useLayoutMode(): LayoutMode {
  return useMediaQuery(PHONE_LAYOUT_QUERY) ? 'phone' : 'desktop';
}
