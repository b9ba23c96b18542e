// The user's own events, kept in the browser's IndexedDB (idb-keyval). What is read
// back is validated like any other input: a damaged record is skipped and counted,
// never allowed to break the page.
import { createStore, get, set } from 'idb-keyval';
import * as z from 'zod/mini';
import { isIsoDate } from '@/domain/dates';
import type { MarketEvent, TimelineEvent } from '@/domain/types';
import { safeUrl } from '@/domain/url';

const KEY = 'own-events';
let store: ReturnType<typeof createStore> | undefined;
// Opened lazily: the first read happens after the page is up, and tests get a fresh one.
const db = () => (store ??= createStore('tradewinds', 'events'));

const isoDate = z.string().check(z.refine(isIsoDate));
const storedEvent = z.object({
  id: z.string().check(z.regex(/^own-[a-z0-9-]{1,60}$/)),
  date: isoDate,
  endDate: z.optional(isoDate),
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  summary: z.optional(z.string().check(z.maxLength(2000))),
  url: z.optional(z.string().check(z.refine((u) => safeUrl(u)))),
  tags: z.array(z.string().check(z.maxLength(40))),
});

export interface OwnEvents {
  events: TimelineEvent[];
  /** Records that could not be read back. */
  skipped: number;
}

export async function loadOwnEvents(): Promise<OwnEvents> {
  const raw: unknown = await get(KEY, db());
  const list = Array.isArray(raw) ? raw : [];
  const events: TimelineEvent[] = [];
  for (const item of list) {
    const parsed = storedEvent.safeParse(item);
    if (parsed.success) events.push({ ...parsed.data, own: true });
  }
  return { events, skipped: list.length - events.length };
}

export type NewOwnEvent = Omit<MarketEvent, 'id' | 'source' | 'symbols'>;

export async function addOwnEvent(event: NewOwnEvent): Promise<TimelineEvent> {
  const { events } = await loadOwnEvents();
  const stored = { ...event, id: newId() };
  storedEvent.parse(stored);
  await set(KEY, [...events.map(strip), stored], db());
  return { ...stored, own: true };
}

export async function deleteOwnEvent(id: string): Promise<void> {
  const { events } = await loadOwnEvents();
  await set(KEY, events.filter((e) => e.id !== id).map(strip), db());
}

function strip({ own, ...event }: TimelineEvent): MarketEvent {
  return event;
}

function newId(): string {
  const random = crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36);
  return `own-${Date.now().toString(36)}-${random}`;
}
