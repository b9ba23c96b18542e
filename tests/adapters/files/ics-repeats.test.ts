// Repeating calendar events (RRULE, RDATE, EXDATE, RECURRENCE-ID) imported on every date
// they fall on in the years around the import, from a holiday calendar in the layout
// calendar apps publish, with the report saying how many dates each gave.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseImport, type ImportResult, type ParsedImport } from '@/adapters/files/parse-import';

const FIXTURES = './fixtures/';
const fixture = (name: string) => readFileSync(new URL(FIXTURES + name, import.meta.url), 'utf8');

function ok(result: ImportResult): ParsedImport {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

const calendar = (...vevents: string[][]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...vevents.flat(), 'END:VCALENDAR'].join('\r\n');
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];

describe('a holiday calendar with yearly all-day events and a weekly call', () => {
  beforeEach(() => vi.setSystemTime(new Date('2025-07-25T15:00:00Z')));
  afterEach(() => vi.useRealTimers());

  const read = () => ok(parseImport('us-market-holidays.ics', fixture('us-market-holidays.ics')));
  const datesOf = (value: ParsedImport, title: string) => value.events.filter((e) => e.title === title).map((e) => e.date);

  it('puts a yearly holiday on each of its dates from 5 years before today to 2 years after', () => {
    const value = read();
    expect(value).toMatchObject({ format: 'iCalendar events', kind: 'events', accepted: 10, rejected: [] });
    expect(datesOf(value, 'Independence Day (markets closed)')).toEqual(['2021-07-04', '2022-07-04', '2023-07-04', '2024-07-04', '2025-07-04', '2026-07-04', '2027-07-04']);
    // BYDAY=4TH in November: the fourth Thursday, whatever its date.
    expect(datesOf(value, 'Thanksgiving Day (markets closed)')).toEqual(['2020-11-26', '2021-11-25', '2022-11-24', '2023-11-23', '2024-11-28', '2025-11-27', '2026-11-26']);
    expect(datesOf(value, 'Memorial Day (markets closed)').slice(-3)).toEqual(['2025-05-26', '2026-05-25', '2027-05-31']);
    // Only RDATEs (Easter moves): DTSTART is the first date, as RFC 5545 has it.
    expect(datesOf(value, 'Good Friday (markets closed)')).toEqual(['2021-04-02', '2022-04-15', '2023-04-07', '2024-03-29', '2025-04-18', '2026-04-03', '2027-03-26']);
    const july4 = value.events.find((e) => e.date === '2025-07-04')!;
    expect(july4).toEqual({ id: 'us-independence-day-holidays.example.org-2025-07-04', date: '2025-07-04', title: 'Independence Day (markets closed)', tags: ['holiday'] });
  });

  it('honours EXDATE and RDATE, and puts a moved date (RECURRENCE-ID) in place of the one it replaces', () => {
    const calls = read().events.filter((e) => e.title.startsWith('Desk call'));
    expect(calls.map((e) => [e.date, e.title])).toEqual([
      ['2025-06-02', 'Desk call: week ahead'],
      ['2025-06-09', 'Desk call: week ahead'],
      ['2025-06-17', 'Desk call: week ahead (moved to Tuesday)'],
      ['2025-06-23', 'Desk call: week ahead'],
      ['2025-06-30', 'Desk call: week ahead'],
      // 2025-07-07 is an EXDATE; UNTIL is 2025-07-28; 2025-08-05 is an RDATE.
      ['2025-07-14', 'Desk call: week ahead'],
      ['2025-07-21', 'Desk call: week ahead'],
      ['2025-07-28', 'Desk call: week ahead'],
      ['2025-08-05', 'Desk call: week ahead'],
    ]);
    // Every date keeps what the series says (PRIORITY:9 is minor), and the moved one keeps its id.
    expect(calls.every((e) => e.importance === 'minor' && e.tags.join() === 'desk')).toBe(true);
    expect(calls[2]!.id).toBe('7f3c2a10-desk-call-calendar.example.org-2025-06-16');
    expect(calls[0]!.id).toBe('7f3c2a10-desk-call-calendar.example.org-2025-06-02');
  });

  it('gives each date a stable, unique, URL-safe id', () => {
    const first = read().events.map((e) => e.id);
    expect(read().events.map((e) => e.id)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    for (const id of first) expect(id).toMatch(/^[A-Za-z0-9_.~-]{1,100}$/);
  });

  it('says in the report how many dates each repeating event gave, and where it was cut', () => {
    const notes = read().notes;
    expect(notes).toHaveLength(9);
    expect(notes[0]).toEqual({
      line: 27,
      text: '"New Year\'s Day (markets closed)" repeats: 7 dates, Jan 1, 2021 to Jan 1, 2027; 21 earlier dates before Jul 25, 2020 left out; it goes on after Jul 25, 2027, as far ahead as repeats are read.',
    });
    expect(notes.find((n) => n.text.startsWith('"Good Friday'))?.text).toBe('"Good Friday (markets closed)" repeats: 7 dates, Apr 2, 2021 to Mar 26, 2027.');
    expect(notes.find((n) => n.text.startsWith('"Desk call'))).toEqual({ line: 111, text: '"Desk call: week ahead" repeats: 8 dates, Jun 2, 2025 to Aug 5, 2025.' });
  });

  it('reads the span around the day of the import', () => {
    vi.setSystemTime(new Date('2031-01-15T12:00:00Z'));
    expect(datesOf(read(), 'Independence Day (markets closed)')).toEqual(['2026-07-04', '2027-07-04', '2028-07-04', '2029-07-04', '2030-07-04', '2031-07-04', '2032-07-04']);
  });
});

describe('bounds and broken rules', () => {
  const now = Date.parse('2025-07-25T15:00:00Z');

  it('keeps at most 500 dates of one event and says it cut there', () => {
    const value = ok(parseImport('c.ics', calendar(vevent('UID:daily', 'DTSTART;VALUE=DATE:20250101', 'RRULE:FREQ=DAILY', 'SUMMARY:Daily fixing')), { now }));
    expect(value.events).toHaveLength(500);
    expect(value.events[499]!.date).toBe('2026-05-15');
    expect(value.notes).toEqual([{ line: 3, text: '"Daily fixing" repeats: 500 dates, Jan 1, 2025 to May 15, 2026; cut at 500 dates.' }]);
  });

  it('one date per day for a rule that repeats within the day; a multi-day event keeps its length', () => {
    const hourly = vevent('UID:h', 'DTSTART:20250701T090000', 'RRULE:FREQ=HOURLY;COUNT=30', 'SUMMARY:Hourly');
    const twoDays = vevent('UID:t', 'DTSTART;VALUE=DATE:20250107', 'DTEND;VALUE=DATE:20250109', 'RRULE:FREQ=MONTHLY;COUNT=2', 'SUMMARY:Two-day meeting');
    const value = ok(parseImport('c.ics', calendar(hourly, twoDays), { now }));
    expect(value.events.map((e) => [e.id, e.date, e.endDate])).toEqual([
      ['t-2025-01-07', '2025-01-07', '2025-01-08'],
      ['t-2025-02-07', '2025-02-07', '2025-02-08'],
      ['h-2025-07-01', '2025-07-01', undefined],
      ['h-2025-07-02', '2025-07-02', undefined],
    ]);
  });

  it('rejects a repeating event none of whose dates fall in the span, and reads a date written without VALUE=DATE', () => {
    const old = vevent('UID:old', 'DTSTART;VALUE=DATE:19990301', 'RRULE:FREQ=YEARLY;UNTIL=20091231', 'SUMMARY:Old rule');
    const bare = vevent('UID:bare', 'DTSTART:20240301', 'RRULE:FREQ=YEARLY;COUNT=2', 'EXDATE:20250301', 'SUMMARY:Bare dates');
    const value = ok(parseImport('c.ics', calendar(old, bare), { now }));
    expect(value.events.map((e) => e.id)).toEqual(['bare-2024-03-01']);
    expect(value.rejected).toEqual([{ line: 3, reason: '"Old rule" repeats on no date from Jul 25, 2020 to Jul 25, 2027, the years read around today' }]);
  });

  it('keeps an event whose rule cannot be followed on its first date, and says so', () => {
    const value = ok(parseImport('c.ics', calendar(vevent('UID:odd', 'DTSTART;VALUE=DATE:20250301', 'RRULE:FREQ=YEARLY', 'EXDATE:someday', 'SUMMARY:Odd rule')), { now }));
    expect(value.events).toEqual([{ id: 'odd', date: '2025-03-01', title: 'Odd rule', tags: [] }]);
    expect(value.notes).toHaveLength(1);
    expect(value.notes[0]!.text).toMatch(/^"Odd rule" its repeat rule could not be read \(.+\): only its first date, Mar 1, 2025, is kept\.$/);
  });

  it('stays quick on rules that repeat every second from long ago', () => {
    const busy = Array.from({ length: 20 }, (_, i) => vevent(`UID:s${i}`, 'DTSTART:19900101T000000', 'RRULE:FREQ=SECONDLY', `SUMMARY:Tick ${i}`));
    const started = performance.now();
    const result = parseImport('c.ics', calendar(...busy), { now });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/repeats too often to be followed up to Jul 25, 2020/);
  });
});
