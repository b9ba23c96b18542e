// A price file saved while the US session was open ends with the price of that moment,
// written like a close. Told by its date (today in New York, before 16:00, on a fixed
// clock) or by a time of day on the last bar that the others do not share, it is set apart
// from the closes, said in words in the Import report, and no figure ends at it.
// Fixtures: a Yahoo Finance download and a yahooquery history (its live row carries the
// time of the last trade) of SPY for Jul 21-25, 2025: closes to Jul 24 as in
// tests/fixtures/reference, Jul 25 a price at 11:32.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseImport, type ImportResult, type ParsedImport } from '@/adapters/files/parse-import';
import { performancePoints, seriesPerformance } from '@/domain/returns';
import type { PriceSeries } from '@/domain/types';

const FIXTURES = './fixtures/';
const fixture = (name: string) => readFileSync(new URL(FIXTURES + name, import.meta.url), 'utf8');
const YAHOO = fixture('yahoo-intraday/SPY.csv');
const YAHOOQUERY = fixture('yahooquery-SPY.csv');

function ok(result: ImportResult): ParsedImport {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

const only = (value: ParsedImport): PriceSeries => {
  expect(value.prices).toHaveLength(1);
  return value.prices[0]!;
};
const lastDate = (series: PriceSeries) => series.bars[series.bars.length - 1]?.date;
/** The import at a New York wall-clock moment given in UTC. */
const importAt = (utc: string, name: string, text: string) => {
  vi.setSystemTime(new Date(utc));
  return ok(parseImport(name, text));
};

afterEach(() => vi.useRealTimers());

describe('a last bar from a session still open', () => {
  it('sets apart the last bar of a Yahoo download made at 11:32 New York that day, and says so in words', () => {
    const value = importAt('2025-07-25T15:32:00Z', 'SPY.csv', YAHOO);
    const spy = only(value);
    expect(value).toMatchObject({ format: 'Yahoo Finance prices', accepted: 5, rejected: [] });
    expect(spy.bars.map((b) => b.date)).toEqual(['2025-07-21', '2025-07-22', '2025-07-23', '2025-07-24']);
    expect(spy.intraday).toEqual({ date: '2025-07-25', open: 635.01, high: 636.08, low: 634.37, close: 635.86, adjClose: 635.86, volume: 21774512 });
    expect(value.notes).toEqual([
      {
        line: 6,
        text: "SPY: the last price, Jul 25, 2025 (635.86), was imported while that session was open, before the 16:00 close: it is intraday, not a close. Kept apart: returns, charts and every other figure end at the Jul 24, 2025 close. Import the file again after the close to have Jul 25, 2025's close.",
      },
    ]);
  });

  it('takes the same bar for the close from 16:00 New York on, in summer and in winter', () => {
    expect(only(importAt('2025-07-25T19:59:00Z', 'SPY.csv', YAHOO)).intraday?.date).toBe('2025-07-25');
    const closed = importAt('2025-07-25T20:00:00Z', 'SPY.csv', YAHOO);
    expect(lastDate(only(closed))).toBe('2025-07-25');
    expect(only(closed).intraday).toBeUndefined();
    expect(closed.notes).toEqual([]);
    // Before 09:30 the bar is not a close either; a bar of yesterday is.
    expect(only(importAt('2025-07-25T12:00:00Z', 'SPY.csv', YAHOO)).intraday?.date).toBe('2025-07-25');
    expect(only(importAt('2025-07-26T02:00:00Z', 'SPY.csv', YAHOO)).intraday).toBeUndefined();

    const winter = 'date,close\n2025-01-14,582.27\n2025-01-15,592.78\n';
    expect(only(importAt('2025-01-15T20:59:00Z', 'SPY.csv', winter)).intraday?.close).toBe(592.78);
    expect(only(importAt('2025-01-15T21:00:00Z', 'SPY.csv', winter)).intraday).toBeUndefined();
  });

  it('tells a history saved mid-session and imported days later by the time on its last row (yahooquery)', () => {
    const value = importAt('2025-07-28T14:00:00Z', 'spy-history.csv', YAHOOQUERY);
    const spy = only(value);
    expect(value.format).toBe('Prices (date, symbol, close)');
    expect(lastDate(spy)).toBe('2025-07-24');
    expect(spy.intraday).toMatchObject({ date: '2025-07-25', close: 635.86, takenAt: '11:32' });
    expect(value.notes.map((n) => n.text)).toEqual([
      "SPY: the last price, Jul 25, 2025 (635.86), was taken at 11:32 New York, before the 16:00 close: it is intraday, not a close. Kept apart: returns, charts and every other figure end at the Jul 24, 2025 close. Import the file again after the close to have Jul 25, 2025's close.",
    ]);
    // The same row written at 16:00:02, the closing print, is a close.
    const closing = YAHOOQUERY.replace('2025-07-25 11:32:04-04:00', '2025-07-25 16:00:02-04:00');
    expect(only(importAt('2025-07-28T14:00:00Z', 'spy-history.csv', closing)).intraday).toBeUndefined();
  });

  it('reads the time in New York whatever zone it is written in, and a time without a zone as New York time', () => {
    const withTime = (time: string) => `date,close\n2025-07-24,634.42\n2025-07-25${time},635.86\n`;
    const takenAt = (time: string) => only(importAt('2025-07-28T14:00:00Z', 'SPY.csv', withTime(time))).intraday?.takenAt;
    expect(takenAt('T15:32:04Z')).toBe('11:32');
    expect(takenAt('T15:32:04.250Z')).toBe('11:32');
    expect(takenAt(' 17:32:04+0200')).toBe('11:32');
    expect(takenAt(' 11:32')).toBe('11:32');
    // 19:45 UTC is 15:45 New York: before the close. 20:15 UTC is 16:15: after it.
    expect(takenAt('T19:45:00Z')).toBe('15:45');
    expect(takenAt('T20:15:00Z')).toBeUndefined();
  });

  it('does not take a time every bar shares for the time of the price: midnight (yfinance) or the session opening (Yahoo chart)', () => {
    const stamped = (stamp: (date: string) => string) =>
      ['Date,Open,High,Low,Close,Adj Close,Volume', ...YAHOO.trim().split('\n').slice(1).map((row) => row.replace(/^(\d{4}-\d{2}-\d{2})/, (d) => stamp(d)))].join('\n');
    const midnight = importAt('2025-07-28T14:00:00Z', 'SPY.csv', stamped((d) => `${d} 00:00:00-04:00`));
    expect(lastDate(only(midnight))).toBe('2025-07-25');
    expect(midnight.notes).toEqual([]);
    const opening = importAt('2025-07-28T14:00:00Z', 'SPY.csv', stamped((d) => `${d} 13:30:00+00:00`));
    expect(only(opening).intraday).toBeUndefined();
    // Across the clocks going forward, the opening is 14:30 UTC, then 13:30 UTC: 09:30 in New York both times.
    const march = 'date,close\n2025-03-07 14:30:00+00:00,575.92\n2025-03-10 13:30:00+00:00,560.58\n';
    expect(only(importAt('2025-03-12T14:00:00Z', 'SPY.csv', march)).intraday).toBeUndefined();
  });

  it("sets apart each ticker's bar of the day in a Stooq bulk file read before the close", () => {
    const bulk = [
      '<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>',
      'SPY.US,D,20250724,000000,634.6,636.15,633.99,634.42,70972100,0',
      'SPY.US,D,20250725,000000,635.01,636.08,634.37,635.86,21774512,0',
      'QQQ.US,D,20250724,000000,566.8,567.5,564.9,565.01,39160600,0',
      'QQQ.US,D,20250725,000000,565.9,567.2,565.1,566.72,12802300,0',
    ].join('\r\n');
    const value = importAt('2025-07-25T15:00:00Z', 'us-etfs.txt', bulk);
    expect(value.prices.map((p) => [p.symbol, lastDate(p), p.intraday?.close])).toEqual([
      ['SPY', '2025-07-24', 635.86],
      ['QQQ', '2025-07-24', 566.72],
    ]);
    // After the file-wide note on Stooq's adjusted closes, one per ticker at its line.
    expect(value.notes.map((n) => n.line)).toEqual([undefined, 3, 5]);
    expect(value.notes[2]?.text).toMatch(/^QQQ: the last price, Jul 25, 2025 \(566\.72\), was imported while that session was open/);
  });

  it('measures returns to the last close: the price set apart is in no figure', () => {
    const spy = only(importAt('2025-07-25T15:32:00Z', 'SPY.csv', YAHOO));
    const performance = seriesPerformance(spy, { start: '2025-07-21', basis: 'price' })!;
    expect(performance.asOfDate).toBe('2025-07-24');
    expect(performance.lastClose).toBe(634.42);
    expect(performance.return).toBeCloseTo(634.42 / 628.77 - 1, 12);
    expect(performancePoints(performance).map((p) => p.date)).not.toContain('2025-07-25');
    expect(performance.intraday?.close).toBe(635.86);
  });
});
