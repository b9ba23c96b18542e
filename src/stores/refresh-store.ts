// Auto-refresh of live sources, per source and kept in this browser. What is read back
// is validated: anything but one of the source's own choices is dropped.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { RefreshMinutes } from '@/adapters/data-source';
import { SOURCES } from '@/adapters/registry';

type RefreshSettings = Partial<Record<string, RefreshMinutes>>;

/** The settings as read back from storage: each live source's value if it is one of its choices. */
export function readStoredRefresh(value: unknown): RefreshSettings {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const settings: RefreshSettings = {};
  for (const { id, refresh } of SOURCES) {
    const minutes = raw[id];
    if (refresh?.choices.some((m) => m === minutes)) settings[id] = minutes as RefreshMinutes;
  }
  return settings;
}

interface RefreshStore {
  minutes: RefreshSettings;
  setMinutes: (source: string, minutes: RefreshMinutes) => void;
}

export const useRefreshStore = create<RefreshStore>()(
  persist(
    (set) => ({
      minutes: {},
      setMinutes: (source, minutes) => set((s) => ({ minutes: { ...s.minutes, [source]: minutes } })),
    }),
    {
      name: 'tradewinds-refresh',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ minutes }) => ({ minutes }),
      merge: (persisted, current) => ({
        ...current,
        minutes: readStoredRefresh(typeof persisted === 'object' && persisted !== null ? (persisted as { minutes?: unknown }).minutes : undefined),
      }),
    },
  ),
);
