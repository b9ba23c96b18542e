// Schemas for everything that crosses into the app from a source: the REST contract of
// DEFINITIONS.md section 5. Parsing either yields domain types or a DataSourceError
// that says where the payload went wrong.
import { z } from 'zod';
import { isIsoDate } from '@/domain/dates';
import { isTicker } from '@/domain/ticker';
import type { MarketEvent, PriceSeries, SentimentSeries, SymbolInfo } from '@/domain/types';
import { DataSourceError } from './data-adapter';

const isoDate = z.string().refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' });
const ticker = z.string().refine(isTicker, { message: 'expected a ticker (A-Z 0-9 . - ^, at most 10)' });
const positive = z.number().finite().positive();

const priceBar = z.object({
  date: isoDate,
  close: positive,
  adjClose: positive.optional(),
  open: positive.optional(),
  high: positive.optional(),
  low: positive.optional(),
  volume: z.number().finite().nonnegative().optional(),
});

const priceSeries = z.object({
  symbol: ticker,
  currency: z.string().max(10).optional(),
  bars: z.array(priceBar),
});

const sentimentDay = z
  .object({
    date: isoDate,
    bullish: z.number().int().nonnegative(),
    bearish: z.number().int().nonnegative(),
    messages: z.number().int().nonnegative(),
  })
  .refine((d) => d.messages >= d.bullish + d.bearish, { message: 'messages must be at least bullish + bearish' });

const sentimentSeries = z.object({ symbol: ticker, days: z.array(sentimentDay) });

const marketEvent = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_.~-]{1,100}$/, 'expected a URL-safe id'),
    date: isoDate,
    endDate: isoDate.optional(),
    title: z.string().min(1).max(300),
    summary: z.string().max(2000).optional(),
    source: z.string().max(200).optional(),
    url: z.string().optional(),
    tags: z.array(z.string().max(40)).default([]),
    symbols: z.array(ticker).optional(),
  })
  .refine((e) => e.endDate === undefined || e.endDate >= e.date, { message: 'endDate must not be before date' });

export const pricesResponse = z.object({ series: z.array(priceSeries), unknown: z.array(z.string()).optional() });
export const sentimentResponse = z.object({ series: z.array(sentimentSeries), unknown: z.array(z.string()).optional() });
export const eventsResponse = z.object({ events: z.array(marketEvent) });
export const symbolsResponse = z.object({ symbols: z.array(z.object({ symbol: ticker, name: z.string().max(200) })) });

/** Validates `payload`; on failure the message names the first offending field. */
export function parsePayload<S extends z.ZodType>(schema: S, payload: unknown, where: string): z.output<S> {
  const result = schema.safeParse(payload);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.join('.') : 'response';
  throw new DataSourceError('invalid_payload', `${where} sent data that does not fit the contract: ${path}: ${issue?.message ?? 'invalid'}.`);
}

/** Sorts bars by date; a repeated date breaks the contract and is reported, not dropped. */
export function normalisePriceSeries(series: z.output<typeof priceSeries>, where: string): PriceSeries {
  const bars = [...series.bars].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  assertUniqueDates(bars, `${where}: ${series.symbol}`);
  return { ...series, bars };
}

export function normaliseSentimentSeries(series: z.output<typeof sentimentSeries>, where: string): SentimentSeries {
  const days = [...series.days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
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

/** Only http(s) links are ever rendered. */
export function safeUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function assertUniqueDates(rows: { date: string }[], where: string): void {
  for (let i = 1; i < rows.length; i++) {
    if (rows[i]!.date === rows[i - 1]!.date) {
      throw new DataSourceError('invalid_payload', `${where} has two rows for ${rows[i]!.date}; the contract allows one per date.`);
    }
  }
}
