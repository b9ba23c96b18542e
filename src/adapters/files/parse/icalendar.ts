// An iCalendar file (.ics) imported as market events: each VEVENT read by ical.js, its
// dates as written (DTEND exclusive, or a DURATION), its UID kept as the id where it can be,
// a low PRIORITY (6-9 in RFC 5545) read as a minor event.
import ICAL from 'ical.js';
import { addDays, isIsoDate } from '@/domain/dates';
import type { IsoDate } from '@/domain/types';
import { buildEvent, derivedEventId } from './event-draft';
import { icsBlocks } from './ics-blocks';
import { emptyImport, fail, finish, sortByDate, type ImportResult, type RowIssue } from './result';
import { clip, quoted } from './text';

const MAX_ID = 100;

interface IcsMoment {
  date: IsoDate;
  /** Midnight exactly, or a DATE value: an exclusive end on this day ends the day before. */
  midnight: boolean;
  allDay: boolean;
  /** Seconds since the day's midnight (wall clock as written). */
  seconds: number;
}

function icsMoment(value: unknown): IcsMoment | undefined {
  if (typeof value !== 'string') return undefined;
  const date = value.slice(0, 10);
  if (!isIsoDate(date)) return undefined;
  if (value.length === 10 || value.slice(10) === 'T::') return { date, midnight: true, allDay: true, seconds: 0 };
  const time = /^T(\d{2}):(\d{2}):(\d{2})/.exec(value.slice(10));
  if (!time) return undefined;
  const seconds = Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3]);
  return { date, midnight: seconds === 0, allDay: false, seconds };
}

function propertyValue(component: InstanceType<typeof ICAL.Component>, name: string): unknown {
  const property = component.getFirstProperty(name);
  if (!property) return undefined;
  const jcal = property.jCal as unknown[];
  return jcal[3];
}

function textValue(component: InstanceType<typeof ICAL.Component>, name: string): string | undefined {
  const value = propertyValue(component, name);
  return typeof value === 'string' ? value : undefined;
}

/** RFC 5545 PRIORITY: 1-4 high, 5 medium, 6-9 low, 0 (or none) undefined. Only low makes an event minor. */
function importanceOf(priority: unknown): 'major' | 'minor' | undefined {
  if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 1 || priority > 9) return undefined;
  return priority >= 6 ? 'minor' : 'major';
}

export function parseIcs(fileName: string, text: string): ImportResult {
  const out = emptyImport(fileName, 'iCalendar events', 'events');
  const ids = new Set<string>();
  const uidDates = new Map<string, number>();
  const blocks = icsBlocks(text);
  for (const block of blocks) {
    const lineOf = (name: string) => block.propertyLines.get(name) ?? block.line;
    const written = (name: string) => quoted(block.propertyText.get(name) ?? '');
    const reject = (line: number, reason: string) => void out.rejected.push({ line, reason });
    if (!block.closed) {
      reject(block.line, 'event not closed (no END:VEVENT)');
      continue;
    }
    let event: InstanceType<typeof ICAL.Component> | null;
    try {
      const jcal: unknown = ICAL.parse(`BEGIN:VCALENDAR\r\n${block.text}\r\nEND:VCALENDAR`);
      event = new ICAL.Component(jcal as unknown[]).getFirstSubcomponent('vevent');
    } catch (error) {
      reject(block.line, `unreadable event: ${clip(error instanceof Error ? error.message : String(error), 80)}`);
      continue;
    }
    if (!event) {
      reject(block.line, 'unreadable event');
      continue;
    }
    const start = icsMoment(propertyValue(event, 'dtstart'));
    if (!start) {
      const raw = propertyValue(event, 'dtstart');
      reject(lineOf('DTSTART'), raw === undefined ? 'missing date (no DTSTART)' : `unparseable date ${written('DTSTART')}`);
      continue;
    }
    let endDate: IsoDate | undefined;
    const endRaw = propertyValue(event, 'dtend');
    if (endRaw !== undefined) {
      const end = icsMoment(endRaw);
      if (!end) {
        reject(lineOf('DTEND'), `unparseable end date ${written('DTEND')}`);
        continue;
      }
      // DTEND is exclusive: an all-day event ending 20250512 ends on 2025-05-11.
      if (end.date < start.date || (end.date === start.date && end.seconds < start.seconds)) {
        reject(lineOf('DTEND'), `end date ${end.date} before date ${start.date}`);
        continue;
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
          reject(lineOf('DURATION'), `unreadable duration ${quoted(duration)}`);
          continue;
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
    const issues: RowIssue[] = [];
    const title = textValue(event, 'summary') ?? '';
    const built = buildEvent(
      {
        date: start.date,
        endDate,
        title,
        summary: textValue(event, 'description'),
        url: textValue(event, 'url'),
        tags: categories,
        importance: importanceOf(propertyValue(event, 'priority')),
      },
      { url: lineOf('URL'), tags: lineOf('CATEGORIES') },
      issues,
    );
    if (!built.ok) {
      reject(built.reason === 'missing title' ? lineOf('SUMMARY') : lineOf('DTEND'), built.reason);
      continue;
    }
    const uid = textValue(event, 'uid')?.trim() ?? '';
    const fromUid = uid.replace(/[^A-Za-z0-9_.~-]+/g, '-').slice(0, MAX_ID);
    let id = fromUid !== '' && fromUid !== '-' ? fromUid : derivedEventId(fileName, built.value.date, built.value.title);
    const pair = `${id} ${built.value.date}`;
    const firstLine = uidDates.get(pair);
    if (firstLine !== undefined) {
      reject(block.line, `duplicate event: same ${fromUid ? 'UID' : 'title'} and date as line ${firstLine}`);
      continue;
    }
    uidDates.set(pair, block.line);
    // A recurrence override shares its series' UID: tell them apart by date.
    if (ids.has(id)) id = `${id.slice(0, MAX_ID - 11)}-${built.value.date}`;
    for (let k = 2; ids.has(id); k++) id = `${id.slice(0, MAX_ID - 4)}-${k}`;
    ids.add(id);
    out.rejected.push(...issues);
    out.events.push({ id, ...built.value });
    out.accepted++;
  }
  if (blocks.length === 0) return fail(fileName, 'is a calendar without events (no VEVENT).');
  out.events = sortByDate(out.events);
  return finish(out, blocks.length);
}
