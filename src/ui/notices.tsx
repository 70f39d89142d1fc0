/**
 * Short messages the atlas owes the person, kept outside React state so any
 * part of the app (an effect repairing a link, the map losing its context, a
 * global error handler) can post one without re-rendering everything. Each
 * notice has a slot: posting to a slot replaces what was there.
 */
import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';

export type NoticeSlot = 'map' | 'link' | 'error';

export interface Notice {
  message: string;
  /** Extra detail (an error's summary), shown smaller. */
  detail?: string;
}

type NoticeState = Readonly<Partial<Record<NoticeSlot, Notice>>>;

export interface NoticeStore {
  show(slot: NoticeSlot, notice: Notice | string): void;
  clear(slot: NoticeSlot): void;
  get(): NoticeState;
  subscribe(listener: () => void): () => void;
}

export function createNoticeStore(): NoticeStore {
  let state: NoticeState = {};
  const listeners = new Set<() => void>();
  const set = (next: NoticeState) => {
    state = next;
    listeners.forEach((l) => l());
  };
  return {
    show: (slot, notice) => set({ ...state, [slot]: typeof notice === 'string' ? { message: notice } : notice }),
    clear: (slot) => {
      if (state[slot]) set({ ...state, [slot]: undefined });
    },
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const NoticeContext = createContext<NoticeStore | null>(null);

export function NoticeProvider({ store, children }: { store?: NoticeStore; children: ReactNode }) {
  const [value] = useState(() => store ?? createNoticeStore());
  return <NoticeContext.Provider value={value}>{children}</NoticeContext.Provider>;
}

export function useNoticeStore(): NoticeStore {
  const store = useContext(NoticeContext);
  if (!store) throw new Error('useNoticeStore must be used inside NoticeProvider');
  return store;
}

/** The notice in one slot, re-rendering when it changes. */
export function useNotice(slot: NoticeSlot): Notice | undefined {
  const store = useNoticeStore();
  return useSyncExternalStore(store.subscribe, () => store.get()[slot]);
}
