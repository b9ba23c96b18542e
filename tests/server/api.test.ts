// @vitest-environment node
// The server's REST contract, asked the way the dashboard asks it: parameters checked with
// the contract's errors, prices and sentiment from the store, unknown symbols named, the
// bearer token required when set, and the built page told it is served here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { curatedEvents } from '../../mocks/curated-events';
import { createApp } from '../../server/app';
import { createEventFeeds } from '../../server/services/event-feeds';
import { createPriceService } from '../../server/services/price-service';
import { ProviderStatus } from '../../server/services/provider-status';
import { RequestBudget } from '../../server/services/request-budget';
import { createSentimentPoller } from '../../server/services/sentiment-poller';
import { openDatabase, type Db } from '../../server/store/database';
import { createMessageStore } from '../../server/store/message-store';
import { createPriceStore } from '../../server/store/price-store';
import { fakePrices, fakeStream, streamOf } from './fakes';

const NOW = Date.parse('2025-07-25T22:00:00Z');
let db: Db;
let dist: string;
beforeEach(() => {
  db = openDatabase(':memory:');
  dist = mkdtempSync(join(tmpdir(), 'tradewinds-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head><title>Tradewinds</title></head><body></body></html>');
});
afterEach(() => {
  db.close();
  rmSync(dist, { recursive: true, force: true });
});

function app(apiToken?: string) {
  const status = new ProviderStatus(() => NOW);
  const priceStore = createPriceStore(db);
  const messages = createMessageStore(db);
  const prices = createPriceService({
    store: priceStore,
    provider: fakePrices({ SPY: [{ date: '2025-07-24', close: 634.42 }, { date: '2025-07-25', close: 637.1, adjClose: 636 }] }),
    status,
    now: () => NOW,
    earliest: '2025-01-01',
  });
  const stream = fakeStream(streamOf('SPY', 12, '2025-07-25T19:00:00Z', 60, 1));
  const poller = createSentimentPoller({ symbols: ['SPY', 'QQQ'], provider: stream, store: messages, status, budget: new RequestBudget(100, () => NOW), now: () => NOW });
  const events = createEventFeeds(curatedEvents, [], status);
  return { poller, server: createApp({ prices, priceStore, messages, poller, events, status, watched: ['SPY', 'QQQ'], apiToken, corsOrigins: [], distDir: dist }) };
}

describe('the server’s API', () => {
  it('serves prices through the contract, naming the symbols it does not know', async () => {
    const { server } = app();
    const response = await server.request('/api/v1/prices?symbols=SPY,ZZZZ&from=2025-07-25');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ series: [{ symbol: 'SPY', bars: [{ date: '2025-07-25', close: 637.1, adjClose: 636 }] }], unknown: ['ZZZZ'] });
    const none = await server.request('/api/v1/prices?symbols=ZZZZ');
    expect(none.status).toBe(404);
    expect(await none.json()).toEqual({ error: { code: 'unknown_symbol', message: 'Unknown symbol: ZZZZ' } });
  });

  it('refuses malformed parameters with the contract’s 400', async () => {
    const { server } = app();
    for (const query of ['symbols=S%3CB%3E', 'symbols=SPY&from=2025-13-01', 'symbols=SPY&from=2025-07-25&to=2025-07-01', '']) {
      const response = await server.request(`/api/v1/prices?${query}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'bad_request' } });
    }
  });

  it('serves daily sentiment counts of the watched symbols, and health with each symbol’s history', async () => {
    const { server, poller } = app();
    await poller.poll();
    const response = await server.request('/api/v1/sentiment?symbols=SPY,FXI');
    const body = (await response.json()) as { series: { symbol: string; days: { messages: number }[] }[]; unknown: string[] };
    expect(body.unknown).toEqual(['FXI']);
    expect(body.series[0]!.days.reduce((n, d) => n + d.messages, 0)).toBe(12);
    const health = (await (await server.request('/api/v1/health')).json()) as { providers: Record<string, object>; sentiment: Record<string, object> };
    expect(health.providers['fake-stream']).toMatchObject({ lastSuccess: '2025-07-25T22:00:00.000Z' });
    expect(health.sentiment.SPY).toMatchObject({ messages: 12, complete: true });
    expect(health.sentiment.QQQ).toMatchObject({ messages: 0, complete: true });
  });

  it('serves events and symbols, and a 404 of the contract for any other route', async () => {
    const { server } = app();
    const events = (await (await server.request('/api/v1/events?from=2025-07-28&to=2025-07-29')).json()) as { events: { id: string }[] };
    expect(events.events.map((e) => e.id)).toContain('2025-07-stockholm-talks');
    expect(await (await server.request('/api/v1/symbols')).json()).toEqual({ symbols: [{ symbol: 'QQQ', name: 'QQQ' }, { symbol: 'SPY', name: 'SPY' }] });
    const missing = await server.request('/api/v1/nothing');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'not_found', message: 'No route GET /api/v1/nothing' } });
  });

  it('asks for the bearer token on every API route when one is set, and never echoes it', async () => {
    const { server } = app('s3cret-token');
    for (const path of ['/api/v1/prices?symbols=SPY', '/api/v1/health', '/api/v1/symbols']) {
      const refused = await server.request(path);
      expect(refused.status).toBe(401);
      expect(await refused.text()).not.toContain('s3cret');
      expect((await server.request(path, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    }
    expect((await server.request('/api/v1/symbols', { headers: { Authorization: 'Bearer s3cret-token' } })).status).toBe(200);
  });

  it('serves the built page told that it is served here, with headers a meta policy cannot set', async () => {
    const { server } = app();
    const page = await server.request('/');
    expect(await page.text()).toContain('<meta name="tradewinds-api" content="/api/v1">');
    expect(page.headers.get('Content-Security-Policy')).toBe("frame-ancestors 'none'");
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });
});
