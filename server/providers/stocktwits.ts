// Stocktwits' public symbol streams (API v2), the server's sentiment source: each
// message's id, time and the Bullish/Bearish tag its author chose. No key; pages of 30
// messages, newest first, turned by message id (`max` back, `since` forward).
import * as z from 'zod/mini';
import type { Ticker } from '../../src/domain/types';
import { getProviderJson, parseWire } from './http';
import { ProviderError, type FetchOptions, type SentimentProvider, type StreamMessage, type StreamPage } from './provider';

export const STOCKTWITS_BASE_URL = 'https://api.stocktwits.com';

export interface StocktwitsOptions {
  baseUrl?: string;
  timeoutMs?: number;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const messageId = z.int().check(z.positive());

const message = z.object({
  id: messageId,
  created_at: z.string().check(
    z.regex(ISO_UTC, 'expected a UTC time as YYYY-MM-DDTHH:MM:SSZ'),
    z.refine((t) => !Number.isNaN(Date.parse(t)), { message: 'expected a real time' }),
  ),
  // `sentiment` is null when the author tagged nothing; the whole entities block may be missing.
  entities: z.nullish(z.object({ sentiment: z.nullish(z.object({ basic: z.nullish(z.string()) })) })),
});

const streamAnswer = z.object({
  response: z.optional(z.object({ status: z.number() })),
  // `since` and `max` are null on an empty page.
  cursor: z.optional(z.object({ more: z.boolean(), since: z.nullable(messageId), max: z.nullable(messageId) })),
  messages: z.array(message),
});

/** Stocktwits' error envelope: `{ response: { status }, errors: [{ message }] }`. */
const errorAnswer = z.object({
  response: z.optional(z.object({ status: z.number() })),
  errors: z.optional(z.array(z.object({ message: z.string() }))),
});

export function createStocktwitsProvider({ baseUrl = STOCKTWITS_BASE_URL, timeoutMs }: StocktwitsOptions = {}): SentimentProvider {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    name: 'stocktwits',
    async fetchPage(symbol: Ticker, cursor: { max?: number; since?: number }, options: FetchOptions = {}): Promise<StreamPage> {
      const url = new URL(`${base}/api/2/streams/symbol/${encodeURIComponent(symbol)}.json`);
      if (cursor.max !== undefined) url.searchParams.set('max', String(cursor.max));
      if (cursor.since !== undefined) url.searchParams.set('since', String(cursor.since));
      const body = await getProviderJson(url, {
        provider: 'Stocktwits',
        signal: options.signal,
        timeoutMs,
        onError: (status, answer) => refusal(symbol, status, answer),
      });
      // Some refusals come back as 200 with the status in the body.
      const status = errorAnswer.safeParse(body).data?.response?.status;
      if (status !== undefined && status >= 400) throw refusal(symbol, status, body) ?? unavailable(symbol, status);
      const answer = parseWire(streamAnswer, body, `Stocktwits' stream of ${symbol}`);
      return pageOf(answer, symbol, cursor.max);
    },
  };
}

function pageOf(answer: z.output<typeof streamAnswer>, symbol: Ticker, askedMax: number | undefined): StreamPage {
  const messages: StreamMessage[] = answer.messages
    .map((m) => ({
      id: m.id,
      symbol,
      createdAt: new Date(m.created_at).toISOString(),
      sentiment: sentimentOf(m.entities?.sentiment?.basic),
    }))
    // Newest first, as the API sends them; sorted again so no caller depends on it.
    .sort((a, b) => b.id - a.id);
  const oldest = messages.at(-1)?.id;
  const cursor = answer.cursor;
  // The docs say `max` takes ids <= max; the API answers ids < max. Passing the page's
  // oldest id is right either way (at worst one message comes twice, the same id), and
  // is kept below the `max` asked for, so paging always moves back.
  let older = cursor?.more && oldest !== undefined ? (cursor.max ?? oldest) : undefined;
  if (older !== undefined && askedMax !== undefined && older >= askedMax) older = askedMax - 1;
  const newest = messages[0]?.id ?? cursor?.since ?? undefined;
  return { messages, ...(older !== undefined && older > 0 ? { older } : {}), ...(newest !== undefined ? { newest } : {}) };
}

/** Only the two tags Stocktwits offers count; anything else is read as untagged. */
function sentimentOf(basic: string | null | undefined): StreamMessage['sentiment'] {
  return basic === 'Bullish' || basic === 'Bearish' ? basic : null;
}

/** A 404 is an unknown symbol; other refusals take the usual mapping (429 reads Retry-After). */
function refusal(symbol: Ticker, status: number, answer: unknown): ProviderError | undefined {
  if (status !== 404) return undefined;
  const text = errorAnswer.safeParse(answer).data?.errors?.[0]?.message ?? 'Symbol not found';
  return new ProviderError('unknown_symbol', `Stocktwits has no symbol ${symbol} (${text.slice(0, 200)}).`);
}

function unavailable(symbol: Ticker, status: number): ProviderError {
  if (status === 429) return new ProviderError('rate_limited', `Stocktwits is rate limiting this server (stream of ${symbol}).`);
  return new ProviderError('unavailable', `Stocktwits refused the stream of ${symbol} (status ${status}).`);
}
