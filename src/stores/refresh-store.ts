// Auto-refresh of live sources (a REST API, Alpha Vantage), per source and kept in this
// browser. What is read back is validated: anything but an offered choice is dropped.
import * as z from 'zod/mini';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { SourceId } from '@/adapters/data-adapter';

/** Sources whose data can change while the page is open (the demo and imported files cannot). */
export type LiveSource = Extract<SourceId, 'rest' | 'alphavantage'>;
/** Minutes between refreshes; 0 is off. */
export type RefreshMinutes = 0 | 1 | 5 | 15;

export const REFRESH_CHOICES = {
  rest: [0, 1, 5, 15],
  // The free plan allows 25 requests a day.
  alphavantage: [0, 15],
} as const satisfies Record<LiveSource, readonly RefreshMinutes[]>;

export function isLiveSource(source: SourceId): source is LiveSource {
  return Object.hasOwn(REFRESH_CHOICES, source);
}

type RefreshSettings = Partial<Record<LiveSource, RefreshMinutes>>;

const schemas = { rest: z.literal(REFRESH_CHOICES.rest), alphavantage: z.literal(REFRESH_CHOICES.alphavantage) };

/** The settings as read back from storage: each source's value if it is one of its choices. */
export function readStoredRefresh(value: unknown): RefreshSettings {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const settings: RefreshSettings = {};
  for (const source of Object.keys(schemas) as LiveSource[]) {
    const parsed = schemas[source].safeParse(raw[source]);
    if (parsed.success) settings[source] = parsed.data;
  }
  return settings;
}

interface RefreshStore {
  minutes: RefreshSettings;
  setMinutes: (source: LiveSource, minutes: RefreshMinutes) => void;
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

/** A source's refresh interval in minutes; off unless chosen. */
export function refreshMinutesOf(store: RefreshStore, source: LiveSource): RefreshMinutes {
  return store.minutes[source] ?? 0;
}
