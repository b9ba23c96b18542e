// @vitest-environment node
// Returns, drawdown, volatility and excess (docs/definitions.md#returns), each checked
// against numbers worked out by hand on small made-up series.
import { toTime } from '@/domain/dates';
import { formatPoints } from '@/domain/format';
import {
  annualisedVolatility,
  benchmarkReturn,
  effectiveBasis,
  lastIndexOnOrBefore,
  asOfDate,
  performancePoints,
  seriesPerformance,
  type ReturnWindow,
  type SeriesPerformance,
} from '@/domain/returns';
import type { PriceBar, PriceSeries } from '@/domain/types';

// Consecutive 2025 trading days.
const DAYS = ['2025-01-02', '2025-01-03', '2025-01-06', '2025-01-07', '2025-01-08', '2025-01-10', '2025-01-13'];

function series(closes: readonly number[], symbol = 'TEST', days: readonly string[] = DAYS): PriceSeries {
  return { symbol, bars: closes.map((close, i) => ({ date: days[i]!, close })) };
}

function perform(s: PriceSeries, w: Partial<ReturnWindow> = {}): SeriesPerformance {
  const p = seriesPerformance(s, { basis: 'price', ...w });
  if (!p) throw new Error('expected a performance');
  return p;
}

describe('rebased returns', () => {
  it('start at exactly 0 on the base date, then value / base - 1', () => {
    const p = perform(series([100, 105, 84, 126]));
    expect(p.baseDate).toBe('2025-01-02');
    const points = performancePoints(p);
    expect(points[0]).toEqual({ date: '2025-01-02', time: toTime('2025-01-02'), value: 100, close: 100, return: 0 });
    expect(points.map((x) => x.date)).toEqual(DAYS.slice(0, 4));
    expect(points[1]!.return).toBeCloseTo(0.05, 12);
    expect(points[2]!.return).toBeCloseTo(-0.16, 12);
    expect(points[3]!.return).toBeCloseTo(0.26, 12);
    expect(p.return).toBeCloseTo(0.26, 12);
    expect(p.lastClose).toBe(126);
  });

  it('the base is the last bar on or before the start, not the first bar of the series', () => {
    const p = perform(series([80, 100, 90, 117]), { start: '2025-01-04' });
    expect(p.baseDate).toBe('2025-01-03');
    expect(performancePoints(p).map((x) => x.value)).toEqual([100, 90, 117]);
    expect(performancePoints(p)[0]!.return).toBe(0);
    expect(p.return).toBeCloseTo(0.17, 12);
  });

  it('stops at the as-of date', () => {
    const p = perform(series([100, 110, 121, 50]), { to: '2025-01-06' });
    expect(p.asOfDate).toBe('2025-01-06');
    expect(performancePoints(p)).toHaveLength(3);
    expect(p.return).toBeCloseTo(0.21, 12);
    expect(p.lastClose).toBe(121);
  });

  it('a start after `to` gives undefined', () => {
    expect(seriesPerformance(series([100, 110, 121]), { start: '2025-01-06', to: '2025-01-03', basis: 'price' })).toBeUndefined();
  });

  it('a single bar: return 0, no drawdown, no volatility', () => {
    const p = perform(series([42]));
    expect(p.return).toBe(0);
    expect(p.maxDrawdown).toBe(0);
    expect(p.volatility).toBeUndefined();
    expect(performancePoints(p)).toHaveLength(1);
    expect(p.baseDate).toBe(p.asOfDate);
  });

  it('a window holding only the base bar (as-of = base) reads 0', () => {
    const p = perform(series([100, 110, 121]), { start: '2025-01-03', to: '2025-01-05' });
    expect(p.baseDate).toBe('2025-01-03');
    expect(p.asOfDate).toBe('2025-01-03');
    expect(p.return).toBe(0);
    expect(p.volatility).toBeUndefined();
  });

  it('gaps in the bars: the base and as-of snap to the bars that exist', () => {
    const gappy = series([100, 104, 91, 130], 'GAP', ['2025-01-02', '2025-01-03', '2025-01-13', '2025-01-14']);
    const p = perform(gappy, { start: '2025-01-08' });
    expect(p.baseDate).toBe('2025-01-03');
    expect(performancePoints(p).map((x) => x.date)).toEqual(['2025-01-03', '2025-01-13', '2025-01-14']);
    expect(performancePoints(p)[1]!.return).toBeCloseTo(91 / 104 - 1, 12);
    expect(p.return).toBeCloseTo(0.25, 12);

    // A window that falls wholly inside the gap holds no bar: no figure rather than 0.0%.
    expect(seriesPerformance(gappy, { start: '2025-01-08', to: '2025-01-10', basis: 'price' })).toBeUndefined();
  });
});

describe('basis', () => {
  const withAdj: PriceBar[] = [
    { date: '2025-01-02', close: 100, adjClose: 98 },
    { date: '2025-01-03', close: 101, adjClose: 100 },
    { date: '2025-01-06', close: 102, adjClose: 102.9 },
  ];

  it('price uses close even when adjusted closes exist', () => {
    const p = perform({ symbol: 'A', bars: withAdj }, { basis: 'price' });
    expect(p.return).toBeCloseTo(0.02, 12);
    expect(p.basisFallback).toBe(false);
  });

  it('total uses adjClose', () => {
    const p = perform({ symbol: 'A', bars: withAdj }, { basis: 'total' });
    expect(performancePoints(p).map((x) => x.value)).toEqual([98, 100, 102.9]);
    expect(p.return).toBeCloseTo(102.9 / 98 - 1, 12); // +5.0%
    expect(p.basisFallback).toBe(false);
    expect(p.lastClose).toBe(102); // the quoted close stays the close
  });

  it('total falls back to close, and says so, when any bar lacks adjClose', () => {
    const bars: PriceBar[] = [withAdj[0]!, { date: '2025-01-03', close: 101 }, withAdj[2]!];
    const p = perform({ symbol: 'A', bars }, { basis: 'total' });
    expect(p.basisFallback).toBe(true);
    expect(performancePoints(p).map((x) => x.value)).toEqual([100, 101, 102]);
    expect(p.return).toBeCloseTo(0.02, 12);
  });

  it('no fallback is reported on the price basis', () => {
    const p = perform(series([100, 101]), { basis: 'price' });
    expect(p.basisFallback).toBe(false);
  });

  it('a series of adjusted closes (Stooq) is on the total basis either way, and says so on the price basis', () => {
    const adjusted: PriceSeries = { ...series([98, 100, 102.9], 'A'), closesAdjusted: true };
    const total = perform(adjusted, { basis: 'total' });
    expect(total).toMatchObject({ basis: 'total', basisFallback: false });
    expect(performancePoints(total).map((x) => x.value)).toEqual([98, 100, 102.9]);
    const price = perform(adjusted, { basis: 'price' });
    expect(price).toMatchObject({ basis: 'total', basisFallback: true, lastClose: 102.9 });
    expect(price.return).toBeCloseTo(102.9 / 98 - 1, 12);
    expect(effectiveBasis(adjusted, 'price')).toBe('total');
    expect(effectiveBasis(adjusted.bars, 'price')).toBe('price');
    // As a benchmark too: its total return whatever the basis asked for.
    expect(benchmarkReturn(adjusted, perform(series([1, 2, 3], 'B')), 'price')).toBeCloseTo(102.9 / 98 - 1, 12);
  });
});

describe('max drawdown', () => {
  it('(100, 120, 90, 130, 104) is -25%: 120 -> 90, deeper than 130 -> 104 (-20%)', () => {
    const p = perform(series([100, 120, 90, 130, 104]));
    expect(p.maxDrawdown).toBeCloseTo(-0.25, 12);
    expect(p.return).toBeCloseTo(0.04, 12);
  });

  it('a monotonic rise has no drawdown', () => {
    expect(perform(series([100, 101, 103, 110, 111])).maxDrawdown).toBe(0);
  });

  it('a fall from the base counts (base is the first peak)', () => {
    expect(perform(series([100, 80, 90])).maxDrawdown).toBeCloseTo(-0.2, 12);
  });

  it('a fall before the base does not count', () => {
    const p = perform(series([200, 100, 95, 120]), { start: '2025-01-03' });
    expect(p.maxDrawdown).toBeCloseTo(-0.05, 12);
  });

  it('a fall after the as-of date does not count', () => {
    const p = perform(series([100, 110, 55]), { to: '2025-01-03' });
    expect(p.maxDrawdown).toBe(0);
  });
});

describe('volatility', () => {
  // Closes 100, 110, 99, 108.9: daily ratios 1.1, 0.9, 1.1. With a = ln 1.1, b = ln 0.9,
  // mean = (2a + b) / 3, deviations (a-b)/3, -2(a-b)/3, (a-b)/3: sum of squares 6(a-b)^2/9,
  // sample variance (n-1 = 2) = (a-b)^2/3, std = ln(11/9)/sqrt(3) = 0.1158573,
  // x sqrt(252) = ln(11/9) x sqrt(84) = 1.839178.
  const HAND = 1.839178;

  it('is the sample std of daily log returns x sqrt(252)', () => {
    expect(perform(series([100, 110, 99, 108.9])).volatility).toBeCloseTo(HAND, 5);
    expect(HAND).toBeCloseTo(Math.log(11 / 9) * Math.sqrt(84), 5);
  });

  it('uses n - 1, not n (the population std would be 1.501699)', () => {
    const v = annualisedVolatility([Math.log(1.1), Math.log(0.9), Math.log(1.1)]);
    expect(v).toBeCloseTo(HAND, 5);
    expect(v).not.toBeCloseTo(1.501699, 2);
  });

  it('counts only returns inside the window', () => {
    const p = perform(series([50, 100, 110, 99, 108.9, 300]), { start: '2025-01-03', to: '2025-01-08' });
    expect(p.volatility).toBeCloseTo(HAND, 5);
  });

  it('is 0 for a constant daily return and undefined with fewer than two returns', () => {
    expect(perform(series([100, 110, 121, 133.1])).volatility).toBeCloseTo(0, 10);
    expect(perform(series([100, 110])).volatility).toBeUndefined();
    expect(annualisedVolatility([])).toBeUndefined();
    expect(annualisedVolatility([0.01])).toBeUndefined();
  });

  it('two returns of +-r: std = r sqrt(2), annualised r sqrt(504)', () => {
    const r = 0.01;
    expect(annualisedVolatility([r, -r])).toBeCloseTo(r * Math.sqrt(504), 12);
  });
});

describe('benchmarkReturn and excess', () => {
  it('measures the benchmark over the same dates; excess = symbol - benchmark', () => {
    const sym = series([100, 104, 110]);
    const bench = series([200, 190, 210], 'SPY');
    const p = perform(sym);
    const b = benchmarkReturn(bench, p, 'price');
    expect(b).toBeCloseTo(0.05, 12);
    expect(p.return - b!).toBeCloseTo(0.05, 12);
    expect(formatPoints(p.return - b!)).toBe('+5.0 pts');
  });

  it('uses the symbol\'s base and as-of dates, not the benchmark\'s own ends', () => {
    const bench = series([200, 220, 250, 260, 300, 400], 'SPY');
    const sym = series([50, 60, 66], 'NEW', ['2025-01-03', '2025-01-06', '2025-01-07']);
    const p = perform(sym, { start: '2024-12-31', to: '2025-01-07' });
    expect(p.startsInsideRange).toBe(true);
    expect(p.baseDate).toBe('2025-01-03');
    // SPY from 2025-01-03 (220) to 2025-01-07 (260)
    expect(benchmarkReturn(bench, p, 'price')).toBeCloseTo(260 / 220 - 1, 12);
  });

  it('snaps to the benchmark\'s last bar on or before when it lacks one of the dates', () => {
    const sym = series([100, 101, 102, 103]);
    const bench = series([200, 230], 'SPY', ['2025-01-02', '2025-01-06']);
    const p = perform(sym, { to: '2025-01-07' });
    expect(benchmarkReturn(bench, p, 'price')).toBeCloseTo(0.15, 12);
  });

  it('is undefined when the benchmark has no bar on or before the base', () => {
    const p = perform(series([100, 101, 102]));
    const late = series([300, 310], 'SPY', ['2025-01-06', '2025-01-07']);
    expect(benchmarkReturn(late, p, 'price')).toBeUndefined();
  });

  it('total basis uses adjClose, falling back to close when the benchmark lacks it', () => {
    const p = perform(series([100, 110]), { basis: 'total' });
    const adj: PriceSeries = {
      symbol: 'SPY',
      bars: [
        { date: '2025-01-02', close: 100, adjClose: 90 },
        { date: '2025-01-03', close: 101, adjClose: 99 },
      ],
    };
    expect(benchmarkReturn(adj, p, 'total')).toBeCloseTo(0.1, 12);
    expect(benchmarkReturn(adj, p, 'price')).toBeCloseTo(0.01, 12);
    const partial: PriceSeries = { symbol: 'SPY', bars: [adj.bars[0]!, { date: '2025-01-03', close: 101 }] };
    expect(benchmarkReturn(partial, p, 'total')).toBeCloseTo(0.01, 12);
  });
});

describe('lastIndexOnOrBefore / asOfDate', () => {
  const bars = series([1, 2, 3, 4], 'X', ['2025-01-02', '2025-01-03', '2025-01-06', '2025-01-07']).bars;

  it('finds the last bar on or before a date', () => {
    expect(lastIndexOnOrBefore(bars, '2025-01-01')).toBe(-1);
    expect(lastIndexOnOrBefore(bars, '2025-01-02')).toBe(0);
    expect(lastIndexOnOrBefore(bars, '2025-01-05')).toBe(1);
    expect(lastIndexOnOrBefore(bars, '2025-01-06')).toBe(2);
    expect(lastIndexOnOrBefore(bars, '2030-01-01')).toBe(3);
    expect(lastIndexOnOrBefore([], '2025-01-02')).toBe(-1);
  });

  it('asOfDate without a to is the latest last bar over all series', () => {
    const a = series([1, 2], 'A');
    const b = series([1, 2, 3], 'B');
    expect(asOfDate([a, b])).toBe('2025-01-06');
    expect(asOfDate([{ symbol: 'E', bars: [] }])).toBeUndefined();
    expect(asOfDate([])).toBeUndefined();
  });

  it('asOfDate snaps a weekend or holiday to to the last trading day on or before it', () => {
    const x: PriceSeries = { symbol: 'X', bars };
    expect(asOfDate([x], '2025-01-05')).toBe('2025-01-03');
    expect(asOfDate([x], '2025-01-01')).toBeUndefined();
  });
});

describe('a series that ended before the range', () => {
  it('has no performance in that range instead of a stale 0.0%', () => {
    const stale: PriceSeries = {
      symbol: 'OLD',
      bars: [
        { date: '2024-06-27', close: 10 },
        { date: '2024-06-28', close: 11 },
      ],
    };
    expect(seriesPerformance(stale, { start: '2024-12-31', to: '2025-07-25', basis: 'price' })).toBeUndefined();
  });
});
