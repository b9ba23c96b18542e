// One VEVENT of an iCalendar file read into an event draft: its dates as written (DTEND
// exclusive, or a DURATION), its text, categories and PRIORITY (6-9 in RFC 5545 is low:
// a minor event), each problem with the line it is on.
import ICAL from 'ical.js';
import { addDays, isIsoDate } from '@/domain/dates';
import type { IsoDate } from '@/domain/types';
import { buildEvent, type EventDraft } from './event-draft';
import type { IcsBlock } from './ics-blocks';
import type { RowIssue } from './result';
import { clip, quoted } from './text';

export type IcsComponent = InstanceType<typeof ICAL.Component>;

interface IcsMoment {
  date: IsoDate;
  /** Midnight exactly, or a DATE value: an exclusive end on this day ends the day before. */
  midnight: boolean;
  /** Seconds since the day's midnight (wall clock as written). */
  seconds: number;
}

function icsMoment(value: unknown): IcsMoment | undefined {
  if (typeof value !== 'string') return undefined;
  const date = value.slice(0, 10);
  if (!isIsoDate(date)) return undefined;
  if (value.length === 10 || value.slice(10) === 'T::') return { date, midnight: true, seconds: 0 };
  const time = /^T(\d{2}):(\d{2}):(\d{2})/.exec(value.slice(10));
  if (!time) return undefined;
  const seconds = Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3]);
  return { date, midnight: seconds === 0, seconds };
}

export function propertyValue(component: IcsComponent, name: string): unknown {
  const property = component.getFirstProperty(name);
  if (!property) return undefined;
  const jcal = property.jCal as unknown[];
  return jcal[3];
}

export function textValue(component: IcsComponent, name: string): string | undefined {
  const value = propertyValue(component, name);
  return typeof value === 'string' ? value : undefined;
}

/** The calendar day a date or date-time property names, as written (RECURRENCE-ID, say). */
export function dayValue(component: IcsComponent, name: string): IsoDate | undefined {
  return icsMoment(propertyValue(component, name))?.date;
}

/** RFC 5545 PRIORITY: 1-4 high, 5 medium, 6-9 low, 0 (or none) undefined. Only low makes an event minor. */
function importanceOf(priority: unknown): 'major' | 'minor' | undefined {
  if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 1 || priority > 9) return undefined;
  return priority >= 6 ? 'minor' : 'major';
}

// A date written without VALUE=DATE (`DTSTART:20250601`) is a date-time to ical.js, which
// then cannot compute repeats from it; saying what it is changes nothing else.
const BARE_DATES = /^(DTSTART|DTEND|EXDATE|RDATE|RECURRENCE-ID)((?:;[^:\r\n]*)?):(\d{8}(?:,\d{8})*)$/gim;

/** The VEVENT of a block as ical.js reads it, or why it cannot be read. */
export function parseVevent(block: IcsBlock): { ok: true; value: IcsComponent } | { ok: false; reason: string } {
  const text = block.text.replace(BARE_DATES, (line, name: string, params: string, dates: string) =>
    /;VALUE=/i.test(params) ? line : `${name}${params};VALUE=DATE:${dates}`,
  );
  try {
    const jcal: unknown = ICAL.parse(`BEGIN:VCALENDAR\r\n${text}\r\nEND:VCALENDAR`);
    const event = new ICAL.Component(jcal as unknown[]).getFirstSubcomponent('vevent');
    return event ? { ok: true, value: event } : { ok: false, reason: 'unreadable event' };
  } catch (error) {
    return { ok: false, reason: `unreadable event: ${clip(error instanceof Error ? error.message : String(error), 80)}` };
  }
}

export type VeventRead = { ok: true; value: EventDraft } | { ok: false; line: number; reason: string };

/** The event a VEVENT describes (its first date, for a repeating one); a dropped link or tag goes to `issues`. */
export function readVevent(event: IcsComponent, block: IcsBlock, issues: RowIssue[]): VeventRead {
  const lineOf = (name: string) => block.propertyLines.get(name) ?? block.line;
  const written = (name: string) => quoted(block.propertyText.get(name) ?? '');
  const start = icsMoment(propertyValue(event, 'dtstart'));
  if (!start) {
    const raw = propertyValue(event, 'dtstart');
    return { ok: false, line: lineOf('DTSTART'), reason: raw === undefined ? 'missing date (no DTSTART)' : `unparseable date ${written('DTSTART')}` };
  }
  let endDate: IsoDate | undefined;
  const endRaw = propertyValue(event, 'dtend');
  if (endRaw !== undefined) {
    const end = icsMoment(endRaw);
    if (!end) return { ok: false, line: lineOf('DTEND'), reason: `unparseable end date ${written('DTEND')}` };
    // DTEND is exclusive: an all-day event ending 20250512 ends on 2025-05-11.
    if (end.date < start.date || (end.date === start.date && end.seconds < start.seconds)) {
      return { ok: false, line: lineOf('DTEND'), reason: `end date ${end.date} before date ${start.date}` };
    }
    endDate = end.midnight && end.date > start.date ? addDays(end.date, -1) : end.date;
  } else {
    const duration = textValue(event, 'duration');
    if (duration) {
      let seconds: number;
      try {
        seconds = ICAL.Duration.fromString(duration).toSeconds();
      } catch {
        seconds = Number.NaN;
      }
      if (!Number.isFinite(seconds) || seconds < 0 || seconds > 3650 * 86400) {
        return { ok: false, line: lineOf('DURATION'), reason: `unreadable duration ${quoted(duration)}` };
      }
      const total = start.seconds + seconds;
      const days = Math.floor(total / 86400);
      const exclusiveMidnight = total % 86400 === 0 && seconds > 0;
      endDate = addDays(start.date, exclusiveMidnight ? days - 1 : days);
    }
  }
  const categories: string[] = [];
  for (const property of event.getAllProperties('categories')) {
    for (const value of property.getValues() as unknown[]) if (typeof value === 'string') categories.push(value);
  }
  const built = buildEvent(
    {
      date: start.date,
      endDate,
      title: textValue(event, 'summary') ?? '',
      summary: textValue(event, 'description'),
      url: textValue(event, 'url'),
      tags: categories,
      importance: importanceOf(propertyValue(event, 'priority')),
    },
    { url: lineOf('URL'), tags: lineOf('CATEGORIES') },
    issues,
  );
  if (!built.ok) return { ok: false, line: built.reason === 'missing title' ? lineOf('SUMMARY') : lineOf('DTEND'), reason: built.reason };
  return built;
}
