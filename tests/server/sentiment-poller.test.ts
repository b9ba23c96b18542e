// @vitest-environment node
// The sentiment poller against a stream that pages like Stocktwits': new messages first,
// gaps closed, history read back until the volume baseline is covered, each message
// counted once however often it is seen, and never more requests than the budget allows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProviderStatus } from '../../server/services/provider-status';
import { RequestBudget } from '../../server/services/request-budget';
import { createSentimentPoller } from '../../server/services/sentiment-poller';
import { openDatabase, type Db } from '../../server/store/database';
import { createMessageStore } from '../../server/store/message-store';
import { fakeStream, streamOf } from './fakes';

const NOW = Date.parse('2025-07-25T20:00:00Z');
let db: Db;
beforeEach(() => {
  db = openDatabase(':memory:');
});
afterEach(() => db.close());

function poller(stream: ReturnType<typeof fakeStream>, perHour = 10_000, now = () => NOW) {
  const store = createMessageStore(db);
  const status = new ProviderStatus(now);
  return { store, poller: createSentimentPoller({ symbols: ['SPY'], provider: stream, store, status, budget: new RequestBudget(perHour, now), now }) };
}

describe('the sentiment poller', () => {
  it('reads a stream back to its end and serves daily counts equal to the messages served', async () => {
    // 200 messages, one every 3 hours: about 25 days, the whole stream.
    const stream = fakeStream(streamOf('SPY', 200, '2025-07-25T19:00:00Z', 180, 1_000));
    const { store, poller: p } = poller(stream);
    for (let i = 0; i < 3; i++) await p.poll();
    const days = store.days('SPY');
    expect(days.reduce((n, d) => n + d.messages, 0)).toBe(200);
    expect(days.reduce((n, d) => n + d.bullish, 0)).toBe(stream.messages.filter((m) => m.sentiment === 'Bullish').length);
    expect(days.reduce((n, d) => n + d.bearish, 0)).toBe(stream.messages.filter((m) => m.sentiment === 'Bearish').length);
    // A message counts for its New York day: 19:00 UTC on Jul 25 is 15:00 in New York.
    expect(days.at(-1)!.date).toBe('2025-07-25');
    expect(p.coverage().SPY).toMatchObject({ messages: 200, complete: true, neededFrom: '2025-04-19' });
  });

  it('stays exact over repeated polls and picks up new messages, closing the gap when more than a page arrived', async () => {
    const stream = fakeStream(streamOf('SPY', 40, '2025-07-24T19:00:00Z', 60, 1_000));
    const { store, poller: p } = poller(stream);
    await p.poll();
    await p.poll();
    expect(store.coverage('SPY')!.count).toBe(40);
    // 75 new messages: more than two pages above the newest stored.
    stream.messages.unshift(...streamOf('SPY', 75, '2025-07-25T19:00:00Z', 5, 1_040));
    await p.poll();
    await p.poll();
    expect(store.coverage('SPY')!.count).toBe(115);
    expect(store.days('SPY').reduce((n, d) => n + d.messages, 0)).toBe(115);
    const sinceCalls = stream.calls.filter((c) => c.since === 1_039);
    expect(sinceCalls.length).toBeGreaterThanOrEqual(3);
  });

  it('stops reading back once the 97 days of history are covered', async () => {
    // 4,000 messages, one an hour: 166 days, far more than needed.
    const stream = fakeStream(streamOf('SPY', 4_000, '2025-07-25T19:00:00Z', 60, 1));
    const { store, poller: p } = poller(stream);
    for (let i = 0; i < 40; i++) await p.poll();
    const coverage = p.coverage().SPY!;
    expect(coverage.complete).toBe(true);
    expect(coverage.firstDay! <= '2025-04-19').toBe(true);
    // Not the whole stream: it stopped within a page of the baseline.
    expect(store.coverage('SPY')!.count).toBeLessThan(4_000);
    expect(store.coverage('SPY')!.firstDay >= '2025-04-17').toBe(true);
  });

  it('spends no more requests than its hourly budget', async () => {
    const stream = fakeStream(streamOf('SPY', 4_000, '2025-07-25T19:00:00Z', 60, 1));
    const { poller: p } = poller(stream, 40);
    for (let i = 0; i < 10; i++) await p.poll();
    // A fresh budget starts with a quarter of the hour's allowance; the clock here stands still.
    expect(stream.calls).toHaveLength(10);
  });
});
