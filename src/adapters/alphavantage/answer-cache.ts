// Where Alpha Vantage's answers are kept for a day. The free plan allows 25 requests a
// day, so an answer already fetched today is used again rather than asked for twice.
import { createStore, get as idbGet, set as idbSet, type UseStore } from 'idb-keyval';
import * as z from 'zod/mini';

/** How long a stored answer is used without asking again. */
export const ALPHA_VANTAGE_CACHE_TTL_MS = 24 * 60 * 60 * 1000;

/** One stored answer: the raw JSON as Alpha Vantage sent it (already validated) and when it was fetched. */
export interface AlphaVantageCacheEntry {
  fetchedAt: number;
  body: unknown;
}

/** Where answers are kept between page loads. Keys never contain the API key. */
export interface AlphaVantageCache {
  get(key: string): Promise<AlphaVantageCacheEntry | undefined>;
  set(key: string, entry: AlphaVantageCacheEntry): Promise<void>;
}

// What IndexedDB hands back was written by an older build, or by something else: checked.
const cacheEntry = z.object({ fetchedAt: z.number(), body: z.unknown() });

/** The default cache: an IndexedDB store of its own, opened on first use. */
export function createIdbCache(): AlphaVantageCache {
  let store: UseStore | undefined;
  const db = () => (store ??= createStore('tradewinds-av-cache', 'responses'));
  return {
    async get(key) {
      const parsed = cacheEntry.safeParse(await idbGet(key, db()));
      return parsed.success ? { fetchedAt: parsed.data.fetchedAt, body: parsed.data.body } : undefined;
    },
    async set(key, entry) {
      await idbSet(key, entry, db());
    },
  };
}

/** An in-memory cache (tests, or a browser without IndexedDB). */
export function createMemoryCache(): AlphaVantageCache & { readonly entries: Map<string, AlphaVantageCacheEntry> } {
  const entries = new Map<string, AlphaVantageCacheEntry>();
  return {
    entries,
    get: async (key) => entries.get(key),
    set: async (key, entry) => {
      entries.set(key, entry);
    },
  };
}

/** The stored answer if it is younger than a day by the clock `now`, else undefined. */
export async function readFresh(cache: AlphaVantageCache, key: string, now: () => number): Promise<AlphaVantageCacheEntry | undefined> {
  try {
    const entry = await cache.get(key);
    if (!entry) return undefined;
    const age = now() - entry.fetchedAt;
    return age >= 0 && age < ALPHA_VANTAGE_CACHE_TTL_MS ? entry : undefined;
  } catch {
    return undefined; // No IndexedDB (private mode, old browser): just ask the source.
  }
}

/** Stores an answer; a store that fails is not the caller's problem. */
export async function storeQuietly(cache: AlphaVantageCache, key: string, entry: AlphaVantageCacheEntry): Promise<void> {
  try {
    await cache.set(key, entry);
  } catch {
    // A full or missing store costs a request next time, nothing more.
  }
}
