/**
 * How wide the map's list toggles are ("Sites in view (43)", "Flows in view (12)": top right, under the zoom
 * buttons), so that the legend (top left, rendered before the map's code has loaded) keeps clear of them in a narrow
 * map. Their width depends on the language and the count. One map per page.
 */
import { useSyncExternalStore } from 'react';

const widths = new Map<string, number>();
const listeners = new Set<() => void>();
let widest = 0;

/** A toggle's width (0 once hidden or gone), by the control it belongs to. */
export function reportMapControlWidth(control: string, width: number) {
  if (width > 0) widths.set(control, width);
  else widths.delete(control);
  let next = 0;
  for (const w of widths.values()) next = Math.max(next, Math.ceil(w));
  if (next === widest) return;
  widest = next;
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const read = () => widest;

/** The widest of the map's list toggles shown, in CSS pixels (0 before the map has its controls). */
export const useMapControlsWidth = () => useSyncExternalStore(subscribe, read, read);
