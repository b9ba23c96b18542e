// Keeps the watched symbols' message streams in the store: on start and then every poll
// interval, each symbol's new messages first (paging back to close any gap), then older
// pages until the history covers the 90-day volume baseline and its week, or the stream
// ends, all within the provider's request budget. Each message is stored once, by id.
import { addDays } from '../../src/domain/dates';
import type { IsoDate, Ticker } from '../../src/domain/types';
import type { SentimentProvider, StreamPage } from '../providers/provider';
import { newYorkDate } from '../providers/ny-date';
import type { MessageStore } from '../store/message-store';
import type { ProviderStatus } from './provider-status';
import type { RequestBudget } from './request-budget';

/** The days a reading needs: the 7-day window and the 90 days of normal before it (docs/definitions.md#sentiment). */
export const HISTORY_DAYS = 97;
/** Pages read back per symbol per poll, so one symbol's history never starves the others. */
const BACK_PAGES_PER_POLL = 5;

export interface SymbolCoverage {
  messages: number;
  firstDay?: IsoDate;
  lastDay?: IsoDate;
  /** The day history must reach for a full volume baseline. */
  neededFrom: IsoDate;
  /** Whether it does (or the stream has nothing older). */
  complete: boolean;
}

export interface SentimentPoller {
  /** One round over every symbol (also what the timer runs). */
  poll(): Promise<void>;
  start(intervalSeconds: number): void;
  stop(): void;
  coverage(): Record<Ticker, SymbolCoverage>;
}

interface PollerOptions {
  symbols: readonly Ticker[];
  provider: SentimentProvider;
  store: MessageStore;
  status: ProviderStatus;
  budget: RequestBudget;
  now?: () => number;
}

export function createSentimentPoller({ symbols, provider, store, status, budget, now = Date.now }: PollerOptions): SentimentPoller {
  /** Symbols whose stream has nothing older than what is stored. */
  const ended = new Set<Ticker>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<void> | undefined;

  /** One page, or undefined when the budget or the provider says not now. */
  async function page(symbol: Ticker, cursor: { max?: number; since?: number }): Promise<StreamPage | undefined> {
    if (!status.mayAsk(provider.name) || !budget.take()) return undefined;
    try {
      const answer = await provider.fetchPage(symbol, cursor);
      status.succeeded(provider.name);
      store.save(answer.messages.map((m) => ({ ...m, day: newYorkDate(m.createdAt) })));
      return answer;
    } catch (error) {
      status.failed(provider.name, error);
      return undefined;
    }
  }

  async function catchUp(symbol: Ticker): Promise<void> {
    const since = store.coverage(symbol)?.newestId;
    let answer = await page(symbol, since === undefined ? {} : { since });
    // A full page of newer messages may leave a gap above `since`: read down to it.
    while (since !== undefined && answer && answer.older !== undefined && answer.messages.length > 0 && Math.min(...answer.messages.map((m) => m.id)) > since + 1) {
      answer = await page(symbol, { max: answer.older, since });
    }
    if (since === undefined && answer && answer.older === undefined) ended.add(symbol);
  }

  async function readBack(symbol: Ticker): Promise<void> {
    for (let i = 0; i < BACK_PAGES_PER_POLL && !isComplete(symbol); i++) {
      const oldest = store.coverage(symbol)?.oldestId;
      if (oldest === undefined) return;
      // `max: oldest`, not oldest - 1: the API answers ids below max (the docs say at or
      // below; then the oldest comes once more and is stored once).
      const answer = await page(symbol, { max: oldest });
      if (!answer) return;
      if (answer.older === undefined || !answer.messages.some((m) => m.id < oldest)) ended.add(symbol);
    }
  }

  function neededFrom(): IsoDate {
    return addDays(newYorkDate(now()), -HISTORY_DAYS);
  }

  function isComplete(symbol: Ticker): boolean {
    const first = store.coverage(symbol)?.firstDay;
    return ended.has(symbol) || (first !== undefined && first <= neededFrom());
  }

  async function pollAll(): Promise<void> {
    for (const symbol of symbols) await catchUp(symbol);
    for (const symbol of symbols) await readBack(symbol);
  }

  return {
    poll() {
      // A round still running (a slow provider) is joined, not doubled.
      running ??= pollAll().finally(() => (running = undefined));
      return running;
    },
    start(intervalSeconds) {
      void this.poll();
      timer = setInterval(() => void this.poll(), intervalSeconds * 1000);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
    },
    coverage() {
      return Object.fromEntries(
        symbols.map((symbol) => {
          const c = store.coverage(symbol);
          return [symbol, { messages: c?.count ?? 0, firstDay: c?.firstDay, lastDay: c?.lastDay, neededFrom: neededFrom(), complete: isComplete(symbol) }];
        }),
      );
    },
  };
}
