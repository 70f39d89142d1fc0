/**
 * What happens when a person opens a site or a partnership — from the map, a
 * list, a panel, the summary or a shared link:
 *
 * 1. the selection goes into the URL as a history entry, so Back closes it and
 *    a copied link reopens it (src/state/urlState.ts);
 * 2. the map moves to it, unless the person picked it on the map, where it
 *    already is (useCameraFocus → MapView);
 * 3. the side panel shows it and takes the keyboard focus (src/ui/SidePanel.tsx).
 *
 * Closing clears the selection (a history entry too) and focus returns to where
 * it came from.
 */
import { useMemo } from 'react';
import type { useSelection } from '../state/urlState';
import type { useCameraFocus } from './useCameraFocus';

type Selection = ReturnType<typeof useSelection>;
type Camera = ReturnType<typeof useCameraFocus>;

export function useOpenRecord(selection: Selection, camera: Camera) {
  const { selectSite, selectPartnership, clear } = selection;
  const { focusOn } = camera;
  return useMemo(
    () => ({
      /** Opened from a list or a panel: select it and bring the map to it. */
      openSite(id: string) {
        selectSite(id);
        focusOn('site', id);
      },
      openPartnership(id: string) {
        selectPartnership(id);
        focusOn('partnership', id);
      },
      /** Picked on the map: select it; the map is already there. */
      pickSite: selectSite,
      pickPartnership: selectPartnership,
      /** Move the map to a site without changing the selection ("Show on map"). */
      showSite: (id: string) => focusOn('site', id),
      close: () => clear(),
    }),
    [selectSite, selectPartnership, clear, focusOn],
  );
}
