// The synthetic daily message counts behind the demo sentiment panel (mocks/data/sentiment.json).
// A seeded model gives each symbol a message volume (popularity that wanders, a weekly rhythm,
// bursts around big price moves and the headline events) and a bullish share that drifts with the
// symbol's trailing 5-day return around a mildly bullish level. The week ending 2025-07-25 is then
// set by construction so the published readings of docs/definitions.md#sentiment hold. Pure and
// deterministic: the demo prices in, the same bytes out on every run. Nothing here is real data.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { addDays, weekday } from '../../src/domain/dates';
import { median } from '../../src/domain/median';
import { BASELINE_DAYS, WINDOW_DAYS } from '../../src/domain/sentiment';
import { normalSource, type DemoPriceFile } from './prices';

export interface DemoSentimentFile {
  notice: string;
  seed: number;
  /** Day i is `start` + i calendar days. */
  start: string;
  /** Daily counts, integers, messages >= bullish + bearish. */
  symbols: { symbol: string; bullish: number[]; bearish: number[]; messages: number[] }[];
}

const SEED = 20250725;
const FIRST_DAY = '2024-01-01';
const LAST_DAY = '2025-12-31';

interface Profile {
  /** Typical weekday message count at the start of 2024 (grows with GROWTH_PER_YEAR). */
  weekday: number;
  /** Bullish share of tagged messages the mood reverts to. */
  bullishShare: number;
}

// By popularity on a retail message stream: the index ETFs dwarf the single-country ones.
const PROFILES: Record<string, Profile> = {
  SPY: { weekday: 2900, bullishShare: 0.62 },
  QQQ: { weekday: 1600, bullishShare: 0.63 },
  MCHI: { weekday: 85, bullishShare: 0.58 },
  FXI: { weekday: 170, bullishShare: 0.57 },
  KWEB: { weekday: 190, bullishShare: 0.58 },
  SOXX: { weekday: 420, bullishShare: 0.62 },
  IWM: { weekday: 520, bullishShare: 0.58 },
  GLD: { weekday: 380, bullishShare: 0.63 },
  EEM: { weekday: 105, bullishShare: 0.57 },
  TLT: { weekday: 330, bullishShare: 0.55 },
};

/** Message volume relative to a weekday, Sunday first: weekends are quiet, Sunday evening less so. */
const DAY_OF_WEEK = [0.34, 1.06, 1.0, 1.0, 0.98, 0.94, 0.3];
/** A weekday the exchange is closed (a holiday). */
const HOLIDAY = 0.5;
const GROWTH_PER_YEAR = 0.12;

// Popularity: a slow log AR(1) (stationary sd about 0.14); daily noise on top.
const POPULARITY_PHI = 0.97;
const POPULARITY_SD = 0.035;
const DAILY_VOLUME_SD = 0.12;

// Mood, in log-odds of the bullish share: the trailing 5-day return in units of its own
// volatility, a slow AR(1) swing (stationary sd about 0.18) and daily noise.
const RETURN_WEIGHT = 0.25;
const RETURN_CLIP = 4;
const MOOD_PHI = 0.9;
const MOOD_SD = 0.08;
const DAILY_MOOD_SD = 0.15;

// Share of messages carrying a bullish or bearish tag.
const TAG_RATE = 0.45;
const TAG_RATE_SD = 0.035;
const TAG_RATE_MIN = 0.37;
const TAG_RATE_MAX = 0.53;

// A price move beyond 1.5 daily sigmas draws extra messages, at most MOVE_CAP times normal.
const MOVE_THRESHOLD = 1.5;
const MOVE_SLOPE = 0.3;
const MOVE_CAP = 3;

/** Half-life in days of an event's extra volume and mood shift. */
const EVENT_HALF_LIFE = 1.5;

interface EventDay {
  date: string;
  /** Message volume multiple of normal on the day, for every symbol unless overridden. */
  volume: number;
  /** Shift of the mood in log-odds (negative: bearish). */
  tilt: number;
  overrides?: Record<string, { volume: number; tilt: number }>;
}

const CHINA = ['MCHI', 'FXI', 'KWEB'] as const;
const each = (symbols: readonly string[], value: { volume: number; tilt: number }) =>
  Object.fromEntries(symbols.map((s) => [s, value]));

const EVENTS: EventDay[] = [
  // The yen carry-trade unwind.
  { date: '2024-08-05', volume: 2.4, tilt: -0.7, overrides: { GLD: { volume: 1.4, tilt: 0 }, TLT: { volume: 1.6, tilt: 0.4 } } },
  // The China stimulus rally, and the Golden Week hangover.
  { date: '2024-09-24', volume: 1.1, tilt: 0, overrides: { ...each(CHINA, { volume: 3, tilt: 0.9 }), EEM: { volume: 2, tilt: 0.5 } } },
  { date: '2024-09-30', volume: 1.1, tilt: 0, overrides: { ...each(CHINA, { volume: 3.6, tilt: 1.1 }), EEM: { volume: 2, tilt: 0.5 } } },
  { date: '2024-10-08', volume: 1.1, tilt: 0, overrides: { ...each(CHINA, { volume: 3.4, tilt: -1.1 }), EEM: { volume: 1.8, tilt: -0.4 } } },
  // The US election.
  { date: '2024-11-06', volume: 2.3, tilt: 0.6, overrides: { IWM: { volume: 3.2, tilt: 0.9 }, ...each(CHINA, { volume: 2.2, tilt: -0.6 }) } },
  // DeepSeek: US chips sold off, Chinese tech cheered.
  {
    date: '2025-01-27',
    volume: 1.8,
    tilt: -0.5,
    overrides: {
      QQQ: { volume: 2.8, tilt: -0.8 },
      SOXX: { volume: 3.5, tilt: -1.1 },
      ...each(CHINA, { volume: 2.2, tilt: 0.5 }),
      GLD: { volume: 1.2, tilt: 0 },
      TLT: { volume: 1.4, tilt: 0.3 },
    },
  },
  // Liberation Day tariffs, the crash, and the 90-day pause on 04-09.
  { date: '2025-04-03', volume: 3.6, tilt: -1.0 },
  { date: '2025-04-04', volume: 4.8, tilt: -1.2 },
  { date: '2025-04-05', volume: 5, tilt: -1.1 },
  { date: '2025-04-06', volume: 6, tilt: -1.2 },
  { date: '2025-04-07', volume: 5.5, tilt: -1.0 },
  { date: '2025-04-08', volume: 4.4, tilt: -1.0, overrides: each(CHINA, { volume: 5, tilt: -1.2 }) },
  { date: '2025-04-09', volume: 5.8, tilt: 1.3 },
  { date: '2025-04-10', volume: 3.4, tilt: 0.2 },
  // The Geneva truce: tariffs cut for 90 days.
  {
    date: '2025-05-12',
    volume: 2.4,
    tilt: 0.9,
    overrides: { ...each(CHINA, { volume: 3.5, tilt: 1.2 }), GLD: { volume: 1.8, tilt: -0.6 }, TLT: { volume: 1.3, tilt: -0.3 } },
  },
  // The 100% tariff threat, then the weekend walk-back.
  {
    date: '2025-10-10',
    volume: 2.8,
    tilt: -1.0,
    overrides: {
      ...each(CHINA, { volume: 3.5, tilt: -1.3 }),
      SOXX: { volume: 3.5, tilt: -1.2 },
      GLD: { volume: 1.8, tilt: 0.5 },
      TLT: { volume: 1.5, tilt: 0.3 },
    },
  },
  { date: '2025-10-13', volume: 2, tilt: 0.6 },
];

/** A slow market-wide shift of the mood (log-odds): unease through the February-April 2025 correction. */
const MOOD_SEASON = [
  { date: '2025-02-21', level: 0 },
  { date: '2025-03-10', level: -0.45 },
  { date: '2025-04-02', level: -0.45 },
  { date: '2025-04-12', level: 0 },
];

/** A slow multiple on a symbol's volume: MCHI fades through the summer 2025 lull. */
const SEASONS: Record<string, { date: string; level: number }[]> = {
  MCHI: [
    { date: '2025-06-20', level: 1 },
    { date: '2025-07-12', level: 0.62 },
    { date: '2025-08-25', level: 0.62 },
    { date: '2025-09-25', level: 1 },
  ],
};

// The published readings as of 2025-07-25 (docs/definitions.md#sentiment): the 7 days ending then
// are scaled to `volume` x the 90-day normal before them, and their mood shifted to `score`.
const CALIBRATION_DATE = '2025-07-25';
const CALIBRATION: Record<string, { score: number; volume: number }> = {
  SPY: { score: 68, volume: 1.08 },
  QQQ: { score: 71, volume: 1.12 },
  MCHI: { score: 67, volume: 0.58 },
};
/** The calibration fades out over the days after the window instead of stopping dead. */
const CALIBRATION_TAIL = [0.6, 0.35, 0.15];


const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));
const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi);

function calendarDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Linear in time between the season's points, flat outside them. */
function seasonLevel(points: readonly { date: string; level: number }[] | undefined, day: string): number {
  if (!points || points.length === 0) return 1;
  const first = points[0]!;
  if (day <= first.date) return first.level;
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1]!;
    const b = points[k]!;
    if (day <= b.date) return a.level + ((b.level - a.level) * daysBetween(a.date, day)) / daysBetween(a.date, b.date);
  }
  return points[points.length - 1]!.level;
}

/** Volume multiple and mood shift of the headline events at `day`, decayed since each. */
function eventEffect(symbol: string, day: string): { volume: number; tilt: number } {
  let volume = 1;
  let tilt = 0;
  for (const event of EVENTS) {
    if (event.date > day) break;
    const age = daysBetween(event.date, day);
    const decay = 0.5 ** (age / EVENT_HALF_LIFE);
    if (decay < 0.01) continue;
    const effect = event.overrides?.[symbol] ?? event;
    volume = Math.max(volume, 1 + (effect.volume - 1) * decay);
    // The latest event sets the mood: a relief rally replaces the panic before it.
    tilt = effect.tilt * decay;
  }
  return { volume, tilt };
}

interface SymbolPrices {
  /** Per calendar day: the index of the last trading day on or before it. */
  lastBar: number[];
  /** Per calendar day: whether the exchange traded. */
  trading: boolean[];
  close: readonly number[];
  dailyVol: number;
}

function dailyVolatility(close: readonly number[]): number {
  const r: number[] = [];
  for (let t = 1; t < close.length; t++) r.push(Math.log(close[t]! / close[t - 1]!));
  const mean = r.reduce((a, b) => a + b, 0) / r.length;
  return Math.sqrt(r.reduce((a, x) => a + (x - mean) ** 2, 0) / (r.length - 1));
}

function alignPrices(prices: DemoPriceFile, close: readonly number[], days: readonly string[]): SymbolPrices {
  const lastBar: number[] = [];
  const trading: boolean[] = [];
  let j = -1;
  for (const day of days) {
    while (j + 1 < prices.dates.length && prices.dates[j + 1]! <= day) j++;
    if (j < 5) throw new Error(`demo sentiment: the prices start too late for ${day}`);
    lastBar.push(j);
    trading.push(prices.dates[j] === day);
  }
  return { lastBar, trading, close, dailyVol: dailyVolatility(close) };
}

interface Draft {
  symbol: string;
  messages: number[];
  tagRate: number[];
  /** Mood in log-odds of the bullish share. */
  mood: number[];
}

function draftSymbol(symbol: string, days: readonly string[], px: SymbolPrices, normal: () => number): Draft {
  const profile = PROFILES[symbol];
  if (!profile) throw new Error(`demo sentiment: no profile for ${symbol}; add one to PROFILES`);
  const messages: number[] = [];
  const tagRate: number[] = [];
  const mood: number[] = [];
  let popularity = 0;
  let swing = 0;
  const resting = logit(profile.bullishShare);

  days.forEach((day, i) => {
    popularity = POPULARITY_PHI * popularity + POPULARITY_SD * normal();
    swing = MOOD_PHI * swing + MOOD_SD * normal();
    const volumeNoise = DAILY_VOLUME_SD * normal();
    const moodNoise = DAILY_MOOD_SD * normal();
    const tagNoise = TAG_RATE_SD * normal();

    const j = px.lastBar[i]!;
    let moveVolume = 1;
    if (px.trading[i]) {
      const z = Math.abs(Math.log(px.close[j]! / px.close[j - 1]!)) / px.dailyVol;
      moveVolume = Math.min(1 + MOVE_SLOPE * Math.max(0, z - MOVE_THRESHOLD), MOVE_CAP);
    }
    const event = eventEffect(symbol, day);
    const dow = weekday(day);
    const rhythm = dow !== 0 && dow !== 6 && !px.trading[i] ? HOLIDAY : DAY_OF_WEEK[dow]!;
    const growth = Math.exp((Math.log(1 + GROWTH_PER_YEAR) * i) / 365);
    const expected =
      profile.weekday *
      growth *
      rhythm *
      seasonLevel(SEASONS[symbol], day) *
      Math.max(moveVolume, event.volume) *
      Math.exp(popularity + volumeNoise - DAILY_VOLUME_SD ** 2 / 2);
    messages.push(Math.max(0, Math.round(expected)));
    tagRate.push(clamp(TAG_RATE + tagNoise, TAG_RATE_MIN, TAG_RATE_MAX));

    const z5 = Math.log(px.close[j]! / px.close[j - 5]!) / (px.dailyVol * Math.sqrt(5));
    const shift = seasonLevel(MOOD_SEASON, day) + event.tilt;
    mood.push(resting + RETURN_WEIGHT * clamp(z5, -RETURN_CLIP, RETURN_CLIP) + shift + swing + moodNoise);
  });
  return { symbol, messages, tagRate, mood };
}

/** Scales the window ending CALIBRATION_DATE to the target volume ratio and shifts its mood to the target score. */
function calibrate(draft: Draft, days: readonly string[], target: { score: number; volume: number }): void {
  const end = days.indexOf(CALIBRATION_DATE);
  const start = end - WINDOW_DAYS + 1;
  if (start - BASELINE_DAYS < 0) throw new Error('demo sentiment: not enough history before the calibration date');
  const normalLevel = median(draft.messages.slice(start - BASELINE_DAYS, start));
  const window = draft.messages.slice(start, end + 1);
  const mean = window.reduce((a, b) => a + b, 0) / WINDOW_DAYS;
  const scale = (target.volume * normalLevel) / mean;

  const tagged = (i: number) => Math.round(draft.messages[i]! * draft.tagRate[i]!);
  const share = (shift: number) => {
    let bullish = 0;
    let total = 0;
    for (let i = start; i <= end; i++) {
      bullish += tagged(i) * sigmoid(draft.mood[i]! + shift);
      total += tagged(i);
    }
    return bullish / total;
  };

  for (let i = start; i <= end; i++) draft.messages[i] = Math.round(draft.messages[i]! * scale);
  // The share rises with the shift, so bisection finds the one that hits the score.
  let lo = -6;
  let hi = 6;
  for (let k = 0; k < 60; k++) {
    const mid = (lo + hi) / 2;
    if (share(mid) < target.score / 100) lo = mid;
    else hi = mid;
  }
  const shift = (lo + hi) / 2;
  for (let i = start; i <= end; i++) draft.mood[i] = draft.mood[i]! + shift;
  CALIBRATION_TAIL.forEach((weight, k) => {
    const i = end + 1 + k;
    if (i >= draft.messages.length) return;
    draft.messages[i] = Math.round(draft.messages[i]! * scale ** weight);
    draft.mood[i] = draft.mood[i]! + shift * weight;
  });
}

export function generateDemoSentiment(prices: DemoPriceFile): DemoSentimentFile {
  const days = calendarDays(FIRST_DAY, LAST_DAY);
  const normal = normalSource(xoroshiro128plus(SEED));

  const symbols = prices.symbols.map(({ symbol, close }) => {
    const draft = draftSymbol(symbol, days, alignPrices(prices, close, days), normal);
    const target = CALIBRATION[symbol];
    if (target) calibrate(draft, days, target);

    const bullish: number[] = [];
    const bearish: number[] = [];
    draft.messages.forEach((m, i) => {
      const tagged = Math.round(m * draft.tagRate[i]!);
      const up = Math.round(tagged * sigmoid(draft.mood[i]!));
      bullish.push(up);
      bearish.push(tagged - up);
    });
    return { symbol, bullish, bearish, messages: draft.messages };
  });

  return {
    notice: 'Synthetic sample data generated by scripts/generate-demo-data.ts; not real message counts.',
    seed: SEED,
    start: FIRST_DAY,
    symbols,
  };
}
