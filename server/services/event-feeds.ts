// The events the server serves: the curated list, plus iCalendar feeds it is told about
// (TRADEWINDS_EVENTS_ICS), read hourly through the same parser Import data uses (repeating
// events expanded). A feed that fails keeps the events it gave last.
import { parseImport } from '../../src/adapters/files/parse-import';
import { eventOrder } from '../../src/domain/event-filter';
import type { MarketEvent } from '../../src/domain/types';
import type { ProviderStatus } from './provider-status';

const HOURLY_MS = 60 * 60_000;
const FEED_TIMEOUT_MS = 10_000;

export interface EventFeeds {
  events(): MarketEvent[];
  /** Reads every feed once (also what the timer runs). */
  refresh(): Promise<void>;
  start(): void;
  stop(): void;
}

export function createEventFeeds(curated: readonly MarketEvent[], feeds: readonly string[], status: ProviderStatus): EventFeeds {
  const byFeed = new Map<string, MarketEvent[]>();
  let timer: ReturnType<typeof setInterval> | undefined;

  async function read(url: string): Promise<void> {
    const name = `events ${new URL(url).host}`;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(FEED_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`${new URL(url).host} answered ${response.status}.`);
      const result = parseImport(new URL(url).pathname.split('/').pop() || 'feed.ics', await response.text());
      if (!result.ok) throw new Error(result.message);
      byFeed.set(url, result.value.events);
      status.succeeded(name);
    } catch (error) {
      status.failed(name, error);
    }
  }

  return {
    events() {
      const seen = new Map<string, MarketEvent>();
      for (const event of [...curated, ...[...byFeed.values()].flat()]) if (!seen.has(event.id)) seen.set(event.id, event);
      return [...seen.values()].sort(eventOrder);
    },
    async refresh() {
      await Promise.all(feeds.map(read));
    },
    start() {
      if (feeds.length === 0) return;
      void this.refresh();
      timer = setInterval(() => void this.refresh(), HOURLY_MS);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
    },
  };
}
