// @vitest-environment node
// The columns computed once per series (src/domain/price-track.ts) and the chart rows
// built once per set of series (features/performance/chart-rows.ts) against the direct
// computation over the bars, as the app did it per range before: over any series, any
// window and either basis, every figure is the same number.
import fc from 'fast-check';
import { toTime } from '@/domain/dates';
import { priceTrack } from '@/domain/price-track';
import { barValue, effectiveBasis, lastIndexOnOrBefore, performancePoints, returnAt, seriesPerformance, type ReturnWindow } from '@/domain/returns';
import type { Basis, PriceSeries } from '@/domain/types';
import { performanceChart } from '@/features/performance/chart-rows';
import { isoDate, priceSeries } from './arbitraries';

const RUNS = 300;
const basis: fc.Arbitrary<Basis> = fc.constantFrom('price', 'total');
const maybe = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** The range's bars, walked one by one: return, drawdown and volatility as the definitions state them. */
function direct(series: PriceSeries, window: ReturnWindow) {
  const { bars } = series;
  const end = window.to === undefined ? bars.length - 1 : lastIndexOnOrBefore(bars, window.to);
  const base = window.start === undefined ? 0 : Math.max(lastIndexOnOrBefore(bars, window.start), 0);
  const used = effectiveBasis(bars, window.basis);
  const values = bars.slice(base, end + 1).map((b) => barValue(b, used));
  const points = bars.slice(base, end + 1).map((b, i) => ({ date: b.date, time: toTime(b.date), value: values[i]!, close: b.close, return: values[i]! / values[0]! - 1 }));
  let peak = values[0]!;
  let maxDrawdown = 0;
  for (const v of values) {
    peak = Math.max(peak, v);
    maxDrawdown = Math.min(maxDrawdown, v / peak - 1);
  }
  const logs = values.slice(1).map((v, i) => Math.log(v / values[i]!));
  const mean = logs.reduce((s, r) => s + r, 0) / logs.length;
  const volatility = logs.length < 2 ? undefined : Math.sqrt(logs.reduce((s, r) => s + (r - mean) ** 2, 0) / (logs.length - 1)) * Math.sqrt(252);
  return { points, maxDrawdown, volatility };
}

const seriesAndWindow = priceSeries().chain((series) => {
  const near = fc.oneof(fc.constantFrom(...series.bars.map((b) => b.date)), isoDate);
  return fc.tuple(fc.constant(series), maybe(near), maybe(near), basis);
});

describe('a range read from the columns', () => {
  it('gives every point, the return, drawdown and volatility the direct walk over its bars gives', () => {
    fc.assert(
      fc.property(seriesAndWindow, ([series, start, to, basis]) => {
        const perf = seriesPerformance(series, { start, to, basis });
        if (!perf) return;
        const expected = direct(series, { start, to, basis });
        expect(performancePoints(perf)).toEqual(expected.points);
        expect(perf.return).toBe(expected.points.at(-1)!.return);
        expect(perf.maxDrawdown).toBe(expected.maxDrawdown);
        expect(perf.volatility).toBe(expected.volatility);
        for (let i = perf.base; i <= perf.end; i++) expect(returnAt(perf, i)).toBe(expected.points[i - perf.base]!.return);
      }),
      { numRuns: RUNS },
    );
  });

  it('computes a series\' columns once per basis, and every range reads the same ones', () => {
    fc.assert(
      fc.property(seriesAndWindow, ([series, start, to, basis]) => {
        const track = priceTrack(series, basis);
        expect(priceTrack(series, basis)).toBe(track);
        expect(seriesPerformance(series, { start, to, basis })?.track ?? track).toBe(track);
        expect([...track.values]).toEqual(series.bars.map((b) => barValue(b, effectiveBasis(series.bars, basis))));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the Performance chart rows of a range', () => {
  it('are the dates of every shown series in the range, each with its own figures or none', () => {
    fc.assert(
      fc.property(fc.array(priceSeries(), { minLength: 1, maxLength: 4 }), maybe(isoDate), maybe(isoDate), basis, (list, start, to, basis) => {
        const shown = list.map((s, i) => ({ ...s, symbol: `S${i}` }));
        const performances = shown.flatMap((s) => seriesPerformance(s, { start, to, basis }) ?? []);
        const { rows, columns } = performanceChart(performances);
        const pointsBySymbol = new Map(performances.map((p) => [p.symbol, new Map(performancePoints(p).map((pt) => [pt.time, pt]))]));
        const times = [...new Set([...pointsBySymbol.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
        expect(rows.map((r) => r.time)).toEqual(times);
        for (const row of rows) {
          for (const [symbol, points] of pointsBySymbol) {
            const point = points.get(row.time);
            const column = columns.get(symbol)!;
            expect([column.returnOf(row), column.valueOf(row), column.closeOf(row)]).toEqual([point?.return, point?.value, point?.close]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
