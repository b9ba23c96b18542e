// Sends Alpha Vantage calls: the API key goes into the request URL and nowhere else (not
// into messages, cache keys or logs: getJson's `secrets` blanks any echo, and every error
// is re-made without its cause). Answers are kept for a day, identical requests in flight
// are shared, and refusals, malformed answers and errors are never stored.
import type * as z from 'zod/mini';
import type { RequestOptions } from '../data-adapter';
import { DataSourceError } from '../data-adapter';
import { getJson, resolveUrl } from '../http';
import { parsePayload } from '../schemas';
import { readFresh, storeQuietly, type AlphaVantageCache } from './answer-cache';
import { ALPHA_VANTAGE_LABEL, cacheKey, describe, type Call } from './calls';
import { refusal, scrub } from './refusals';
import { apiKeyTag } from './source-key';

export interface AlphaVantageClientConfig {
  apiKey: string;
  /** Without a trailing slash. */
  base: string;
  timeoutMs?: number;
  cache: AlphaVantageCache;
  now: () => number;
}

export interface AlphaVantageClient {
  /** One request, never cached: refusals and failures as DataSourceErrors without the key, the valid answer back. */
  ask<S extends z.ZodMiniType>(call: Call, schema: S): Promise<z.output<S>>;
  /** A stored answer younger than a day, else one (shared) request whose valid answer is stored. */
  load<S extends z.ZodMiniType>(call: Call, schema: S, o?: RequestOptions): Promise<z.output<S>>;
}

export function createAlphaVantageClient(config: AlphaVantageClientConfig): AlphaVantageClient {
  const { apiKey, base, timeoutMs, cache, now } = config;
  const keyTag = apiKeyTag(apiKey);
  const inflight = new Map<string, Promise<unknown>>();

  /** One request, refusals turned into errors; the raw JSON back. */
  async function request(call: Call): Promise<unknown> {
    if (!apiKey.trim()) throw new DataSourceError('unauthorized', 'Alpha Vantage needs an API key: add one in Source settings.');
    const url = resolveUrl(base);
    for (const [name, value] of Object.entries(call.params)) url.searchParams.set(name, value);
    url.searchParams.set('apikey', apiKey);
    try {
      const body = await getJson(url, { timeoutMs, sourceLabel: ALPHA_VANTAGE_LABEL, secrets: [apiKey] });
      const refused = refusal(body, call, apiKey);
      if (refused) throw refused;
      return body;
    } catch (error) {
      throw scrub(error, apiKey);
    }
  }

  /** Parses an answer; a payload error is scrubbed like any other. */
  function checked<S extends z.ZodMiniType>(call: Call, schema: S, body: unknown): z.output<S> {
    try {
      return parsePayload(schema, body, describe(call));
    } catch (error) {
      throw scrub(error, apiKey);
    }
  }

  return {
    async ask(call, schema) {
      return checked(call, schema, await request(call));
    },

    async load(call, schema, o) {
      const key = cacheKey(call, keyTag);
      const cached = await readFresh(cache, key, now);
      if (cached) {
        const parsed = schema.safeParse(cached.body);
        if (parsed.success) return parsed.data;
      }
      let pending = inflight.get(key);
      if (!pending) {
        pending = (async () => {
          const body = await request(call);
          checked(call, schema, body);
          await storeQuietly(cache, key, { fetchedAt: now(), body });
          return body;
        })().finally(() => inflight.delete(key));
        inflight.set(key, pending);
      }
      // The request is shared, so it runs on without this caller's signal; the caller
      // still gets its own abort at once, and the answer lands in the cache for later.
      const body = await raceAbort(pending, o?.signal);
      return parsePayload(schema, body, describe(call));
    },
  };
}

/** Settles with `promise`, or rejects with the signal's reason as soon as it aborts. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason as unknown);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as unknown);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}
