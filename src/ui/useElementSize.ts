import { useCallback, useState } from 'react';

/**
 * A callback ref and a size of the element in CSS pixels (0 until measured), kept up to date. The size is read
 * when the ResizeObserver reports, after the browser's own layout: reading it in the ref, during React's commit,
 * forced a layout of the whole page mid-start-up (~50 ms of the main thread while the map was starting).
 */
function useElementSize<T extends HTMLElement>(read: (el: T) => number): [(el: T | null) => void, number] {
  const [size, setSize] = useState(0);
  const ref = useCallback(
    (el: T | null) => {
      if (!el) return;
      if (typeof ResizeObserver === 'undefined') {
        setSize(read(el));
        return;
      }
      const observer = new ResizeObserver(() => setSize(read(el)));
      observer.observe(el);
      return () => observer.disconnect();
    },
    [read],
  );
  return [ref, size];
}

const borderBoxHeight = (el: HTMLElement) => el.getBoundingClientRect().height;
const innerWidth = (el: HTMLElement) => el.clientWidth;

/** The element's height, border included. */
export const useElementHeight = <T extends HTMLElement>() => useElementSize<T>(borderBoxHeight);
/** The element's width inside its border (padding included). */
export const useElementWidth = <T extends HTMLElement>() => useElementSize<T>(innerWidth);
