// The domain shapes of docs/definitions.md#types. Plain data, no React, no fetch.

/** 'YYYY-MM-DD': a trading day for prices, a calendar day for sentiment and events. */
export type IsoDate = string;
/** Upper case, 1-10 characters of A-Z 0-9 . - ^ (see parseTicker). */
export type Ticker = string;

export interface PriceBar {
  date: IsoDate;
  close: number;
  adjClose?: number;
  open?: number;
  high?: number;
  low?: number;
  volume?: number;
}

/** Ascending by date, one bar per date, close > 0. */
export interface PriceSeries {
  symbol: Ticker;
  currency?: string;
  bars: PriceBar[];
  /**
   * Every close is already adjusted for dividends and splits (Stooq's files): the
   * series has no close as traded, so it is measured on the total basis only.
   */
  closesAdjusted?: boolean;
  /** How far apart the bars are; absent: daily (docs/definitions.md#returns). */
  periodicity?: Exclude<Periodicity, 'daily'>;
  /**
   * The file's last bar when it was taken before its session closed: kept, but apart from
   * `bars` (dated after all of them), so no figure takes it for a close.
   */
  intraday?: IntradayPrice;
}

/** A price taken during a session, not at its close (docs/definitions.md#types, "Unfinished sessions"). */
export interface IntradayPrice extends PriceBar {
  /** When it was taken, `HH:MM` New York, when the file says. */
  takenAt?: string;
}

/** Daily bars are trading days; weekly and monthly ones one a week or month; irregular: none of those. */
export type Periodicity = 'daily' | 'weekly' | 'monthly' | 'irregular';

/** Counts of one calendar day; messages >= bullish + bearish. */
export interface SentimentDay {
  date: IsoDate;
  bullish: number;
  bearish: number;
  messages: number;
}

export interface SentimentSeries {
  symbol: Ticker;
  days: SentimentDay[];
}

export interface MarketEvent {
  id: string;
  date: IsoDate;
  endDate?: IsoDate;
  title: string;
  summary?: string;
  source?: string;
  /** http(s) only; anything else is dropped at the boundary. */
  url?: string;
  tags: string[];
  /** Empty or absent: market-wide. */
  symbols?: Ticker[];
  /** Absent: major. Charts spanning more than about a year leave minor events out (docs/definitions.md#events). */
  importance?: EventImportance;
}

export type EventImportance = 'major' | 'minor';

export interface SymbolInfo {
  symbol: Ticker;
  name: string;
}

export type RangePreset = '1M' | '3M' | '6M' | 'YTD' | '1Y' | '5Y' | 'MAX';
export type RangeKind = RangePreset | 'custom';
export type Basis = 'price' | 'total';

export const RANGE_PRESETS: readonly RangePreset[] = ['1M', '3M', '6M', 'YTD', '1Y', '5Y', 'MAX'];

/** An event on the timeline: from the data source, or added by the user (`own`). */
export interface TimelineEvent extends MarketEvent {
  own?: boolean;
}
