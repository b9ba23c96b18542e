// What every imported event must have, however it was written (a CSV row, an iCalendar
// VEVENT): the MarketEvent rules of docs/definitions.md#types, a link kept only if http(s).
import type { IsoDate, MarketEvent } from '@/domain/types';
import { safeUrl } from '@/domain/url';
import { normaliseTags } from './cells';
import type { Checked, RowIssue } from './result';
import { fileStem, hash, slug, truncate } from './text';

const MAX_TITLE = 300;
const MAX_SUMMARY = 2000;
const LINK_DROPPED = 'link dropped: only http(s)';

/** An event before its id, which each format derives its own way. */
export type EventDraft = Omit<MarketEvent, 'id'>;

/** Checks the parts every event needs, trims long text, drops a non-http(s) link or an unwritable tag (noting it). */
export function buildEvent(draft: EventDraft, lines: { url: number; tags: number }, issues: RowIssue[]): Checked<EventDraft> {
  const title = draft.title.trim();
  if (title === '') return { ok: false, reason: 'missing title' };
  if (draft.endDate !== undefined && draft.endDate < draft.date) {
    return { ok: false, reason: `end date ${draft.endDate} before date ${draft.date}` };
  }
  const event: EventDraft = { date: draft.date, title: truncate(title, MAX_TITLE), tags: normaliseTags(draft.tags, lines.tags, issues) };
  if (draft.endDate !== undefined && draft.endDate > draft.date) event.endDate = draft.endDate;
  const summary = draft.summary?.trim();
  if (summary) event.summary = truncate(summary, MAX_SUMMARY);
  const source = draft.source?.trim();
  if (source) event.source = truncate(source, 200);
  const url = draft.url?.trim();
  if (url) {
    if (isHttpLink(url)) event.url = url;
    else issues.push({ line: lines.url, reason: LINK_DROPPED });
  }
  if (draft.symbols && draft.symbols.length > 0) event.symbols = draft.symbols;
  if (draft.importance) event.importance = draft.importance;
  return { ok: true, value: event };
}

/**
 * http(s) only, and kept exactly as written: the URL parser forgives tabs and line breaks
 * inside a link (`h\tttps://`), so a link holding any whitespace or control character is dropped too.
 */
function isHttpLink(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^https?:\/\/[^\u0000-\u0020\u007f-\u009f]+$/i.test(url) && safeUrl(url);
}

export function derivedEventId(fileName: string, date: IsoDate, title: string): string {
  return `${slug(fileStem(fileName), 40) || 'events'}-${date}-${hash(title)}`;
}
