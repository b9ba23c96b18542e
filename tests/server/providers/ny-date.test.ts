// @vitest-environment node
// New York dates of UTC instants (server/providers/ny-date.ts) on both sides of the
// daylight-saving changes, and when a session counts as closed.
import { describe, expect, it } from 'vitest';
import { isSessionClosed, lastClosedSession, newYorkDate, toInstant, zonedClock, zonedDate } from '../../../server/providers/ny-date';

const at = (iso: string) => Date.parse(iso);

describe('newYorkDate', () => {
  it.each([
    // EST (UTC-5) before Sunday 9 March 2025, EDT (UTC-4) after.
    ['2025-03-08T04:59:00Z', '2025-03-07'],
    ['2025-03-08T05:00:00Z', '2025-03-08'],
    ['2025-03-10T03:59:00Z', '2025-03-09'],
    ['2025-03-10T04:00:00Z', '2025-03-10'],
    // Back to EST on Sunday 2 November 2025.
    ['2025-11-03T04:59:00Z', '2025-11-02'],
    ['2025-11-03T05:00:00Z', '2025-11-03'],
  ])('dates %s on %s', (iso, date) => {
    expect(newYorkDate(iso)).toBe(date);
    expect(newYorkDate(at(iso))).toBe(date);
  });

  it('reads an ISO time with an offset as the same instant', () => {
    expect(newYorkDate('2025-07-25T23:30:00-04:00')).toBe('2025-07-25');
  });

  it('refuses what is not an instant', () => {
    expect(() => newYorkDate('yesterday')).toThrow(RangeError);
    expect(() => toInstant(Number.NaN)).toThrow(RangeError);
  });
});

describe('zonedDate and zonedClock', () => {
  it("dates an instant in another exchange's zone", () => {
    // 09:00 in Tokyo on 25 July is 20:00 on 24 July in New York.
    expect(zonedDate(at('2025-07-25T00:00:00Z'), 'Asia/Tokyo')).toBe('2025-07-25');
    expect(zonedDate(at('2025-07-25T00:00:00Z'))).toBe('2025-07-24');
  });

  it('gives midnight as minute 0, not 24:00', () => {
    expect(zonedClock(at('2025-07-25T04:00:00Z'))).toEqual({ date: '2025-07-25', minutes: 0 });
  });

  it('throws a RangeError for a zone Intl does not know', () => {
    expect(() => zonedDate(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('isSessionClosed', () => {
  it.each([
    // 16:00 New York is 21:00 UTC in EST, 20:00 UTC in EDT.
    ['2025-03-07', '2025-03-07T20:59:00Z', false],
    ['2025-03-07', '2025-03-07T21:00:00Z', true],
    ['2025-03-10', '2025-03-10T19:59:00Z', false],
    ['2025-03-10', '2025-03-10T20:00:00Z', true],
    ['2025-11-03', '2025-11-03T20:30:00Z', false],
    ['2025-11-03', '2025-11-03T21:00:00Z', true],
    // An earlier date has closed; a later one has not.
    ['2025-03-09', '2025-03-10T13:00:00Z', true],
    ['2025-03-11', '2025-03-10T23:00:00Z', false],
    // Just after midnight UTC it is still the evening before in New York.
    ['2025-07-25', '2025-07-26T02:00:00Z', true],
    ['2025-07-26', '2025-07-26T02:00:00Z', false],
  ])('%s at %s: %s', (date, now, closed) => {
    expect(isSessionClosed(date, at(now))).toBe(closed);
  });
});

describe('lastClosedSession', () => {
  it.each([
    ['2025-07-25T19:59:00Z', '2025-07-24'], // Friday, before the close
    ['2025-07-25T20:00:00Z', '2025-07-25'], // Friday, at the close
    ['2025-07-27T15:00:00Z', '2025-07-25'], // Sunday
    ['2025-07-05T15:00:00Z', '2025-07-03'], // Saturday after Independence Day
    ['2025-01-09T22:00:00Z', '2025-01-08'], // the day of mourning for President Carter
  ])('at %s is %s', (now, date) => {
    expect(lastClosedSession(at(now))).toBe(date);
  });
});
