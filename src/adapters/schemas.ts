// Schemas for everything that crosses into the app from a source: the REST contract of
// docs/definitions.md#rest-contract. Parsing either yields domain types or a DataSourceError
// that says where the payload went wrong.
import * as z from 'zod/mini';
import { byDate, isIsoDate } from '@/domain/dates';
import { isUsablePrice, PRICE_LIMITS } from '@/domain/returns';
import { isTicker } from '@/domain/ticker';
import { safeUrl } from '@/domain/url';
import type { MarketEvent, PriceSeries, SentimentSeries, SymbolInfo } from '@/domain/types';
import { DataSourceError } from './data-adapter';

// zod/mini keeps the first load small; English messages say what a field got wrong.
z.config(z.locales.en());

const isoDate = z.string().check(z.refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' }));
const ticker = z.string().check(z.refine(isTicker, { message: 'expected a ticker (A-Z 0-9 . - ^, at most 10)' }));
/** A price the math can divide by another without overflow (see isUsablePrice). */
export const usablePrice = z.refine<number>(isUsablePrice, {
  message: `expected a price from ${PRICE_LIMITS.min.toExponential()} to ${PRICE_LIMITS.max.toExponential()}`,
});
const price = z.number().check(usablePrice);
const count = z.int().check(z.nonnegative());

const priceBar = z.object({
  date: isoDate,
  close: price,
  adjClose: z.optional(price),
  open: z.optional(price),
  high: z.optional(price),
  low: z.optional(price),
  volume: z.optional(z.number().check(z.nonnegative())),
});

const priceSeries = z.object({
  symbol: ticker,
  currency: z.optional(z.string().check(z.maxLength(10))),
  bars: z.array(priceBar),
});

const sentimentDay = z
  .object({ date: isoDate, bullish: count, bearish: count, messages: count })
  .check(z.refine((d) => d.messages >= d.bullish + d.bearish, { message: 'messages must be at least bullish + bearish' }));

const sentimentSeries = z.object({ symbol: ticker, days: z.array(sentimentDay) });

const marketEvent = z
  .object({
    id: z.string().check(z.regex(/^[A-Za-z0-9_.~-]{1,100}$/, 'expected a URL-safe id')),
    date: isoDate,
    endDate: z.optional(isoDate),
    title: z.string().check(z.minLength(1), z.maxLength(300)),
    summary: z.optional(z.string().check(z.maxLength(2000))),
    source: z.optional(z.string().check(z.maxLength(200))),
    url: z.optional(z.string()),
    tags: z._default(z.array(z.string().check(z.maxLength(40))), []),
    symbols: z.optional(z.array(ticker)),
    importance: z.optional(z.enum(['major', 'minor'])),
  })
  .check(z.refine((e) => e.endDate === undefined || e.endDate >= e.date, { message: 'endDate must not be before date' }));

const unknownSymbols = z.optional(z.array(z.string()));
export const pricesResponse = z.object({ series: z.array(priceSeries), unknown: unknownSymbols });
export const sentimentResponse = z.object({ series: z.array(sentimentSeries), unknown: unknownSymbols });
export const eventsResponse = z.object({ events: z.array(marketEvent) });
export const symbolsResponse = z.object({
  symbols: z.array(z.object({ symbol: ticker, name: z.string().check(z.maxLength(200)) })),
});

/** Validates `payload`; on failure the message names the first offending field. */
export function parsePayload<S extends z.ZodMiniType>(schema: S, payload: unknown, where: string): z.output<S> {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.join('.') : 'response';
  throw new DataSourceError('invalid_payload', `${where} sent data that does not fit the contract: ${path}: ${issue?.message ?? 'invalid'}.`);
}

/** Sorts bars by date; a repeated date breaks the contract and is reported, not dropped. */
export function normalisePriceSeries(series: z.output<typeof priceSeries>, where: string): PriceSeries {
  const bars = [...series.bars].sort(byDate);
  assertUniqueDates(bars, `${where}: ${series.symbol}`);
  return { ...series, bars };
}

export function normaliseSentimentSeries(series: z.output<typeof sentimentSeries>, where: string): SentimentSeries {
  const days = [...series.days].sort(byDate);
  assertUniqueDates(days, `${where}: ${series.symbol}`);
  return { symbol: series.symbol, days };
}

export function normaliseEvent(event: z.output<typeof marketEvent>): MarketEvent {
  const { url, ...rest } = event;
  return safeUrl(url) ? { ...rest, url } : rest;
}

export function normaliseSymbols(list: z.output<typeof symbolsResponse>['symbols']): SymbolInfo[] {
  return [...list].sort((a, b) => a.symbol.localeCompare(b.symbol));
}

function assertUniqueDates(rows: { date: string }[], where: string): void {
  for (let i = 1; i < rows.length; i++) {
    if (rows[i]!.date === rows[i - 1]!.date) {
      throw new DataSourceError('invalid_payload', `${where} has two rows for ${rows[i]!.date}; the contract allows one per date.`);
    }
  }
}
