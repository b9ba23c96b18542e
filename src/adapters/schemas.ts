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
import { isRecord, rows } from './schema-rows';

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

export const priceBar = z.object({
  date: isoDate,
  close: price,
  adjClose: z.optional(price),
  open: z.optional(price),
  high: z.optional(price),
  low: z.optional(price),
  volume: z.optional(z.number().check(z.nonnegative())),
});

type PriceBarOutput = z.output<typeof priceBar>;
const isPrice = (v: unknown): v is number => typeof v === 'number' && isUsablePrice(v);
const OPTIONAL_PRICES = ['adjClose', 'open', 'high', 'low'] as const;

/** A bar priceBar accepts, built as it outputs it (its keys in its order); undefined when unsure. */
export function fastPriceBar(value: unknown): PriceBarOutput | undefined {
  if (!isRecord(value) || typeof value.date !== 'string' || !isIsoDate(value.date) || !isPrice(value.close)) return undefined;
  const bar: PriceBarOutput = { date: value.date, close: value.close };
  for (const key of OPTIONAL_PRICES) {
    if (!(key in value)) continue;
    const v = value[key];
    if (!isPrice(v)) return undefined;
    bar[key] = v;
  }
  if ('volume' in value) {
    const v = value.volume;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return undefined;
    bar.volume = v;
  }
  return bar;
}

const priceSeries = z.object({
  symbol: ticker,
  currency: z.optional(z.string().check(z.maxLength(10))),
  bars: rows(priceBar, fastPriceBar),
});

export const sentimentDay = z
  .object({ date: isoDate, bullish: count, bearish: count, messages: count })
  .check(z.refine((d) => d.messages >= d.bullish + d.bearish, { message: 'messages must be at least bullish + bearish' }));

type SentimentDayOutput = z.output<typeof sentimentDay>;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** A day sentimentDay accepts, built as it outputs it; undefined when unsure. */
export function fastSentimentDay(value: unknown): SentimentDayOutput | undefined {
  if (!isRecord(value) || typeof value.date !== 'string' || !isIsoDate(value.date)) return undefined;
  const { bullish, bearish, messages } = value;
  if (!isCount(bullish) || !isCount(bearish) || !isCount(messages) || messages < bullish + bearish) return undefined;
  return { date: value.date, bullish, bearish, messages };
}

const sentimentSeries = z.object({ symbol: ticker, days: rows(sentimentDay, fastSentimentDay) });

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
