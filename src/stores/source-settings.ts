// Each source's settings (a REST address and token, an API key), kept in this browser
// with zustand's persist, keyed by source id. What is read back is validated against the
// source's own schema: a damaged or tampered entry is dropped, never trusted. Secrets
// stay here: never in the URL, in logs or in messages.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { SOURCES } from '@/adapters/registry';

type SettingsBySource = Partial<Record<string, unknown>>;

interface SourceSettingsStore {
  values: SettingsBySource;
  save: (source: string, settings: unknown) => void;
  forget: (source: string) => void;
}

/** Settings as read back from storage: each source's entry if its schema accepts it, nothing else. */
export function readStoredSettings(value: unknown): SettingsBySource {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const settings: SettingsBySource = {};
  for (const source of SOURCES) {
    const parsed = source.settings?.schema.safeParse(raw[source.id]);
    if (parsed?.success && parsed.data !== undefined) settings[source.id] = parsed.data;
  }
  return settings;
}

export const useSourceSettings = create<SourceSettingsStore>()(
  persist(
    (set) => ({
      values: {},
      save: (source, settings) => set((s) => ({ values: { ...s.values, [source]: settings } })),
      forget: (source) => set((s) => ({ values: Object.fromEntries(Object.entries(s.values).filter(([id]) => id !== source)) })),
    }),
    {
      name: 'tradewinds-sources',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // Stored as { rest: {...}, alphavantage: {...} }.
      partialize: ({ values }) => values,
      merge: (persisted, current) => ({ ...current, values: readStoredSettings(persisted) }),
    },
  ),
);
