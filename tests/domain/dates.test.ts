// @vitest-environment node
// Calendar arithmetic on ISO dates (src/domain/dates.ts): strict parsing, month
// clamping, and UTC midnight as the shared time axis.
import { addDays, addMonths, fromTime, isIsoDate, toTime, weekday, yearOf } from '@/domain/dates';

describe('isIsoDate', () => {
  it.each(['2025-07-25', '2024-02-29', '2025-12-31', '2000-02-29'])('accepts the real date %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each([
    ['2025-02-30', 'a day February does not have'],
    ['2025-02-29', 'Feb 29 in a non-leap year'],
    ['1900-02-29', '1900 is not a leap year'],
    ['2025-13-01', 'month 13'],
    ['2025-00-10', 'month 0'],
    ['2025-04-31', 'April 31'],
    ['2025-1-1', 'no zero padding'],
    ['', 'empty'],
    [' 2025-01-02', 'leading space'],
    ['2025-01-02T00:00:00Z', 'a timestamp'],
    ['2025/01/02', 'slashes'],
  ])('rejects %j (%s)', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('toTime / fromTime', () => {
  it('is UTC midnight of the date', () => {
    expect(toTime('2025-07-25')).toBe(Date.UTC(2025, 6, 25));
    expect(toTime('2025-07-25')).toBe(1_753_401_600_000);
    expect(new Date(toTime('2025-07-25')).toISOString()).toBe('2025-07-25T00:00:00.000Z');
  });

  it('consecutive days are exactly 24 h apart, across the US DST switch too', () => {
    expect(toTime('2025-03-10') - toTime('2025-03-09')).toBe(86_400_000);
    expect(toTime('2025-11-03') - toTime('2025-11-02')).toBe(86_400_000);
  });

  it('fromTime turns a UTC-midnight timestamp back into the date', () => {
    expect(fromTime(Date.UTC(2024, 1, 29))).toBe('2024-02-29');
    expect(fromTime(toTime('2025-01-09'))).toBe('2025-01-09');
  });
});

describe('addDays', () => {
  it('moves across month, year and DST boundaries', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-08', 1)).toBe('2025-03-09');
    expect(addDays('2025-03-09', 1)).toBe('2025-03-10');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-03-31', -1, '2025-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2025-05-31', -1, '2025-04-30'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-07-25', -1, '2025-06-25'],
    ['2025-07-25', -3, '2025-04-25'],
    ['2025-07-25', -6, '2025-01-25'],
    ['2025-01-15', -1, '2024-12-15'],
    ['2025-02-15', -14, '2023-12-15'],
    ['2024-02-29', -12, '2023-02-28'],
    ['2025-07-25', -60, '2020-07-25'],
    ['2025-12-15', 1, '2026-01-15'],
  ] as const)('%s %+d months = %s (day clamped to the month end)', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('weekday / yearOf', () => {
  it('knows the day of the week in UTC', () => {
    expect(weekday('2025-07-25')).toBe(5); // Friday
    expect(weekday('2025-07-26')).toBe(6); // Saturday
    expect(weekday('2025-07-27')).toBe(0); // Sunday
    expect(weekday('2025-07-28')).toBe(1); // Monday
  });

  it('reads the year', () => {
    expect(yearOf('2025-01-02')).toBe(2025);
    expect(yearOf('1999-12-31')).toBe(1999);
  });
});
