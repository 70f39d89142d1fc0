/**
 * The site list's rows: the list's order (positions in the data worker) comes
 * with each answer to the filters; the rows themselves are fetched for the
 * positions in view only, so the main thread never holds 100,000 of them.
 */
import { useMemo, useRef, useState } from 'react';
import type { ExploreResult, SiteRow } from '../data/engine';
import { useAtlasRuntime } from '../data/runtime';
import type { RowSource } from '../features/site-list/SiteList';

/** Rows kept per list order before the oldest are dropped (a few screens' worth is plenty). */
const MAX_KEPT = 5000;

export function useListRows(result: Pick<ExploreResult, 'listOrder' | 'firstRows'> | undefined): RowSource {
  const order = result?.listOrder;
  const { client } = useAtlasRuntime();
  // Rows by their index in the data, so a new order (sorting, filtering) reuses what has arrived.
  const cache = useRef(new Map<number, SiteRow>());
  const requested = useRef(new Set<number>());
  const [arrivals, setArrivals] = useState(0);

  return useMemo<RowSource>(() => {
    const list = order ?? new Uint32Array(0);
    // The first rows came with the answer: the list shows them without asking the worker again.
    const first = result?.firstRows ?? [];
    const positions = new Map<string, number>();
    const at = (position: number) => {
      const row = position < first.length ? first[position] : cache.current.get(list[position]);
      if (row) positions.set(row.id, position);
      return row;
    };
    return {
      count: list.length,
      at,
      positionOf: (id) => positions.get(id),
      want(start, end) {
        const missing: number[] = [];
        for (let p = Math.max(start, first.length); p < end && p < list.length; p++) {
          const index = list[p];
          if (!cache.current.has(index) && !requested.current.has(index)) missing.push(index);
        }
        if (missing.length === 0) return;
        for (const index of missing) requested.current.add(index);
        void client.rows(Uint32Array.from(missing)).then(
          (rows) => {
            if (cache.current.size + rows.length > MAX_KEPT) cache.current.clear();
            rows.forEach((row, i) => {
              cache.current.set(missing[i], row);
              requested.current.delete(missing[i]);
            });
            setArrivals((n) => n + 1);
          },
          // Not answered (the worker stopped; the title bar says why): the rows may be asked again later.
          () => missing.forEach((index) => requested.current.delete(index)),
        );
      },
    };
    // `arrivals` is a dependency on purpose: each arrival gives the list a new source, so it redraws.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [order, result?.firstRows, client, arrivals]);
}
