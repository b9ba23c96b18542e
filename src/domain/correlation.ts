// How daily changes in sentiment moved with returns: Pearson correlations over the
// trading days of a range, with the number of days behind them. No claim beyond that.
import { fromTime } from './dates';
import { lastIndexOnOrBefore } from './returns';
import { readingAt, WINDOW_DAYS, type SentimentIndex } from './sentiment';
import type { IsoDate, PriceSeries } from './types';

const DAY_MS = 86_400_000;

/** Pearson's r; undefined with fewer than three pairs or no variation. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | undefined {
  const n = Math.min(xs.length, ys.length);
  if (n < 3) return undefined;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (!varies(xs, n) || !varies(ys, n) || sxx === 0 || syy === 0) return undefined;
  // Roots taken apart: sxx * syy underflows to 0 for tiny values; rounding can step past ±1.
  const r = sxy / (Math.sqrt(sxx) * Math.sqrt(syy));
  return Number.isFinite(r) ? Math.max(-1, Math.min(1, r)) : undefined;
}

/** Whether the first n values are not all the same (a mean's rounding must not invent variation). */
function varies(values: readonly number[], n: number): boolean {
  for (let i = 1; i < n; i++) if (values[i] !== values[0]) return true;
  return false;
}

export interface SentimentReturnLink {
  symbol: string;
  /** Change in score from one trading day to the next vs that day's return. */
  sameDay?: number;
  sameDayDays: number;
  /** Change in score on a day vs the next trading day's return. */
  nextDay?: number;
  nextDayDays: number;
}

/**
 * Over the symbol's trading days in (from, to]: the score change between consecutive
 * trading days, against the return over the same step and over the following step.
 * Days without a score on either side are left out.
 */
export function sentimentReturnLink(prices: PriceSeries, sentiment: SentimentIndex, from: IsoDate | undefined, to: IsoDate): SentimentReturnLink {
  const { bars } = prices;
  const end = lastIndexOnOrBefore(bars, to);
  const first = from === undefined ? 1 : Math.max(lastIndexOnOrBefore(bars, from) + 1, 1);
  // A score needs messages in its window: no day after a window past the sentiment's last
  // has one, so those bars (every bar, without sentiment) are not read.
  const scores: (number | undefined)[] = [];
  if (sentiment.messages.length > 0) {
    const lastScored = fromTime(sentiment.start + (sentiment.messages.length - 1 + WINDOW_DAYS - 1) * DAY_MS);
    const upTo = Math.min(end, lastIndexOnOrBefore(bars, lastScored));
    for (let i = Math.max(first - 1, 0); i <= upTo; i++) scores[i] = readingAt(sentiment, bars[i]!.date)?.score;
  }
  const same: [number[], number[]] = [[], []];
  const next: [number[], number[]] = [[], []];
  for (let i = first; i <= end; i++) {
    const now = scores[i];
    const before = scores[i - 1];
    if (now === undefined || before === undefined) continue;
    const change = now - before;
    same[0].push(change);
    same[1].push(bars[i]!.close / bars[i - 1]!.close - 1);
    if (i + 1 <= end) {
      next[0].push(change);
      next[1].push(bars[i + 1]!.close / bars[i]!.close - 1);
    }
  }
  return {
    symbol: prices.symbol,
    sameDay: pearson(same[0], same[1]),
    sameDayDays: same[0].length,
    nextDay: pearson(next[0], next[1]),
    nextDayDays: next[0].length,
  };
}

/** Plain words for the size of a correlation. */
export function correlationStrength(r: number): string {
  const size = Math.abs(r);
  if (size < 0.1) return 'no meaningful';
  if (size < 0.3) return 'a weak';
  if (size < 0.5) return 'a moderate';
  return 'a strong';
}
