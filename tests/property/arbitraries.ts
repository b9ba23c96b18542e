// Generators shared by the property tests: well-formed domain values (the shapes the
// boundary promises to hand inward) and the messy strings that arrive from outside.
import fc from 'fast-check';
import { fromTime } from '@/domain/dates';
import type { IsoDate, PriceBar, PriceSeries, SentimentDay, SentimentSeries, Ticker } from '@/domain/types';

const DAY_MS = 86_400_000;
/** 1970-01-01 .. 2099-12-31, as day numbers. */
const FIRST_DAY = 0;
const LAST_DAY = Math.floor(Date.UTC(2099, 11, 31) / DAY_MS);

export const dayNumber = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
export const isoDate: fc.Arbitrary<IsoDate> = dayNumber.map((d) => fromTime(d * DAY_MS));

export const ticker: fc.Arbitrary<Ticker> = fc.stringMatching(/^[A-Z0-9.\-^]{1,10}$/);

/** Text from anywhere: ASCII, full unicode (lone surrogates included), and the characters parsers trip on. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(',', ';', '"', '\t', '\n', '\r', ' ', '-', '.', '/', ':', '%', '&', '=', '?', '#', '\u0000', '\ufeff', '\u2028', 'é', 'ß', 'ı', '😀', 'a', 'Z', '1', '9', '^', '+'), maxLength: 40 }),
);

/** Prices the way markets quote them: a hundredth of a cent up to a million. */
export const price = fc.double({ min: 1e-4, max: 1e6, noNaN: true, noDefaultInfinity: true });

/** Distinct day numbers, ascending: a series' calendar. */
function sortedDays(maxLength: number, spread = 4000): fc.Arbitrary<number[]> {
  return fc
    .tuple(dayNumber, fc.uniqueArray(fc.integer({ min: 0, max: spread }), { minLength: 1, maxLength }))
    .map(([start, offsets]) => offsets.sort((a, b) => a - b).map((o) => Math.min(start + o, LAST_DAY)))
    .map((days) => [...new Set(days)]);
}

function exactly<T>(n: number, item: fc.Arbitrary<T>): fc.Arbitrary<T[]> {
  return fc.array(item, { minLength: n, maxLength: n });
}

export interface BarOptions {
  /** Every bar carries adjClose (else at random). */
  adjusted?: boolean;
  price?: fc.Arbitrary<number>;
  maxLength?: number;
}

/** A valid PriceSeries: ascending unique dates, close > 0 (docs/definitions.md#types). */
export function priceSeries(options: BarOptions = {}): fc.Arbitrary<PriceSeries> {
  const value = options.price ?? price;
  const adjClose = options.adjusted ? value : fc.option(value, { nil: undefined });
  return fc.tuple(ticker, sortedDays(options.maxLength ?? 60)).chain(([symbol, days]) =>
    exactly(days.length, fc.tuple(value, adjClose)).map((values) => ({
      symbol,
      bars: days.map((d, i): PriceBar => {
        const [close, adj] = values[i]!;
        return adj === undefined ? { date: fromTime(d * DAY_MS), close } : { date: fromTime(d * DAY_MS), close, adjClose: adj };
      }),
    })),
  );
}

/** Counts of one day, messages >= bullish + bearish; small counts mostly, huge ones now and then. */
const count = fc.oneof({ weight: 5, arbitrary: fc.nat({ max: 50 }) }, { weight: 1, arbitrary: fc.maxSafeNat().map((n) => Math.floor(n / 4)) });

/** A valid SentimentSeries: ascending unique calendar days (gaps allowed). */
export function sentimentSeries(maxLength = 80): fc.Arbitrary<SentimentSeries> {
  return fc.tuple(ticker, sortedDays(maxLength, 400)).chain(([symbol, days]) =>
    exactly(days.length, fc.tuple(count, count, count)).map((counts) => ({
      symbol,
      days: days.map((d, i): SentimentDay => {
        const [bullish, bearish, extra] = counts[i]!;
        return { date: fromTime(d * DAY_MS), bullish, bearish, messages: Math.min(bullish + bearish + extra, Number.MAX_SAFE_INTEGER) };
      }),
    })),
  );
}
