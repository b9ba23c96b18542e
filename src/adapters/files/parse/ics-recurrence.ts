// The dates a repeating calendar event falls on (RRULE, RDATE, less EXDATE), read with
// ical.js's recurrence iterator over a bounded span around the import, so a yearly
// holiday is on the timeline every year it is in view, not only the first.
import ICAL from 'ical.js';
import { addMonths, fromTime, isIsoDate } from '@/domain/dates';
import { formatCount, formatDay, formatDayRange } from '@/domain/format';
import type { IsoDate } from '@/domain/types';
import type { IcsComponent } from './ics-event';
import { clip } from './text';

/** Dates kept per repeating event: a daily rule over seven years would flood the timeline. */
export const MAX_OCCURRENCES = 500;
/** Repeats stepped through per event, kept or not: ical.js takes ~20 µs a step. */
const MAX_STEPS = 10_000;
/** Repeats stepped through per file, so a file of old daily rules cannot stall the import. */
const MAX_FILE_STEPS = 50_000;

/** The dates repeats are read over: 5 years before the import to 2 years after. */
export interface RecurrenceSpan {
  from: IsoDate;
  to: IsoDate;
  /** Steps left for the rest of the file. */
  stepsLeft: number;
}

export function recurrenceSpan(now: number): RecurrenceSpan {
  const today = fromTime(now);
  return { from: addMonths(today, -60), to: addMonths(today, 24), stepsLeft: MAX_FILE_STEPS };
}

export function isRepeating(event: IcsComponent): boolean {
  return event.hasProperty('rrule') || event.hasProperty('rdate');
}

export type Expansion =
  | { ok: true; dates: IsoDate[]; note: string }
  /** `unreadable`: ical.js could not follow the rule; the event still has its first date. */
  | { ok: false; reason: string; unreadable?: boolean };

/**
 * The calendar days (as written, in the event's own zone) the event falls on inside the
 * span, in order, without `skip` (dates a RECURRENCE-ID event replaces), at most
 * MAX_OCCURRENCES; with a sentence for the report. Several repeats on one day are one date.
 */
export function expandRepeats(event: IcsComponent, title: string, span: RecurrenceSpan, skip: ReadonlySet<IsoDate>): Expansion {
  const dates: IsoDate[] = [];
  let earlier = 0;
  let cut: 'span' | 'count' | 'steps' | undefined;
  try {
    for (const date of repeatDays(event, span)) {
      if (date === STEPS_RAN_OUT || date > span.to) {
        cut = date === STEPS_RAN_OUT ? 'steps' : 'span';
        break;
      }
      if (date < span.from) {
        earlier++;
        continue;
      }
      if (date === dates[dates.length - 1] || skip.has(date)) continue;
      if (dates.length === MAX_OCCURRENCES) {
        cut = 'count';
        break;
      }
      dates.push(date);
    }
  } catch (error) {
    return { ok: false, unreadable: true, reason: `its repeat rule could not be read (${clip(error instanceof Error ? error.message : String(error), 80)})` };
  }
  const quotedTitle = `"${clip(title, 60)}"`;
  if (dates.length === 0) {
    const why =
      cut === 'steps'
        ? `repeats too often to be followed up to ${formatDay(span.from)}`
        : `repeats on no date from ${formatDayRange(span.from, span.to)}, the years read around today`;
    return { ok: false, reason: `${quotedTitle} ${why}` };
  }
  const parts = [`${quotedTitle} repeats: ${formatCount(dates.length, 'date')}, ${formatDayRange(dates[0]!, dates[dates.length - 1]!)}`];
  if (earlier > 0) parts.push(`${formatCount(earlier, 'earlier date')} before ${formatDay(span.from)} left out`);
  if (cut === 'span') parts.push(`it goes on after ${formatDay(span.to)}, as far ahead as repeats are read`);
  if (cut === 'count') parts.push(`cut at ${MAX_OCCURRENCES} dates`);
  if (cut === 'steps') parts.push('stopped early: it repeats too often to follow every date');
  return { ok: true, dates, note: `${parts.join('; ')}.` };
}

const STEPS_RAN_OUT = 'steps';
const dayOf = (time: InstanceType<typeof ICAL.Time>) => (time.year > 9999 ? '9999-12-31' : time.toString().slice(0, 10));

/**
 * The event's days in order, as ical.js's iterator gives them (EXDATE honoured), until
 * the steps run out ('steps'). ical.js leaves DTSTART out when there is no RRULE, though
 * RFC 5545 makes it the first instance: then the few days are gathered and sorted.
 */
function* repeatDays(event: IcsComponent, span: RecurrenceSpan): Generator<IsoDate> {
  const ical = new ICAL.Event(event);
  const iterator = ical.iterator();
  if (!event.hasProperty('rrule')) {
    const excluded = new Set(event.getAllProperties('exdate').flatMap((p) => p.getValues() as InstanceType<typeof ICAL.Time>[]).map(dayOf));
    const days = new Set<IsoDate>(excluded.has(dayOf(ical.startDate)) ? [] : [dayOf(ical.startDate)]);
    for (let next = iterator.next(), steps = 0; next && steps < MAX_STEPS; next = iterator.next(), steps++) days.add(dayOf(next));
    yield* [...days].filter(isIsoDate).sort();
    return;
  }
  let steps = 0;
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (++steps > MAX_STEPS || span.stepsLeft-- <= 0) {
      yield STEPS_RAN_OUT;
      return;
    }
    const day = dayOf(next);
    if (isIsoDate(day)) yield day;
  }
}
