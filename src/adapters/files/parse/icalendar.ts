// An iCalendar file (.ics) imported as market events: each VEVENT read by ical.js
// (ics-event.ts), a repeating one on every date it falls on in the years around the
// import (ics-recurrence.ts), its UID kept as the id where it can be.
import { addDays, toTime } from '@/domain/dates';
import { formatDay } from '@/domain/format';
import type { IsoDate } from '@/domain/types';
import { derivedEventId, type EventDraft } from './event-draft';
import { icsBlocks, type IcsBlock } from './ics-blocks';
import { dayValue, parseVevent, readVevent, textValue, type IcsComponent } from './ics-event';
import { expandRepeats, isRepeating, recurrenceSpan } from './ics-recurrence';
import { clip } from './text';
import { emptyImport, fail, finish, sortByDate, type ImportResult, type ParsedImport, type RowIssue } from './result';

const MAX_ID = 100;

interface Vevent {
  block: IcsBlock;
  event: IcsComponent;
  /** The UID made URL-safe; '' without one. */
  uid: string;
}

export function parseIcs(fileName: string, text: string, now: number): ImportResult {
  const out = emptyImport(fileName, 'iCalendar events', 'events');
  const blocks = icsBlocks(text);
  if (blocks.length === 0) return fail(fileName, 'is a calendar without events (no VEVENT).');
  const vevents: Vevent[] = [];
  for (const block of blocks) {
    if (!block.closed) {
      out.rejected.push({ line: block.line, reason: 'event not closed (no END:VEVENT)' });
      continue;
    }
    const parsed = parseVevent(block);
    if (!parsed.ok) {
      out.rejected.push({ line: block.line, reason: parsed.reason });
      continue;
    }
    const uid = textValue(parsed.value, 'uid')?.trim().replace(/[^A-Za-z0-9_.~-]+/g, '-').slice(0, MAX_ID) ?? '';
    vevents.push({ block, event: parsed.value, uid: uid === '-' ? '' : uid });
  }
  const events = eventsOf(out, vevents, now);
  events.forEach((event) => out.events.push(event));
  out.events = sortByDate(out.events);
  return finish(out, blocks.length);
}

/** Every event the VEVENTs give, with unique ids; rejections and notes go to `out`. */
function eventsOf(out: ParsedImport, vevents: readonly Vevent[], now: number) {
  // A RECURRENCE-ID event replaces one date of its series: that date is not repeated.
  const replaced = new Map<string, Set<IsoDate>>();
  for (const { event, uid } of vevents) {
    const day = dayValue(event, 'recurrence-id');
    if (uid && day) replaced.set(uid, (replaced.get(uid) ?? new Set()).add(day));
  }
  const span = recurrenceSpan(now);
  const ids = new Set<string>();
  const uidDates = new Map<string, number>();
  const unique = (wanted: string) => {
    let id = wanted;
    for (let k = 2; ids.has(id); k++) id = `${wanted.slice(0, MAX_ID - 4)}-${k}`;
    ids.add(id);
    return id;
  };
  const made: { id: string; draft: EventDraft }[] = [];
  for (const { block, event, uid } of vevents) {
    const issues: RowIssue[] = [];
    const read = readVevent(event, block, issues);
    if (!read.ok) {
      out.rejected.push({ line: read.line, reason: read.reason });
      continue;
    }
    const draft = read.value;
    const seriesId = uid || derivedEventId(out.fileName, draft.date, draft.title);
    const recurrenceDay = dayValue(event, 'recurrence-id');
    const expansion = isRepeating(event) && !recurrenceDay ? expandRepeats(event, draft.title, span, (uid && replaced.get(uid)) || new Set()) : undefined;
    if (expansion && !expansion.ok && !expansion.unreadable) {
      out.rejected.push({ line: block.line, reason: expansion.reason });
      continue;
    }
    if (expansion?.ok) {
      // Each date its own event, as long as the first: its id the series' and its date.
      const days = draft.endDate ? Math.round((toTime(draft.endDate) - toTime(draft.date)) / 86_400_000) : 0;
      for (const date of expansion.dates) {
        const occurrence: EventDraft = { ...draft, date };
        if (draft.endDate) occurrence.endDate = addDays(date, days);
        made.push({ id: unique(`${seriesId.slice(0, MAX_ID - 11)}-${date}`), draft: occurrence });
      }
      out.notes.push({ line: block.line, text: expansion.note });
    } else {
      if (expansion) out.notes.push({ line: block.line, text: `"${clip(draft.title, 60)}" ${expansion.reason}: only its first date, ${formatDay(draft.date)}, is kept.` });
      const pair = `${seriesId} ${draft.date}`;
      const firstLine = uidDates.get(pair);
      if (firstLine !== undefined) {
        out.rejected.push({ line: block.line, reason: `duplicate event: same ${uid ? 'UID' : 'title'} and date as line ${firstLine}` });
        continue;
      }
      uidDates.set(pair, block.line);
      // A replaced date keeps the id it has in its series, so a moved meeting is the same event;
      // events that share a UID otherwise are told apart by date.
      let id = recurrenceDay ? `${seriesId.slice(0, MAX_ID - 11)}-${recurrenceDay}` : seriesId;
      if (ids.has(id)) id = `${id.slice(0, MAX_ID - 11)}-${draft.date}`;
      made.push({ id: unique(id), draft });
    }
    out.rejected.push(...issues);
    out.accepted++;
  }
  return made.map(({ id, draft }) => ({ id, ...draft }));
}
