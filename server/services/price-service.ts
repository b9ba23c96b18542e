// Prices as the API serves them: from the store, after asking the provider for what the
// store lacks (a symbol's whole history the first time, its last days when a session has
// closed since). Many requests for one symbol share one upstream fetch; a request never
// waits longer than its budget for the provider, and answers from the store when it fails.
// A symbol the store already holds waits only briefly for its last days: a day-old close
// now is worth more than today's in ten seconds, and the fetch lands for the next request.
import { addDays } from '../../src/domain/dates';
import type { IsoDate, PriceBar, Ticker } from '../../src/domain/types';
import { ProviderError, type PriceProvider } from '../providers/provider';
import { lastClosedSession, newYorkDate } from '../providers/ny-date';
import type { PriceStore } from '../store/price-store';
import type { ProviderStatus } from './provider-status';

export type SeriesAnswer = { kind: 'bars'; bars: PriceBar[] } | { kind: 'unknown' } | { kind: 'unavailable'; reason: string };

export interface PriceService {
  series(symbol: Ticker, from?: IsoDate, to?: IsoDate): Promise<SeriesAnswer>;
  /** Fetches what `symbols` lack now (nothing when no session has closed since), so the next request finds it stored. */
  refreshDue(symbols: readonly Ticker[]): Promise<void>;
}

interface PriceServiceOptions {
  store: PriceStore;
  provider: PriceProvider;
  status: ProviderStatus;
  now?: () => number;
  /** How long a request for a symbol the store lacks waits for the provider. */
  budgetMs?: number;
  /** How long a request for a stored symbol waits for its refresh before answering from the store. */
  refreshWaitMs?: number;
  /** Where a symbol's history starts when it is first asked for. */
  earliest?: IsoDate;
}

/** Between two checks of a symbol for a newly closed session. */
const RECHECK_MS = 30 * 60_000;
/** How far back a refresh reads again: providers correct recent bars. */
const REFRESH_DAYS = 7;
/** How long a symbol the provider does not know is not asked again. */
const UNKNOWN_FOR_MS = 60 * 60_000;

export function createPriceService({ store, provider, status, now = Date.now, budgetMs = 10_000, refreshWaitMs = 2_000, earliest = '1993-01-01' }: PriceServiceOptions): PriceService {
  const inFlight = new Map<Ticker, Promise<void>>();
  const checkedAt = new Map<Ticker, number>();
  const unknownUntil = new Map<Ticker, number>();

  /** The fetch this symbol needs now, if any (shared with whoever asked first). */
  function refresh(symbol: Ticker): Promise<void> | undefined {
    const running = inFlight.get(symbol);
    if (running) return running;
    const today = newYorkDate(now());
    const span = store.span(symbol);
    // Asked again only once a session has closed after the last stored bar (not on a weekend).
    const due = !span || (span.last < lastClosedSession(now()) && now() - (checkedAt.get(symbol) ?? 0) >= RECHECK_MS);
    if (!due || (unknownUntil.get(symbol) ?? 0) > now() || !status.mayAsk(provider.name)) return undefined;
    checkedAt.set(symbol, now());
    const from = span ? addDays(span.last, -REFRESH_DAYS) : earliest;
    const job = provider
      .fetchDaily(symbol, from, today)
      .then((bars) => {
        store.save(symbol, bars);
        status.succeeded(provider.name);
      })
      .catch((error: unknown) => {
        if (error instanceof ProviderError && error.kind === 'unknown_symbol') unknownUntil.set(symbol, now() + UNKNOWN_FOR_MS);
        else status.failed(provider.name, error);
      })
      .finally(() => inFlight.delete(symbol));
    inFlight.set(symbol, job);
    return job;
  }

  return {
    async refreshDue(symbols) {
      await Promise.all(symbols.map((symbol) => refresh(symbol)));
    },
    async series(symbol, from, to) {
      const stored = store.span(symbol) !== undefined;
      const job = refresh(symbol);
      if (job) await Promise.race([job, new Promise((resolve) => setTimeout(resolve, stored ? refreshWaitMs : budgetMs).unref())]);
      if (store.span(symbol)) return { kind: 'bars', bars: store.bars(symbol, from, to) };
      if ((unknownUntil.get(symbol) ?? 0) > now()) return { kind: 'unknown' };
      const reason = status.snapshot()[provider.name]?.lastError?.message ?? `${provider.name} has not answered yet`;
      return { kind: 'unavailable', reason };
    },
  };
}
