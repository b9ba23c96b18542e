// A CSV header read: which column holds what, and which kind of file (prices in one of
// the known layouts, sentiment counts, events) those columns make.

export type Col =
  | 'date' | 'close' | 'closeLast' | 'adjClose' | 'open' | 'high' | 'low' | 'volume' | 'symbol'
  | 'bullish' | 'bearish' | 'messages' | 'endDate' | 'title' | 'tags' | 'url' | 'summary' | 'source' | 'symbols' | 'importance'
  | 'per';

const COLUMN_NAMES: Record<string, Col> = {
  date: 'date',
  close: 'close',
  'close/last': 'closeLast',
  'adj close': 'adjClose',
  adjclose: 'adjClose',
  'adjusted close': 'adjClose',
  open: 'open',
  high: 'high',
  low: 'low',
  volume: 'volume',
  symbol: 'symbol',
  ticker: 'symbol',
  bullish: 'bullish',
  bearish: 'bearish',
  messages: 'messages',
  'end date': 'endDate',
  enddate: 'endDate',
  title: 'title',
  tags: 'tags',
  url: 'url',
  link: 'url',
  summary: 'summary',
  description: 'summary',
  source: 'source',
  symbols: 'symbols',
  importance: 'importance',
};

/** Stooq's bulk download (`<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,…`): its own names, in angle brackets. */
const STOOQ_BULK_NAMES: Record<string, Col> = {
  ticker: 'symbol',
  per: 'per',
  date: 'date',
  open: 'open',
  high: 'high',
  low: 'low',
  close: 'close',
  vol: 'volume',
};

export type Columns = Partial<Record<Col, number>>;

export function headerColumns(fields: string[]): Columns {
  const cols: Columns = {};
  const bracketed = fields.length > 0 && fields.every((f) => /^<[A-Za-z]+>$/.test(f.trim()));
  fields.forEach((raw, index) => {
    // Case and spacing do not matter; Yahoo's web table writes `Close*` and `Adj Close**`.
    const key = raw.trim().toLowerCase().replace(/[\s_]+/g, ' ').replace(/\*+$/, '').trim();
    const col = bracketed ? STOOQ_BULK_NAMES[key.slice(1, -1)] : COLUMN_NAMES[key];
    if (col !== undefined && cols[col] === undefined) cols[col] = index;
  });
  return cols;
}

export type CsvFormat =
  | { kind: 'events' }
  | { kind: 'sentiment' }
  | {
      kind: 'prices';
      name: string;
      close: 'close' | 'closeLast';
      manySymbols: boolean;
      stooqBulk?: boolean;
      /** Stooq's layouts: closes adjusted for dividends and splits (docs/definitions.md#returns). */
      closesAdjusted?: boolean;
      /**
       * How the provider writes its dates: a file in its header but another date form is
       * someone else's, read as `OHLC_PRICES` with closes as traded.
       */
      providerDates?: RegExp;
    };

/** Stooq's CSV download writes exactly this header (Volume absent for some indices), and ISO dates. */
const STOOQ_HEADER = /^Date,Open,High,Low,Close(,Volume)?$/;
export const OHLC_PRICES = 'Prices (date, open, high, low, close)';

/** The kind of file a header makes; `fields` as written, for the layouts told apart by spelling. */
export function csvFormat(cols: Columns, fields: readonly string[]): CsvFormat | undefined {
  const has = (...names: Col[]) => names.every((c) => cols[c] !== undefined);
  if (!has('date')) return undefined;
  if (has('title')) return { kind: 'events' };
  if (has('symbol', 'bullish', 'bearish', 'messages')) return { kind: 'sentiment' };
  if (has('per', 'symbol', 'close')) return { kind: 'prices', name: 'Stooq bulk download', close: 'close', manySymbols: true, stooqBulk: true, closesAdjusted: true };
  if (has('closeLast')) return { kind: 'prices', name: 'Nasdaq prices', close: 'closeLast', manySymbols: false };
  if (has('symbol', 'close')) return { kind: 'prices', name: 'Prices (date, symbol, close)', close: 'close', manySymbols: true };
  if (has('open', 'high', 'low', 'close', 'adjClose')) return { kind: 'prices', name: 'Yahoo Finance prices', close: 'close', manySymbols: false };
  if (has('open', 'high', 'low', 'close')) {
    // Others write the same columns (MarketWatch: `Date,Open,High,Low,Close,Volume` with US dates) with closes as traded.
    return STOOQ_HEADER.test(fields.map((f) => f.trim()).join(','))
      ? { kind: 'prices', name: 'Stooq prices', close: 'close', manySymbols: false, closesAdjusted: true, providerDates: /^\d{4}-\d{2}-\d{2}$/ }
      : { kind: 'prices', name: OHLC_PRICES, close: 'close', manySymbols: false };
  }
  if (has('close')) return { kind: 'prices', name: 'Prices (date, close)', close: 'close', manySymbols: false };
  return undefined;
}
