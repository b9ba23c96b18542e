// Retail sentiment the way Stocktwits reports it (docs/definitions.md#sentiment): the share
// of bullish among tagged messages over a rolling 7 days, and message volume against
// the symbol's own normal. Pure: a series of daily counts in, readings out.
//
// Days are calendar days. A day without a row counts as a day without messages: a
// message stream has no trading calendar, so a gap means nobody posted (or the source
// has nothing), never a repeat of the day before.
import { addDays, addMonths, fromTime, toTime } from './dates';
import { medianOfSorted } from './median';
import type { IsoDate, SentimentSeries } from './types';

export type SentimentLabel = 'Extremely bearish' | 'Bearish' | 'Neutral' | 'Bullish' | 'Extremely bullish';
export type VolumeLabel = 'Low' | 'Normal' | 'High' | 'Extremely high';

export const SENTIMENT_LABELS: readonly SentimentLabel[] = ['Extremely bearish', 'Bearish', 'Neutral', 'Bullish', 'Extremely bullish'];
/** Zone edges of the score: label i covers up to SENTIMENT_BOUNDS[i + 1]. */
export const SENTIMENT_BOUNDS = [0, 20, 40, 60, 80, 100] as const;

export const WINDOW_DAYS = 7;
export const BASELINE_DAYS = 90;
export const MIN_TAGGED = 5;
export const MIN_HISTORY_DAYS = 30;

const DAY_MS = 86_400_000;

export function sentimentLabel(score: number): SentimentLabel {
  if (score < 20) return 'Extremely bearish';
  if (score < 40) return 'Bearish';
  if (score <= 60) return 'Neutral';
  if (score <= 80) return 'Bullish';
  return 'Extremely bullish';
}

export function volumeLabel(ratio: number): VolumeLabel {
  if (ratio < 0.75) return 'Low';
  if (ratio <= 1.5) return 'Normal';
  if (ratio <= 3) return 'High';
  return 'Extremely high';
}

export interface SentimentReading {
  date: IsoDate;
  /** 0-100; absent with fewer than MIN_TAGGED tagged messages in the window. */
  score?: number;
  label?: SentimentLabel;
  bullish: number;
  bearish: number;
  /** Mean daily messages over the window. */
  meanMessages: number;
  /** Absent with less than MIN_HISTORY_DAYS of history before the window, or a zero normal. */
  volumeRatio?: number;
  volumeLabel?: VolumeLabel;
}

/**
 * A series laid out on consecutive calendar days with running totals, so that any
 * reading is a few array lookups. Build once per series, read many times.
 */
export interface SentimentIndex {
  symbol: string;
  /** First calendar day of the series (UTC-midnight timestamp). */
  start: number;
  /** Daily messages by calendar day from `start`. */
  messages: Float64Array;
  /** Running totals: cumBullish[i] = sum of bullish over days 0..i-1. */
  cumBullish: Float64Array;
  cumBearish: Float64Array;
  cumMessages: Float64Array;
}

export function indexSentiment(series: SentimentSeries): SentimentIndex {
  const first = series.days[0];
  const last = series.days[series.days.length - 1];
  const start = first ? toTime(first.date) : 0;
  const length = first && last ? Math.round((toTime(last.date) - start) / DAY_MS) + 1 : 0;
  const bullish = new Float64Array(length);
  const bearish = new Float64Array(length);
  const messages = new Float64Array(length);
  for (const day of series.days) {
    const i = Math.round((toTime(day.date) - start) / DAY_MS);
    bullish[i] = day.bullish;
    bearish[i] = day.bearish;
    messages[i] = day.messages;
  }
  return {
    symbol: series.symbol,
    start,
    messages,
    cumBullish: runningTotal(bullish),
    cumBearish: runningTotal(bearish),
    cumMessages: runningTotal(messages),
  };
}

function runningTotal(values: Float64Array): Float64Array {
  const totals = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) totals[i + 1] = totals[i]! + values[i]!;
  return totals;
}

/** Sum of days [from, to] (day offsets, inclusive), clipped to the data: outside it is zero. */
function sumDays(totals: Float64Array, from: number, to: number): number {
  const n = totals.length - 1;
  const a = Math.min(Math.max(from, 0), n);
  const b = Math.min(Math.max(to + 1, 0), n);
  return b > a ? totals[b]! - totals[a]! : 0;
}

/** The reading at the end of calendar day `date`; undefined before the series starts. */
export function readingAt(index: SentimentIndex, date: IsoDate): SentimentReading | undefined {
  const day = Math.round((toTime(date) - index.start) / DAY_MS);
  if (day < 0 || index.messages.length === 0) return undefined;
  const from = day - WINDOW_DAYS + 1;
  const bullish = sumDays(index.cumBullish, from, day);
  const bearish = sumDays(index.cumBearish, from, day);
  const meanMessages = sumDays(index.cumMessages, from, day) / WINDOW_DAYS;
  const reading: SentimentReading = { date, bullish, bearish, meanMessages };
  if (bullish + bearish >= MIN_TAGGED) {
    // The share first: 100 * bullish can round past what the division gives back (found by a property test).
    reading.score = 100 * (bullish / (bullish + bearish));
    reading.label = sentimentLabel(reading.score);
  }
  const ratio = volumeRatio(index, from, meanMessages);
  if (ratio !== undefined) {
    reading.volumeRatio = ratio;
    reading.volumeLabel = volumeLabel(ratio);
  }
  return reading;
}

/** Window mean over the median of the BASELINE_DAYS calendar days before the window. */
function volumeRatio(index: SentimentIndex, windowStart: number, meanMessages: number): number | undefined {
  const normal = normalVolume(index, windowStart);
  return normal !== undefined && normal > 0 ? meanMessages / normal : undefined;
}

// A timeline asks for the same baselines again on every range switch; each is a sort of
// 90 days, so it is remembered per index (the index is rebuilt when its data changes).
const normals = new WeakMap<SentimentIndex, Map<number, number | undefined>>();

/** Median daily messages over the BASELINE_DAYS before `windowStart`; undefined with too little history. */
function normalVolume(index: SentimentIndex, windowStart: number): number | undefined {
  let known = normals.get(index);
  if (!known) normals.set(index, (known = new Map()));
  if (known.has(windowStart)) return known.get(windowStart);
  const baselineStart = Math.max(windowStart - BASELINE_DAYS, 0);
  let normal: number | undefined;
  if (windowStart - baselineStart >= MIN_HISTORY_DAYS) {
    // A typed array sorts numerically in native code: a timeline asks hundreds of these on a first load.
    const days = new Float64Array(windowStart - baselineStart);
    for (let i = baselineStart; i < windowStart; i++) days[i - baselineStart] = i < index.messages.length ? index.messages[i]! : 0;
    normal = medianOfSorted(days.sort());
  }
  known.set(windowStart, normal);
  return normal;
}

export interface GaugeReading {
  now?: SentimentReading;
  /** Score now minus score 7 days earlier, in points; absent when either is. */
  change?: number;
  weekAgo?: SentimentReading;
  monthAgo?: SentimentReading;
  yearAgo?: SentimentReading;
  /** The last 30 days' scores, oldest first (undefined where there was no reading). */
  sparkline: { date: IsoDate; score?: number }[];
}

export function gaugeReading(index: SentimentIndex, date: IsoDate): GaugeReading {
  const now = readingAt(index, date);
  const weekAgo = readingAt(index, addDays(date, -7));
  const sparkline = [];
  for (let i = 29; i >= 0; i--) {
    const d = addDays(date, -i);
    sparkline.push({ date: d, score: readingAt(index, d)?.score });
  }
  return {
    now,
    change: now?.score !== undefined && weekAgo?.score !== undefined ? now.score - weekAgo.score : undefined,
    weekAgo,
    monthAgo: readingAt(index, addMonths(date, -1)),
    yearAgo: readingAt(index, addMonths(date, -12)),
    sparkline,
  };
}

/** A reading for every calendar day from `from` to `to` (inclusive), for the timeline. */
export function readingsBetween(index: SentimentIndex, from: IsoDate, to: IsoDate): SentimentReading[] {
  const readings: SentimentReading[] = [];
  // Days before the series starts have no reading: skip them rather than ask (a MAX range starts years earlier).
  for (let t = Math.max(toTime(from), index.start), end = toTime(to); t <= end; t += DAY_MS) {
    const r = readingAt(index, fromTime(t));
    if (r) readings.push(r);
  }
  return readings;
}
