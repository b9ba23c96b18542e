// @vitest-environment node
// Base-date rules (docs/definitions.md#returns): where each range starts, snapped to the
// last bar on or before, and where the as-of date lands.
import { rangeStart } from '@/domain/range';
import { performancePoints, seriesPerformance } from '@/domain/returns';
import { tradingDays } from '@/domain/trading-days';
import type { IsoDate, PriceSeries, RangeKind } from '@/domain/types';

/** A series with one bar on every NYSE trading day of the span, closes 100, 101, 102, ... */
function calendarSeries(from: IsoDate, to: IsoDate, symbol = 'TEST'): PriceSeries {
  return { symbol, bars: tradingDays(from, to).map((date, i) => ({ date, close: 100 + i })) };
}

function closeOn(series: PriceSeries, date: IsoDate): number {
  const bar = series.bars.find((b) => b.date === date);
  if (!bar) throw new Error(`no bar on ${date}`);
  return bar.close;
}

/** The base and as-of dates the rules give for this range and requested `to`. */
function window(series: PriceSeries, range: RangeKind, to: IsoDate, from?: IsoDate) {
  const perf = seriesPerformance(series, { start: rangeStart(range, to, from), to, basis: 'price' });
  if (!perf) throw new Error('expected a performance');
  return perf;
}

describe('rangeStart', () => {
  it.each([
    ['YTD', '2025-07-25', '2024-12-31'],
    ['YTD', '2025-01-02', '2024-12-31'],
    ['YTD', '2023-02-15', '2022-12-31'],
    ['1M', '2025-07-25', '2025-06-25'],
    ['1M', '2025-03-31', '2025-02-28'],
    ['1M', '2024-03-31', '2024-02-29'],
    ['3M', '2025-07-25', '2025-04-25'],
    ['3M', '2025-05-31', '2025-02-28'],
    ['6M', '2025-07-25', '2025-01-25'],
    ['1Y', '2025-07-25', '2024-07-25'],
    ['1Y', '2024-02-29', '2023-02-28'],
    ['5Y', '2025-07-25', '2020-07-25'],
  ] as const)('%s as of %s starts %s', (range, to, start) => {
    expect(rangeStart(range, to)).toBe(start);
  });

  it('MAX has no start (the first bar is the base)', () => {
    expect(rangeStart('MAX', '2025-07-25')).toBeUndefined();
  });

  it('custom starts at `from`', () => {
    expect(rangeStart('custom', '2025-07-25', '2025-01-02')).toBe('2025-01-02');
  });
});

describe('base date of each range', () => {
  const long = calendarSeries('2020-01-02', '2025-12-31');

  it('YTD: the prior year-end close when Dec 31 traded (2024-12-31)', () => {
    const p = window(long, 'YTD', '2025-07-25');
    expect(p.baseDate).toBe('2024-12-31');
    expect(p.asOfDate).toBe('2025-07-25');
    expect(performancePoints(p)[0]!.value).toBe(closeOn(long, '2024-12-31'));
  });

  it('YTD: Dec 31 on a Saturday gives the last 2022 bar, 2022-12-30', () => {
    const p = window(long, 'YTD', '2023-02-15');
    expect(p.baseDate).toBe('2022-12-30');
    expect(p.startsInsideRange).toBe(false);
  });

  it('YTD: a series whose last bar of the year is before Dec 31 (data ends 2022-12-28)', () => {
    const gappy: PriceSeries = {
      symbol: 'GAP',
      bars: [
        { date: '2022-12-27', close: 10 },
        { date: '2022-12-28', close: 11 },
        { date: '2023-01-03', close: 12 },
        { date: '2023-01-04', close: 13.2 },
      ],
    };
    const p = window(gappy, 'YTD', '2023-01-04');
    expect(p.baseDate).toBe('2022-12-28');
    expect(p.return).toBeCloseTo(13.2 / 11 - 1, 12);
  });

  it('1M with month-end clamping: 2025-03-31 minus 1M is 2025-02-28', () => {
    const p = window(long, '1M', '2025-03-31');
    expect(p.baseDate).toBe('2025-02-28');
    expect(p.asOfDate).toBe('2025-03-31');
  });

  it('1M landing on a holiday (MLK day 2025-01-20) snaps back to 2025-01-17', () => {
    expect(window(long, '1M', '2025-02-20').baseDate).toBe('2025-01-17');
  });

  it('3M from 2025-07-25 is 2025-04-25', () => {
    expect(window(long, '3M', '2025-07-25').baseDate).toBe('2025-04-25');
  });

  it('6M landing on a Saturday (2025-01-25) snaps back to the Friday', () => {
    expect(window(long, '6M', '2025-07-25').baseDate).toBe('2025-01-24');
  });

  it('1Y from 2025-07-25 is 2024-07-25', () => {
    expect(window(long, '1Y', '2025-07-25').baseDate).toBe('2024-07-25');
  });

  it('5Y landing on a Saturday (2020-07-25) snaps back to 2020-07-24', () => {
    expect(window(long, '5Y', '2025-07-25').baseDate).toBe('2020-07-24');
  });

  it('MAX is the first bar', () => {
    const p = window(long, 'MAX', '2025-07-25');
    expect(p.baseDate).toBe('2020-01-02');
    expect(p.startsInsideRange).toBe(false);
    expect(performancePoints(p)[0]!.value).toBe(100);
  });

  it('custom is `from` when it is a trading day', () => {
    expect(window(long, 'custom', '2025-07-25', '2025-01-02').baseDate).toBe('2025-01-02');
  });

  it('custom `from` on a closure (2025-01-09) or a weekend snaps back', () => {
    expect(window(long, 'custom', '2025-07-25', '2025-01-09').baseDate).toBe('2025-01-08');
    expect(window(long, 'custom', '2025-07-25', '2025-01-05').baseDate).toBe('2025-01-03');
  });
});

describe('as-of date', () => {
  const s = calendarSeries('2024-12-02', '2025-07-31');

  it('a Saturday `to` snaps back to the Friday', () => {
    const p = window(s, '1M', '2025-07-26');
    expect(p.asOfDate).toBe('2025-07-25');
    expect(p.lastClose).toBe(closeOn(s, '2025-07-25'));
  });

  it('Easter Sunday snaps back over Good Friday to the Thursday', () => {
    expect(window(s, '1M', '2025-04-20').asOfDate).toBe('2025-04-17');
  });

  it('no `to` means the last bar of the series', () => {
    const p = seriesPerformance(s, { start: '2025-06-30', basis: 'price' });
    expect(p?.asOfDate).toBe('2025-07-31');
  });

  it('`to` before the first bar gives undefined', () => {
    expect(seriesPerformance(s, { start: rangeStart('YTD', '2024-11-29'), to: '2024-11-29', basis: 'price' })).toBeUndefined();
    expect(seriesPerformance(s, { to: '2024-11-29', basis: 'price' })).toBeUndefined();
  });
});

describe('a series that starts inside the range', () => {
  // Listed on 2025-03-03: no bar on or before Dec 31.
  const ipo: PriceSeries = {
    symbol: 'NEW',
    bars: [
      { date: '2025-03-03', close: 20 },
      { date: '2025-03-04', close: 22 },
      { date: '2025-03-05', close: 25 },
    ],
  };

  it('is measured from its first bar and says so', () => {
    const p = window(ipo, 'YTD', '2025-03-05');
    expect(p.startsInsideRange).toBe(true);
    expect(p.baseDate).toBe('2025-03-03');
    expect(performancePoints(p)[0]!.return).toBe(0);
    expect(p.return).toBeCloseTo(0.25, 12);
  });

  it('a series with a bar on or before the start does not', () => {
    expect(window(ipo, 'custom', '2025-03-05', '2025-03-03').startsInsideRange).toBe(false);
    expect(window(ipo, 'MAX', '2025-03-05').startsInsideRange).toBe(false);
  });
});
