// The contract every data source meets (Grafana-style: a small interface plus
// declared capabilities), and the one error type the UI has to understand.
import type { IsoDate, MarketEvent, PriceSeries, SentimentSeries, SymbolInfo, Ticker } from '@/domain/types';

export interface RangeQuery {
  symbols: Ticker[];
  /** Inclusive; absent = from the first available day. */
  from?: IsoDate;
  /** Inclusive; absent = up to the latest available day. */
  to?: IsoDate;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface Capabilities {
  prices: boolean;
  sentiment: boolean;
  events: boolean;
}

export interface DataAdapter {
  /** The id of the source that built it (see data-source.ts). */
  readonly id: string;
  /** Names the data it serves, for cache keys: the id plus what selects the data (an address), never a secret. */
  readonly key: string;
  readonly label: string;
  readonly capabilities: Capabilities;
  /** Series of the known symbols; a symbol the source lacks is simply absent. */
  getPrices(q: RangeQuery, o?: RequestOptions): Promise<PriceSeries[]>;
  getSentiment(q: RangeQuery, o?: RequestOptions): Promise<SentimentSeries[]>;
  getEvents(q: RangeQuery, o?: RequestOptions): Promise<MarketEvent[]>;
  getSymbols(o?: RequestOptions): Promise<SymbolInfo[]>;
  checkHealth(): Promise<{ ok: boolean; message: string }>;
}

export type DataSourceErrorCode =
  | 'unknown_symbol'
  | 'bad_request'
  | 'unauthorized'
  | 'not_found'
  | 'rate_limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'invalid_payload'
  | 'unsupported';

/** A failure a person can act on: `message` is written for them and never holds a secret. */
export class DataSourceError extends Error {
  override readonly name = 'DataSourceError';
  readonly code: DataSourceErrorCode;
  readonly status?: number;
  /** Seconds the server asked us to wait (429 Retry-After). */
  readonly retryAfter?: number;

  constructor(code: DataSourceErrorCode, message: string, init: { status?: number; retryAfter?: number; cause?: unknown } = {}) {
    super(message, { cause: init.cause });
    this.code = code;
    this.status = init.status;
    this.retryAfter = init.retryAfter;
  }

  /** Worth trying again: the server or the network, not the request. */
  get retryable(): boolean {
    return this.code === 'server' || this.code === 'network' || this.code === 'timeout' || this.code === 'rate_limited';
  }
}

export function isDataSourceError(error: unknown): error is DataSourceError {
  return error instanceof DataSourceError;
}
