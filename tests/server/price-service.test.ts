// @vitest-environment node
// Prices as the server serves them: fetched once for many requests, a whole history the
// first time and only the last days after that, answered from the store when the provider
// fails or hangs, and never later than the request's budget.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPriceService } from '../../server/services/price-service';
import { ProviderStatus } from '../../server/services/provider-status';
import { openDatabase, type Db } from '../../server/store/database';
import { createPriceStore } from '../../server/store/price-store';
import { fakePrices } from './fakes';

const SPY = [
  { date: '2025-07-23', close: 634.21 },
  { date: '2025-07-24', close: 634.42 },
  { date: '2025-07-25', close: 637.1 },
];
// Friday Jul 25, 2025, 18:00 in New York: that session has closed.
const FRIDAY_EVENING = Date.parse('2025-07-25T22:00:00Z');

let db: Db;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

function service(options: { now?: () => number; budgetMs?: number } = {}) {
  const provider = fakePrices({ SPY });
  const status = new ProviderStatus(options.now);
  const store = createPriceStore(db);
  const prices = createPriceService({ store, provider, status, now: options.now ?? (() => FRIDAY_EVENING), budgetMs: options.budgetMs, earliest: '2025-01-01' });
  return { provider, status, store, prices };
}

describe('the price service', () => {
  it('fetches a symbol’s whole history once, however many ask at the same time', async () => {
    const { provider, prices } = service();
    const answers = await Promise.all([prices.series('SPY'), prices.series('SPY'), prices.series('SPY', '2025-07-24')]);
    expect(provider.calls).toEqual([{ symbol: 'SPY', from: '2025-01-01', to: '2025-07-25' }]);
    expect(answers[0]).toEqual({ kind: 'bars', bars: SPY });
    expect(answers[2]).toEqual({ kind: 'bars', bars: SPY.slice(1) });
    // Stored: the next request asks no one.
    await prices.series('SPY');
    expect(provider.calls).toHaveLength(1);
  });

  it('after a new session closes, fetches only the last days again', async () => {
    let now = FRIDAY_EVENING;
    const { provider, prices, store } = service({ now: () => now });
    store.save('SPY', SPY.slice(0, 2));
    now = Date.parse('2025-07-26T00:00:00Z'); // Friday 20:00 in New York
    expect(await prices.series('SPY')).toEqual({ kind: 'bars', bars: SPY });
    expect(provider.calls).toEqual([{ symbol: 'SPY', from: '2025-07-17', to: '2025-07-25' }]);
  });

  it('refreshes the symbols it is given when a session has closed since, and only then', async () => {
    let now = FRIDAY_EVENING;
    const { provider, prices, store } = service({ now: () => now });
    store.save('SPY', SPY.slice(0, 2));
    await prices.refreshDue(['SPY']);
    expect(store.bars('SPY').at(-1)).toEqual(SPY[2]);
    now = Date.parse('2025-07-26T16:00:00Z'); // Saturday: no session has closed since
    await prices.refreshDue(['SPY']);
    expect(provider.calls).toEqual([{ symbol: 'SPY', from: '2025-07-17', to: '2025-07-25' }]);
  });

  it('says a symbol the provider does not know is unknown, and does not ask again for an hour', async () => {
    const { provider, prices } = service();
    expect(await prices.series('ZZZZ')).toEqual({ kind: 'unknown' });
    expect(await prices.series('ZZZZ')).toEqual({ kind: 'unknown' });
    expect(provider.calls).toHaveLength(1);
  });

  it('answers from the store while the provider fails, and backs off from asking it', async () => {
    let now = FRIDAY_EVENING;
    const { provider, prices, store, status } = service({ now: () => now });
    store.save('SPY', SPY.slice(0, 2));
    provider.mode = 'fail';
    now = Date.parse('2025-07-26T00:00:00Z');
    expect(await prices.series('SPY')).toEqual({ kind: 'bars', bars: SPY.slice(0, 2) });
    expect(status.snapshot()['fake-prices']).toMatchObject({ lastError: { message: 'fake-prices could not be reached.' }, nextTry: '2025-07-26T00:00:30.000Z' });
    expect(await prices.series('QQQ')).toEqual({ kind: 'unavailable', reason: 'fake-prices could not be reached.' });
    expect(provider.calls).toHaveLength(1);
  });

  it('never waits longer than its budget for a provider that hangs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const { provider, prices, store } = service({ budgetMs: 10_000 });
      provider.mode = 'hang';
      store.save('SPY', SPY.slice(0, 1));
      const answer = prices.series('QQQ');
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await answer).toEqual({ kind: 'unavailable', reason: 'fake-prices has not answered yet' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers a stored symbol from the store after a short wait while its refresh hangs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      let now = FRIDAY_EVENING;
      const { provider, prices, store } = service({ now: () => now });
      store.save('SPY', SPY.slice(0, 2));
      provider.mode = 'hang';
      now = Date.parse('2025-07-26T00:00:00Z'); // a session has closed since: a refresh is due
      let answered = false;
      const answer = prices.series('SPY').then((a) => ((answered = true), a));
      await vi.advanceTimersByTimeAsync(1_999);
      expect(answered).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await answer).toEqual({ kind: 'bars', bars: SPY.slice(0, 2) });
      expect(provider.calls).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
