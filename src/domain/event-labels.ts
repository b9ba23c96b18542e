// What an event marker and a cluster of them are called and what their labels may read
// (docs/definitions.md#accessible-names, "chart marks").
import { formatDay, formatDayRange } from './format';
import type { IsoDate } from './types';

interface Dated {
  date: IsoDate;
  endDate?: IsoDate;
}

/** A marker's accessible name: `Jul 28, 2025 to Jul 29, 2025: US-China trade talks in Stockholm`. */
export function markerName(event: Dated & { title: string }): string {
  return `${formatDay(event.date)}${event.endDate ? ` to ${formatDay(event.endDate)}` : ''}: ${event.title}`;
}

/** A cluster's accessible name: `3 events, Jul 28, 2025 to Aug 1, 2025` (one date when they share it). */
export function clusterName(events: readonly Dated[]): string {
  const first = events.reduce((min, e) => (e.date < min ? e.date : min), events[0]?.date ?? '');
  const last = events.reduce((max, e) => ((e.endDate ?? e.date) > max ? (e.endDate ?? e.date) : max), first);
  return `${events.length} events, ${formatDayRange(first, last)}`;
}

/** Lengths a label is cut to when the whole title does not fit. */
const CUTS = [24, 16];

/**
 * What each event's label may read, longest first: the whole title, then cut to whole
 * words, so every word shown is in the marker's name (WCAG 2.5.3, label in name). A cut
 * that would read like another event's label ("US-China trade…" for talks in four cities)
 * is left out: it would tell them apart from nothing.
 */
export function labelTexts(events: readonly { id: string; title: string }[]): Map<string, string[]> {
  const cut = new Map(events.map((e) => [e.id, CUTS.map((n) => shortLabel(e.title, n)).filter((t) => t !== e.title)]));
  // Which titles each text (whole or cut) could stand for.
  const titlesOf = new Map<string, Set<string>>();
  for (const e of events) {
    for (const text of [e.title, ...cut.get(e.id)!]) titlesOf.set(text, (titlesOf.get(text) ?? new Set()).add(e.title));
  }
  return new Map(
    events.map((e) => {
      const texts = [e.title, ...cut.get(e.id)!.filter((t) => titlesOf.get(t)!.size === 1)];
      return [e.id, [...new Set(texts)]];
    }),
  );
}

/** `title` cut to at most `max` characters at a word boundary, with an ellipsis; as is when it fits. */
export function shortLabel(title: string, max: number): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  // A cut that ends where a word does keeps that word.
  const lastSpace = title[max] === ' ' ? max : cut.lastIndexOf(' ');
  const words = lastSpace > 0 ? cut.slice(0, lastSpace) : title.split(' ')[0]!;
  return `${words.replace(/[\s,;:–-]+$/, '')}…`;
}
