// @vitest-environment node
// Properties of the calendar helpers (src/domain/dates.ts, trading-days.ts, range.ts):
// date arithmetic that undoes itself, a trading-day list that agrees with the
// trading-day test, and range starts that are real dates before the as-of date.
import fc from 'fast-check';
import { addDays, addMonths, fromTime, isIsoDate, toTime, weekday } from '@/domain/dates';
import { rangeStart } from '@/domain/range';
import { lastIndexOnOrBefore } from '@/domain/returns';
import { isTradingDay, tradingDays } from '@/domain/trading-days';
import { RANGE_PRESETS, type RangeKind } from '@/domain/types';
import { anyText, isoDate, priceSeries } from './arbitraries';

const RUNS = 300;
const DAY_MS = 86_400_000;

describe('dates', () => {
  it('isIsoDate never throws, and a date it accepts reads back the same', () => {
    const dateLike = fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/);
    fc.assert(
      fc.property(fc.oneof(anyText, dateLike), (text) => {
        if (isIsoDate(text)) expect(fromTime(toTime(text))).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('toTime gives what Date.parse gives, for any date and anything written like one', () => {
    const anyDate = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const dateLike = fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/);
    fc.assert(
      fc.property(fc.oneof(anyDate, dateLike), (date) => {
        expect(toTime(date)).toBe(Date.parse(`${date}T00:00:00Z`));
      }),
      { numRuns: 5000 },
    );
  });

  it('isIsoDate accepts exactly what a Date reads back the same (years 0100 to 9999)', () => {
    // The definition isIsoDate had before it read characters (faster over thousands of rows).
    const throughDate = (text: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      return m !== null && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === text;
    };
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const nearDates = fc
      .tuple(
        // Centuries and the first years, where leap years and Date's two-digit years differ.
        fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }).map((c) => c * 100), fc.integer({ min: 0, max: 120 })),
        fc.integer({ min: 0, max: 13 }),
        fc.oneof(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 28, max: 31 })),
      )
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    const dateLike = fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/);
    fc.assert(
      fc.property(fc.oneof(anyText, dateLike, nearDates), (text) => {
        expect(isIsoDate(text)).toBe(throughDate(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('addDays moves by whole days and undoes itself; weeks keep the weekday', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -3000, max: 3000 }), (date, n) => {
        const moved = addDays(date, n);
        expect(isIsoDate(moved)).toBe(true);
        expect(toTime(moved) - toTime(date)).toBe(n * DAY_MS);
        expect(addDays(moved, -n)).toBe(date);
        expect(weekday(addDays(date, 7 * n))).toBe(weekday(date));
      }),
      { numRuns: RUNS },
    );
  });

  it('addMonths moves by calendar months, clamping the day to the month', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -120, max: 120 }), (date, months) => {
        const moved = addMonths(date, months);
        expect(isIsoDate(moved)).toBe(true);
        const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
        expect(monthIndex(moved) - monthIndex(date)).toBe(months);
        const day = Number(date.slice(8));
        if (day <= 28) expect(Number(moved.slice(8))).toBe(day);
        else expect(Number(moved.slice(8))).toBeLessThanOrEqual(day);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('trading days', () => {
  it('the list between two dates is exactly the days isTradingDay accepts, ascending, never a weekend', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -5, max: 45 }), (from, span) => {
        const to = addDays(from, span);
        const list = tradingDays(from, to);
        const expected: string[] = [];
        for (let d = from; d <= to; d = addDays(d, 1)) if (isTradingDay(d)) expected.push(d);
        expect(list).toEqual(expected);
        for (const d of list) expect([0, 6]).not.toContain(weekday(d));
        // A market week never has more than five sessions.
        for (const d of list) expect(list.filter((x) => x >= d && x < addDays(d, 7)).length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 200 },
    );
  });

  it('joining two adjacent spans gives the whole span', () => {
    fc.assert(
      fc.property(isoDate, fc.nat({ max: 30 }), fc.nat({ max: 30 }), (from, a, b) => {
        const middle = addDays(from, a);
        const to = addDays(middle, b + 1);
        expect([...tradingDays(from, middle), ...tradingDays(addDays(middle, 1), to)]).toEqual(tradingDays(from, to));
      }),
      { numRuns: 200 },
    );
  });
});

describe('bar lookup', () => {
  it('the binary search finds the same bar as a scan: the last on or before the date', () => {
    fc.assert(
      fc.property(
        priceSeries().chain((s) => fc.tuple(fc.constant(s), fc.oneof(fc.constantFrom(...s.bars.map((b) => b.date)), isoDate))),
        ([{ bars }, date]) => {
          expect(lastIndexOnOrBefore(bars, date)).toBe(bars.findLastIndex((b) => b.date <= date));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('range starts', () => {
  const range = fc.constantFrom<RangeKind>(...RANGE_PRESETS, 'custom');

  it('a preset starts on a real date before the as-of date; MAX has none; custom is its from date', () => {
    fc.assert(
      fc.property(range, isoDate, fc.option(isoDate, { nil: undefined }), (kind, to, from) => {
        const start = rangeStart(kind, to, from);
        if (kind === 'MAX') expect(start).toBeUndefined();
        else if (kind === 'custom') expect(start).toBe(from);
        else {
          expect(isIsoDate(start!)).toBe(true);
          expect(start! < to).toBe(true);
          if (kind === 'YTD') expect(start).toBe(`${Number(to.slice(0, 4)) - 1}-12-31`);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
