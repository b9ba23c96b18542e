// Stand-ins for the providers in the server's service tests: a price provider with a fixed
// history that counts its calls and can hang or fail, and a message stream that pages the
// way Stocktwits' does (newest first, 30 a page, `max` back and `since` forward, both exclusive).
import type { IsoDate, PriceBar, Ticker } from '@/domain/types';
import { ProviderError, type PriceProvider, type SentimentProvider, type StreamMessage, type StreamPage } from '../../server/providers/provider';

export interface FakePrices extends PriceProvider {
  calls: { symbol: Ticker; from: IsoDate; to: IsoDate }[];
  /** What the next calls do instead of answering. */
  mode: 'answer' | 'hang' | 'fail';
}

export function fakePrices(history: Record<Ticker, PriceBar[]>): FakePrices {
  const fake: FakePrices = {
    name: 'fake-prices',
    calls: [],
    mode: 'answer',
    async fetchDaily(symbol, from, to) {
      fake.calls.push({ symbol, from, to });
      if (fake.mode === 'hang') return new Promise<never>(() => undefined);
      if (fake.mode === 'fail') throw new ProviderError('unavailable', 'fake-prices could not be reached.');
      const bars = history[symbol];
      if (!bars) throw new ProviderError('unknown_symbol', `fake-prices has no ${symbol}.`);
      return bars.filter((b) => b.date >= from && b.date <= to);
    },
  };
  return fake;
}

export const PAGE_SIZE = 30;

export interface FakeStream extends SentimentProvider {
  /** Every message, newest first (the tests add new ones at the front). */
  messages: StreamMessage[];
  calls: { symbol: Ticker; max?: number; since?: number }[];
}

/** `messages`: per symbol, newest first, ids descending. */
export function fakeStream(messages: StreamMessage[]): FakeStream {
  const fake: FakeStream = {
    name: 'fake-stream',
    messages,
    calls: [],
    async fetchPage(symbol, { max, since }): Promise<StreamPage> {
      fake.calls.push({ symbol, max, since });
      const matching = fake.messages.filter((m) => m.symbol === symbol && (max === undefined || m.id < max) && (since === undefined || m.id > since));
      const page = matching.slice(0, PAGE_SIZE);
      const more = matching.length > PAGE_SIZE;
      return { messages: page, older: more ? page.at(-1)!.id : undefined, newest: page[0]?.id };
    },
  };
  return fake;
}

/** `count` messages of `symbol`, one every `everyMinutes`, ending at `end` (ISO), newest first, ids from `firstId` up. */
export function streamOf(symbol: Ticker, count: number, end: string, everyMinutes: number, firstId: number): StreamMessage[] {
  const sentiments = ['Bullish', 'Bearish', null, 'Bullish'] as const;
  return Array.from({ length: count }, (_, i) => ({
    id: firstId + count - 1 - i,
    symbol,
    createdAt: new Date(Date.parse(end) - i * everyMinutes * 60_000).toISOString(),
    sentiment: sentiments[(count - 1 - i) % sentiments.length]!,
  }));
}
