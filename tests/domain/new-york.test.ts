// @vitest-environment node
// New York's date and time of day of an instant (src/domain/new-york.ts): across midnight,
// across both daylight-saving changes, equal to a direct Intl reading for any instant, and
// the same whatever zone the machine is in; and whether a day's session has closed.
import fc from 'fast-check';
import { newYorkClock, newYorkDate, sessionUnfinished } from '@/domain/new-york';
import { importInTimeZone, restoreTimeZoneAfterEach } from '../time-zone';

const at = (iso: string) => Date.parse(iso);
const hm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const clock = (iso: string) => {
  const c = newYorkClock(at(iso));
  return `${c.date} ${hm(c.minutes)}`;
};

describe('newYorkClock', () => {
  it('turns the day at New York midnight: 04:00 UTC in summer, 05:00 in winter', () => {
    expect(clock('2025-07-26T03:59:00Z')).toBe('2025-07-25 23:59');
    expect(clock('2025-07-26T04:00:00Z')).toBe('2025-07-26 00:00');
    expect(clock('2025-01-15T04:59:00Z')).toBe('2025-01-14 23:59');
    expect(clock('2025-01-15T05:00:00Z')).toBe('2025-01-15 00:00');
  });

  it('follows the clocks forward in March and back in November', () => {
    expect(clock('2025-03-09T06:59:00Z')).toBe('2025-03-09 01:59');
    expect(clock('2025-03-09T07:00:00Z')).toBe('2025-03-09 03:00');
    expect(clock('2025-11-02T05:59:00Z')).toBe('2025-11-02 01:59');
    expect(clock('2025-11-02T06:00:00Z')).toBe('2025-11-02 01:00');
    // The NYSE close, 16:00, is 20:00 UTC in summer and 21:00 in winter.
    expect(clock('2025-07-25T20:00:00Z')).toBe('2025-07-25 16:00');
    expect(clock('2025-12-19T21:00:00Z')).toBe('2025-12-19 16:00');
  });

  it('agrees with a direct Intl reading for any instant from 1990 to 2040', () => {
    const direct = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'America/New_York',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    const reading = (instant: number) => {
      const p = Object.fromEntries(direct.formatToParts(instant).map((x) => [x.type, x.value]));
      return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
    };
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }), (instant) => {
        const c = newYorkClock(instant);
        expect(`${c.date} ${hm(c.minutes)}`).toBe(reading(instant));
      }),
      { numRuns: 2000, seed: 20250725 },
    );
  });
});

describe('sessionUnfinished', () => {
  it("is true for today's date until 16:00 New York, and for a later date; false for an earlier one", () => {
    expect(sessionUnfinished('2025-07-25', at('2025-07-25T13:00:00Z'))).toBe(true); // 09:00, before the open
    expect(sessionUnfinished('2025-07-25', at('2025-07-25T19:59:59Z'))).toBe(true); // 15:59
    expect(sessionUnfinished('2025-07-25', at('2025-07-25T20:00:00Z'))).toBe(false); // 16:00
    expect(sessionUnfinished('2025-07-25', at('2025-07-26T02:00:00Z'))).toBe(false); // 22:00, Jul 26 in UTC
    expect(sessionUnfinished('2025-07-24', at('2025-07-25T15:00:00Z'))).toBe(false);
    expect(sessionUnfinished('2025-07-26', at('2025-07-25T21:00:00Z'))).toBe(true);
    // In winter the close is 21:00 UTC.
    expect(sessionUnfinished('2025-01-15', at('2025-01-15T20:59:00Z'))).toBe(true);
    expect(sessionUnfinished('2025-01-15', at('2025-01-15T21:00:00Z'))).toBe(false);
  });
});

describe('time zone independence', () => {
  restoreTimeZoneAfterEach();

  it('gives the same New York dates in Tokyo, Los Angeles and UTC', async () => {
    const instants = ['2025-07-26T01:10:00Z', '2025-07-25T14:03:00Z', '2025-03-09T06:59:00Z', '2025-01-15T04:59:00Z'].map(at);
    const results = [];
    for (const tz of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
      const mod = await importInTimeZone(tz, () => import('@/domain/new-york'));
      results.push({ offset: new Date(instants[0]!).getTimezoneOffset(), dates: instants.map(mod.newYorkDate) });
    }
    // The zone really changed for the process (Tokyo UTC+9, Los Angeles UTC-7 in July).
    expect(results.map((r) => r.offset)).toEqual([0, -540, 420]);
    for (const r of results) expect(r.dates).toEqual(['2025-07-25', '2025-07-25', '2025-03-09', '2025-01-14']);
    expect(newYorkDate(instants[0]!)).toBe('2025-07-25');
  });
});
