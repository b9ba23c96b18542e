// Price files whose bars are a week or a month apart: the spacing is told from the median
// gap between bars when importing, stored with the series, and volatility annualised by it
// (sqrt(52), sqrt(12)) rather than as if the bars were trading days.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport, type ImportResult, type ParsedImport } from '@/adapters/files/parse-import';
import { symbolFromFileName } from '@/adapters/files/parse/price-rows';
import { medianGapDays, periodicityOf, periodsPerYear } from '@/domain/periodicity';
import { annualisedVolatility, seriesPerformance } from '@/domain/returns';
import type { PriceSeries } from '@/domain/types';

const FIXTURES = './fixtures/';
const readRelative = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

function ok(result: ImportResult): ParsedImport {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

const bars = (dates: string[]) => dates.map((date, i) => ({ date, close: 100 + i }));

describe('telling the spacing of bars', () => {
  it('daily 1-4 days apart, weekly 5-10, monthly 25-35, otherwise irregular; one bar says nothing', () => {
    expect(periodicityOf(bars(['2025-07-18', '2025-07-21', '2025-07-22', '2025-07-23']))).toBe('daily');
    // A holiday weekend (Fri to Tue) and a missing day do not move the median.
    expect(periodicityOf(bars(['2025-06-27', '2025-07-01', '2025-07-02', '2025-07-07', '2025-07-08']))).toBe('daily');
    // Stooq dates a week by its last trading day: Thursday when Friday is a holiday.
    expect(periodicityOf(bars(['2025-06-20', '2025-06-27', '2025-07-03', '2025-07-11', '2025-07-18']))).toBe('weekly');
    expect(periodicityOf(bars(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30']))).toBe('monthly');
    expect(periodicityOf(bars(['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01']))).toBe('irregular');
    expect(periodicityOf(bars(['2025-07-01', '2025-07-15', '2025-07-29']))).toBe('irregular');
    expect(periodicityOf(bars(['2025-07-25']))).toBe('daily');
    expect(medianGapDays(bars(['2025-01-01', '2025-01-08', '2025-01-10', '2025-01-20']))).toBe(7);
    expect([periodsPerYear(undefined), periodsPerYear('daily'), periodsPerYear('weekly'), periodsPerYear('monthly'), periodsPerYear('irregular')]).toEqual([252, 252, 52, 12, undefined]);
  });
});

describe('importing weekly and monthly files', () => {
  it('stores the periodicity of a monthly Yahoo Finance download, and says what it means in the report', () => {
    const value = ok(parseImport('SPY.csv', readRelative(`${FIXTURES}yahoo-monthly/SPY.csv`)));
    expect(value).toMatchObject({ format: 'Yahoo Finance prices', accepted: 12, rejected: [] });
    const series = value.prices[0]!;
    expect(series.periodicity).toBe('monthly');
    expect(value.notes).toEqual([
      { text: 'SPY: monthly bars (a median 31 days apart): volatility is annualised by √12; event windows and the sentiment correlation, which count trading days, are left out for it.' },
    ]);
  });

  it('annualises the volatility of monthly closes by sqrt(12), not sqrt(252) (4.6 times too high)', () => {
    const series = ok(parseImport('SPY.csv', readRelative(`${FIXTURES}yahoo-monthly/SPY.csv`))).prices[0]!;
    const p = seriesPerformance(series, { basis: 'total' })!;
    const logReturns = series.bars.slice(1).map((b, i) => Math.log(b.adjClose! / series.bars[i]!.adjClose!));
    expect(p.periodicity).toBe('monthly');
    expect(p.volatility).toBeCloseTo(annualisedVolatility(logReturns, 12)!, 12);
    expect(annualisedVolatility(logReturns)! / p.volatility!).toBeCloseTo(Math.sqrt(21), 12);
    // SPY's 2025: about 13% a year from month-end closes.
    expect(p.volatility).toBeGreaterThan(0.1);
    expect(p.volatility).toBeLessThan(0.2);
  });

  it("reads Stooq's weekly bars as weekly", () => {
    const text = [
      '<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>',
      'SPY.US,W,20250627,000000,600.1,615.2,598.7,614.9,350000000,0',
      'SPY.US,W,20250703,000000,615.0,626.9,614.1,625.3,290000000,0',
      'SPY.US,W,20250711,000000,625.1,627.0,619.9,623.6,310000000,0',
      'SPY.US,W,20250718,000000,623.0,628.4,617.7,627.6,330000000,0',
    ].join('\n');
    const value = ok(parseImport('spy_us_w.txt', text));
    expect(value.prices[0]).toMatchObject({ symbol: 'SPY', periodicity: 'weekly', closesAdjusted: true });
    expect(value.notes.map((n) => n.text)).toContain('SPY: weekly bars (a median 7 days apart): volatility is annualised by √52; event windows and the sentiment correlation, which count trading days, are left out for it.');
    expect(symbolFromFileName('spy_us_w.csv')).toBe('SPY');
    expect(symbolFromFileName('qqq_us_m.csv')).toBe('QQQ');
  });

  it('keeps irregular bars without a volatility, and daily files as they were', () => {
    const quarterly = ok(parseImport('ABC.csv', 'date,close\n2025-01-02,10\n2025-04-01,11\n2025-07-01,12\n2025-10-01,11\n'));
    const series: PriceSeries = quarterly.prices[0]!;
    expect(series.periodicity).toBe('irregular');
    expect(quarterly.notes[0]!.text).toBe('ABC: bars a median 91 days apart, neither daily, weekly nor monthly: no volatility, event windows or sentiment correlation for it.');
    expect(seriesPerformance(series, { basis: 'price' })!.volatility).toBeUndefined();

    const daily = ok(parseImport('SPY.csv', readRelative('../../fixtures/reference/SPY.csv')));
    expect(daily.prices[0]!.periodicity).toBeUndefined();
    expect(daily.notes).toEqual([]);
    expect(seriesPerformance(daily.prices[0]!, { basis: 'price' })!.periodicity).toBe('daily');
  });
});
