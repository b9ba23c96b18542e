// Which events a view shows: those overlapping the range, carrying a chosen tag.
import type { IsoDate, MarketEvent } from './types';

/** An event is in range when any of its days falls between `from` and `to` (inclusive). */
export function overlapsRange(event: MarketEvent, from: IsoDate | undefined, to: IsoDate): boolean {
  return event.date <= to && (from === undefined || (event.endDate ?? event.date) >= from);
}

/** No tags chosen = every event; otherwise events carrying any chosen tag. */
export function hasAnyTag(event: MarketEvent, tags: readonly string[]): boolean {
  return tags.length === 0 || event.tags.some((t) => tags.includes(t));
}

export function byDate(a: MarketEvent, b: MarketEvent): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
