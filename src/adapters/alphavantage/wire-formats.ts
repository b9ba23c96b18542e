// Alpha Vantage's answers as it sends them (TIME_SERIES_DAILY, NEWS_SENTIMENT,
// GLOBAL_QUOTE), checked before anything is read from them. Numbers arrive as text.
import * as z from 'zod/mini';
import { isIsoDate } from '@/domain/dates';
import type { IsoDate } from '@/domain/types';
import { usablePrice } from '../schemas';

const decimalText = z.string().check(z.trim(), z.regex(/^-?\d+(\.\d+)?$/, 'expected a number written as text'));
const numberText = (check: z.core.$ZodCheck<number>) => z.pipe(decimalText, z.pipe(z.transform(Number), z.number().check(check)));
const priceText = numberText(usablePrice);
const nonNegativeText = numberText(z.nonnegative());
const isoDateKey = z.string().check(z.refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' }));

const dailyBar = z.object({
  '1. open': nonNegativeText,
  '2. high': nonNegativeText,
  '3. low': nonNegativeText,
  '4. close': priceText,
  '5. volume': nonNegativeText,
});

export const timeSeriesDaily = z.object({
  'Meta Data': z.object({ '2. Symbol': z.string() }),
  'Time Series (Daily)': z.record(isoDateKey, dailyBar),
});

const PUBLISHED = /^(\d{4})(\d{2})(\d{2})T\d{4}(\d{2})?$/;
const published = z
  .string()
  .check(
    z.regex(PUBLISHED, 'expected a time as YYYYMMDDTHHMMSS'),
    z.refine((t) => isIsoDate(publishedDate(t)), { message: 'expected a real calendar date' }),
  );

const newsArticle = z.object({
  title: z.string().check(z.minLength(1)),
  url: z.string(),
  time_published: published,
  summary: z.nullish(z.string()),
  source: z.nullish(z.string()),
  ticker_sentiment: z._default(z.array(z.object({ ticker: z.string(), ticker_sentiment_label: z.string() })), []),
});

export const newsSentiment = z.object({ feed: z.array(newsArticle) });

export const globalQuote = z.object({ 'Global Quote': z.record(z.string(), z.string()) });

export type DailyAnswer = z.output<typeof timeSeriesDaily>;
export type NewsArticle = z.output<typeof newsArticle>;

/** 'YYYYMMDDTHHMM[SS]' -> 'YYYY-MM-DD', read as UTC. */
export function publishedDate(time: string): IsoDate {
  return `${time.slice(0, 4)}-${time.slice(4, 6)}-${time.slice(6, 8)}`;
}
