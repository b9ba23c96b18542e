// What the server needs of a data provider: daily bars of a symbol, or a page of a symbol's
// message stream. One file per provider implements one of these; a dying provider is
// swapped for another by changing which one main.ts builds.
import type { IsoDate, PriceBar, Ticker } from '../../src/domain/types';

export type ProviderErrorKind = 'unknown_symbol' | 'rate_limited' | 'unavailable' | 'invalid_answer';

export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  constructor(
    readonly kind: ProviderErrorKind,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export interface FetchOptions {
  signal?: AbortSignal;
}

export interface PriceProvider {
  readonly name: string;
  /** Daily bars with from <= date <= to, ascending, New York dates; never a bar of a session not yet closed. */
  fetchDaily(symbol: Ticker, from: IsoDate, to: IsoDate, options?: FetchOptions): Promise<PriceBar[]>;
}

export interface StreamMessage {
  id: number;
  symbol: Ticker;
  /** ISO UTC. */
  createdAt: string;
  sentiment: 'Bullish' | 'Bearish' | null;
}

export interface StreamPage {
  messages: StreamMessage[];
  /** The id to pass as `max` for the next older page; undefined when the stream ends. */
  older?: number;
  /** The newest id on this page, for `since`. */
  newest?: number;
}

export interface SentimentProvider {
  readonly name: string;
  /** One page of a symbol's stream, newest first: `max` pages back, `since` forward. */
  fetchPage(symbol: Ticker, cursor: { max?: number; since?: number }, options?: FetchOptions): Promise<StreamPage>;
}
