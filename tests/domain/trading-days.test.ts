// @vitest-environment node
// The NYSE calendar (src/domain/trading-days.ts): weekends, holidays with their
// observed days, one-off closures, and independence from the machine's time zone.
import { weekday } from '@/domain/dates';
import { isTradingDay, tradingDays } from '@/domain/trading-days';
import { importInTimeZone, restoreTimeZoneAfterEach } from '../time-zone';

const HOLIDAYS_2025 = [
  '2025-01-01', // New Year's Day
  '2025-01-09', // national day of mourning, President Carter
  '2025-01-20', // Martin Luther King Jr. Day
  '2025-02-17', // Washington's Birthday
  '2025-04-18', // Good Friday
  '2025-05-26', // Memorial Day
  '2025-06-19', // Juneteenth
  '2025-07-04', // Independence Day
  '2025-09-01', // Labor Day
  '2025-11-27', // Thanksgiving
  '2025-12-25', // Christmas
];

describe('isTradingDay', () => {
  it('is false on weekends', () => {
    expect(isTradingDay('2025-07-26')).toBe(false);
    expect(isTradingDay('2025-07-27')).toBe(false);
    expect(isTradingDay('2025-07-25')).toBe(true);
    expect(isTradingDay('2025-07-28')).toBe(true);
  });

  it.each(HOLIDAYS_2025)('the market is closed on %s', (date) => {
    expect(isTradingDay(date)).toBe(false);
  });

  it('is open on the weekdays around the 2025 holidays', () => {
    for (const d of ['2025-01-02', '2025-01-08', '2025-01-10', '2025-04-17', '2025-04-21', '2025-07-03', '2025-11-28', '2025-12-24', '2025-12-26']) {
      expect(isTradingDay(d), d).toBe(true);
    }
  });

  it('a Saturday July 4 is observed on the Friday before (2026-07-03)', () => {
    expect(weekday('2026-07-04')).toBe(6);
    expect(isTradingDay('2026-07-03')).toBe(false);
    expect(isTradingDay('2026-07-02')).toBe(true);
    expect(isTradingDay('2026-07-06')).toBe(true);
  });

  it('a Sunday holiday is observed on the Monday after (Christmas 2022)', () => {
    expect(isTradingDay('2022-12-26')).toBe(false);
    expect(isTradingDay('2022-12-23')).toBe(true);
  });

  it('a Saturday New Year does not close the Friday before (2021-12-31 traded)', () => {
    expect(isTradingDay('2021-12-31')).toBe(true);
  });

  it('Juneteenth is a holiday from 2022 on only', () => {
    expect(isTradingDay('2021-06-18')).toBe(true);
    expect(isTradingDay('2022-06-20')).toBe(false); // Sunday 19th observed Monday
    expect(isTradingDay('2023-06-19')).toBe(false);
  });

  it('knows the one-off closures', () => {
    expect(isTradingDay('2018-12-05')).toBe(false); // President G. H. W. Bush
    expect(isTradingDay('2012-10-29')).toBe(false); // Hurricane Sandy
    expect(isTradingDay('2012-10-30')).toBe(false);
  });
});

describe('tradingDays', () => {
  it('includes both ends and skips weekends', () => {
    expect(tradingDays('2025-07-24', '2025-07-28')).toEqual(['2025-07-24', '2025-07-25', '2025-07-28']);
    expect(tradingDays('2025-07-25', '2025-07-25')).toEqual(['2025-07-25']);
    expect(tradingDays('2025-07-26', '2025-07-27')).toEqual([]);
    expect(tradingDays('2025-07-28', '2025-07-25')).toEqual([]);
  });

  it('2025 has no weekend and none of the holidays, 250 days in all', () => {
    const days = tradingDays('2025-01-01', '2025-12-31');
    expect(days).toHaveLength(250);
    for (const d of days) expect([0, 6]).not.toContain(weekday(d));
    for (const h of HOLIDAYS_2025) expect(days).not.toContain(h);
    expect(days[0]).toBe('2025-01-02');
    expect(days.at(-1)).toBe('2025-12-31');
  });

  it('is ascending with no duplicates', () => {
    const days = tradingDays('2024-11-01', '2025-03-01');
    for (let i = 1; i < days.length; i++) expect(days[i]! > days[i - 1]!).toBe(true);
  });

  it.each([
    [2015, 252],
    [2016, 252],
    [2017, 251],
    [2018, 251],
    [2019, 252],
    [2020, 253],
    [2021, 252],
    [2022, 251],
    [2023, 250],
    [2024, 252],
  ])('%i has %i trading days', (year, count) => {
    expect(tradingDays(`${year}-01-01`, `${year}-12-31`)).toHaveLength(count);
  });
});

describe('time zone independence', () => {
  restoreTimeZoneAfterEach();

  /** A fresh copy of the module (empty holiday cache) evaluated under `tz`. */
  async function calendarIn(tz: string) {
    const mod = await importInTimeZone(tz, () => import('@/domain/trading-days'));
    return { offset: new Date('2025-01-15T00:00:00Z').getTimezoneOffset(), ...mod };
  }

  it('gives the same days in Tokyo, Los Angeles and UTC', async () => {
    const results = [];
    for (const tz of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
      const cal = await calendarIn(tz);
      results.push({
        offset: cal.offset,
        days: cal.tradingDays('2015-01-01', '2026-12-31'),
        flags: ['2025-01-01', '2025-01-02', '2025-07-04', '2026-07-03', '2025-11-27', '2025-11-28'].map(cal.isTradingDay),
      });
    }
    const [utc, tokyo, la] = results;
    // The time zone really changed for the process (Tokyo is UTC+9, LA is UTC-8 in January).
    expect([utc!.offset, tokyo!.offset, la!.offset]).toEqual([0, -540, 480]);
    expect(utc!.flags).toEqual([false, true, false, false, false, true]);
    expect(tokyo!.flags).toEqual(utc!.flags);
    expect(la!.flags).toEqual(utc!.flags);
    expect(tokyo!.days).toEqual(utc!.days);
    expect(la!.days).toEqual(utc!.days);
  });
});
