// Which events a view shows: those overlapping the range, carrying a chosen tag.
import { byDate } from './dates';
import type { IsoDate, MarketEvent } from './types';

/** An event is in range when any of its days falls between `from` and `to` (inclusive). */
export function overlapsRange(event: MarketEvent, from: IsoDate | undefined, to: IsoDate): boolean {
  return event.date <= to && (from === undefined || (event.endDate ?? event.date) >= from);
}

/** No tags chosen = every event; otherwise events carrying any chosen tag. */
export function hasAnyTag(event: MarketEvent, tags: readonly string[]): boolean {
  return tags.length === 0 || event.tags.some((t) => tags.includes(t));
}

/** Timeline order: by date, then by id, so events of one day keep one order everywhere. */
export function eventOrder(a: MarketEvent, b: MarketEvent): number {
  return byDate(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
