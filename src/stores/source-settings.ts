// Per-source settings (REST address and token, Alpha Vantage key), kept in the
// browser with zustand's persist. What is read back is validated: a damaged or
// tampered entry is dropped, never trusted. Secrets stay here: never in the URL, in
// logs or in messages.
import * as z from 'zod/mini';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { SourceSettings } from '@/adapters/registry';

export type { SourceSettings };
type RestSettings = NonNullable<SourceSettings['rest']>;
type AlphaVantageSettings = NonNullable<SourceSettings['alphavantage']>;

interface SourceSettingsActions {
  saveRest: (settings: RestSettings) => void;
  saveAlphaVantage: (settings: AlphaVantageSettings) => void;
  forget: (source: keyof SourceSettings) => void;
}

const httpUrl = z.string().check(z.refine((u) => /^https?:\/\//i.test(u) && URL.canParse(u), 'expected an http(s) address'));
const stored = z.object({
  rest: z.optional(z.object({ baseUrl: httpUrl, token: z.optional(z.string().check(z.maxLength(4096))) })),
  alphavantage: z.optional(z.object({ apiKey: z.string().check(z.minLength(1), z.maxLength(100)) })),
});

/** Settings as read back from storage: what passes the schema, nothing else. */
export function readStoredSettings(value: unknown): SourceSettings {
  const parsed = stored.safeParse(value);
  if (parsed.success) return parsed.data;
  // Keep whichever half is still valid.
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const rest = stored.shape.rest.safeParse(raw.rest);
  const alphavantage = stored.shape.alphavantage.safeParse(raw.alphavantage);
  return {
    ...(rest.success && rest.data ? { rest: rest.data } : {}),
    ...(alphavantage.success && alphavantage.data ? { alphavantage: alphavantage.data } : {}),
  };
}

export const useSourceSettings = create<SourceSettings & SourceSettingsActions>()(
  persist(
    (set) => ({
      saveRest: (rest) => set({ rest }),
      saveAlphaVantage: (alphavantage) => set({ alphavantage }),
      forget: (source) => set({ [source]: undefined }),
    }),
    {
      name: 'tradewinds-sources',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ rest, alphavantage }) => ({ rest, alphavantage }),
      merge: (persisted, current) => ({ ...current, ...readStoredSettings(persisted) }),
    },
  ),
);
