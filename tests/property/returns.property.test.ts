// @vitest-environment node
// Properties of the price math (src/domain/returns.ts, event-window.ts, correlation.ts):
// over any valid series and any window, a rebased series starts at 0, every figure is
// a finite number or absent, and nothing throws.
import fc from 'fast-check';
import { pearson, sentimentReturnLink } from '@/domain/correlation';
import { eventWindow, HORIZONS, tagStats, windowPath } from '@/domain/event-window';
import { asOfDate, benchmarkReturn, performancePoints, seriesPerformance } from '@/domain/returns';
import type { Basis, MarketEvent } from '@/domain/types';
import { indexSentiment, readingAt } from '@/domain/sentiment';
import { isoDate, priceSeries, sentimentSeries } from './arbitraries';

const RUNS = 300;
const basis: fc.Arbitrary<Basis> = fc.constantFrom('price', 'total');
const maybeDate = fc.option(isoDate, { nil: undefined });
/** A date near a series' bars more often than not, so windows land inside the data. */
const windowDate = (dates: string[]) => fc.oneof(fc.constantFrom(...dates), isoDate);

const finite = (value: number | undefined) => value === undefined || Number.isFinite(value);

describe('seriesPerformance', () => {
  it('starts at 0 on its base date, and every return, the drawdown and the volatility are finite', () => {
    fc.assert(
      fc.property(
        priceSeries().chain((series) => {
          const dates = series.bars.map((b) => b.date);
          const opt = (arb: fc.Arbitrary<string>) => fc.option(arb, { nil: undefined });
          return fc.tuple(fc.constant(series), opt(windowDate(dates)), opt(windowDate(dates)), basis);
        }),
        ([series, start, to, basis]) => {
          const perf = seriesPerformance(series, { start, to, basis });
          if (!perf) return;
          const points = performancePoints(perf);
          expect(points[0]).toMatchObject({ date: perf.baseDate, return: 0 });
          expect(points.at(-1)!.date).toBe(perf.asOfDate);
          expect(perf.return).toBe(points.at(-1)!.return);
          for (const p of points) expect(Number.isFinite(p.return) && p.return > -1).toBe(true);
          expect(perf.maxDrawdown).toBeLessThanOrEqual(0);
          expect(perf.maxDrawdown).toBeGreaterThan(-1);
          expect(finite(perf.volatility) && (perf.volatility ?? 0) >= 0).toBe(true);
          expect(points.every((p, i) => i === 0 || points[i - 1]!.date < p.date)).toBe(true);
          if (to !== undefined) expect(perf.asOfDate <= to).toBe(true);
          if (start !== undefined && !perf.startsInsideRange) expect(perf.baseDate <= start).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('is absent exactly when the window holds no bar', () => {
    fc.assert(
      fc.property(priceSeries(), maybeDate, maybeDate, basis, (series, start, to, basis) => {
        const perf = seriesPerformance(series, { start, to, basis });
        const inWindow = series.bars.filter((b) => (to === undefined || b.date <= to) && (start === undefined || b.date >= start));
        expect(perf !== undefined).toBe(inWindow.length > 0);
      }),
      { numRuns: RUNS },
    );
  });

  it('a benchmark return over the same dates is finite or absent; the as-of date is a bar of some series', () => {
    fc.assert(
      fc.property(priceSeries(), priceSeries(), maybeDate, basis, (series, benchmark, to, basis) => {
        const perf = seriesPerformance(series, { to, basis });
        if (perf) expect(finite(benchmarkReturn(benchmark, perf, basis))).toBe(true);
        const asOf = asOfDate([series, benchmark], to);
        if (asOf !== undefined) expect([...series.bars, ...benchmark.bars].some((b) => b.date === asOf)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('event windows', () => {
  const eventOn = (date: string, tags: string[]): MarketEvent => ({ id: `e-${date}`, date, title: 'event', tags });

  it('t0 is the last bar before the event; horizons are later bars with finite returns, or blank', () => {
    fc.assert(
      fc.property(
        priceSeries().chain((s) => fc.tuple(fc.constant(s), windowDate(s.bars.map((b) => b.date)), basis)),
        ([series, date, basis]) => {
          const window = eventWindow(series, date, basis);
          const path = windowPath(series, date, basis);
          if (!window) {
            expect(series.bars.every((b) => b.date >= date)).toBe(true);
            expect(path).toEqual([]);
            return;
          }
          expect(window.t0.date < date).toBe(true);
          expect(series.bars.filter((b) => b.date > window.t0.date && b.date < date)).toEqual([]);
          expect(window.horizons.map((h) => h.h)).toEqual([...HORIZONS]);
          for (const h of window.horizons) {
            expect(h.date === undefined).toBe(h.return === undefined);
            if (h.date !== undefined) expect(h.date > window.t0.date && Number.isFinite(h.return)).toBe(true);
          }
          expect(path.find((p) => p.offset === 0)).toMatchObject({ date: window.t0.date, return: 0 });
          expect(path.every((p, i) => Number.isFinite(p.return) && (i === 0 || p.offset === path[i - 1]!.offset + 1))).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('per-tag mean and median are finite and within the values, or absent with a count of 0', () => {
    const tag = fc.constantFrom('tariffs', 'chips', 'oil');
    fc.assert(
      fc.property(
        priceSeries(),
        fc.option(priceSeries(), { nil: undefined }),
        fc.array(fc.tuple(isoDate, fc.uniqueArray(tag, { maxLength: 3 })), { maxLength: 12 }),
        basis,
        (series, benchmark, events, basis) => {
          const stats = tagStats(events.map(([d, t]) => eventOn(d, t)), ['tariffs', 'chips', 'oil'], series, benchmark, basis);
          for (const stat of stats) {
            for (const h of stat.horizons) {
              if (h.count === 0) expect(h.mean === undefined && h.median === undefined).toBe(true);
              else expect(Number.isFinite(h.mean) && Number.isFinite(h.median)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** Prices, and sentiment on some of their days (or anywhere), and a window near them. */
const pricesAndSentiment = priceSeries({ maxLength: 120 }).chain((prices) => {
  const dates = prices.bars.map((b) => b.date);
  const counts = fc.tuple(fc.nat({ max: 20 }), fc.nat({ max: 20 }));
  const onTheirDays = fc
    .subarray(dates)
    .chain((days) => fc.array(counts, { minLength: days.length, maxLength: days.length }).map((c) => ({ symbol: prices.symbol, days: days.map((date, i) => ({ date, bullish: c[i]![0], bearish: c[i]![1], messages: c[i]![0] + c[i]![1] })) })));
  return fc.tuple(fc.constant(prices), fc.oneof(onTheirDays, sentimentSeries()), fc.option(windowDate(dates), { nil: undefined }), windowDate(dates));
});

describe('the sentiment and returns link', () => {
  it('reads only the days a score can fall on, and finds what a walk over every bar finds', () => {
    fc.assert(
      fc.property(pricesAndSentiment, ([prices, days, from, to]) => {
        const index = indexSentiment(days);
        const link = sentimentReturnLink(prices, index, from, to);
        // Every bar's score, then the same pairs as the definition (docs/definitions.md#correlation).
        const { bars } = prices;
        const end = bars.findLastIndex((b) => b.date <= to);
        const first = from === undefined ? 1 : Math.max(bars.findLastIndex((b) => b.date <= from) + 1, 1);
        const scores = bars.map((b) => readingAt(index, b.date)?.score);
        const same: number[][] = [[], []];
        for (let i = first; i <= end; i++) {
          if (scores[i] === undefined || scores[i - 1] === undefined) continue;
          same[0]!.push(scores[i]! - scores[i - 1]!);
          same[1]!.push(bars[i]!.close / bars[i - 1]!.close - 1);
        }
        expect(link.sameDayDays).toBe(same[0]!.length);
        expect(link.sameDay).toBe(pearson(same[0]!, same[1]!));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('pearson', () => {
  const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 40 });

  it('is within -1..1 or absent, never NaN', () => {
    fc.assert(
      fc.property(values, values, (xs, ys) => {
        const r = pearson(xs, ys);
        if (r === undefined) return;
        expect(Number.isFinite(r)).toBe(true);
        expect(Math.abs(r)).toBeLessThanOrEqual(1 + 1e-12);
      }),
      { numRuns: RUNS },
    );
  });

  it('is absent when either side does not vary', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 3, max: 40 }), values, (x, n, ys) => {
        const xs = Array.from({ length: n }, () => x);
        expect(pearson(xs, ys)).toBeUndefined();
        expect(pearson(ys, xs)).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });
});
