// The REST contract at /api/v1 (docs/data-contract.md), answered from the store: prices
// (fetched through when the store lacks them), daily sentiment counts, events, symbols,
// and the providers' health. Parameters are read as every server of the contract reads
// them (src/domain/contract-requests.ts); every error has the contract's shape.
import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { apiError, eventsForRequest, noneKnown, parseEventParams, parseRangeParams, type ApiResult } from '../src/domain/contract-requests';
import type { PriceSeries, SentimentSeries, SymbolInfo, Ticker } from '../src/domain/types';
import type { EventFeeds } from './services/event-feeds';
import type { PriceService } from './services/price-service';
import type { ProviderStatus } from './services/provider-status';
import type { SentimentPoller } from './services/sentiment-poller';
import type { MessageStore } from './store/message-store';
import type { PriceStore } from './store/price-store';

export interface ApiDeps {
  prices: PriceService;
  priceStore: PriceStore;
  messages: MessageStore;
  poller: SentimentPoller;
  events: EventFeeds;
  status: ProviderStatus;
  /** The symbols whose sentiment is polled. */
  watched: readonly Ticker[];
  apiToken?: string;
  corsOrigins: readonly string[];
}

export function createApi(deps: ApiDeps): Hono {
  const api = new Hono();
  if (deps.corsOrigins.length > 0) {
    api.use('*', cors({ origin: [...deps.corsOrigins], allowHeaders: ['Authorization', 'Content-Type'], allowMethods: ['GET', 'OPTIONS'] }));
  }
  if (deps.apiToken) {
    const expected = Buffer.from(`Bearer ${deps.apiToken}`);
    api.use('*', async (c, next) => {
      if (c.req.method === 'OPTIONS') return next();
      const given = Buffer.from(c.req.header('Authorization') ?? '');
      if (given.length === expected.length && timingSafeEqual(given, expected)) return next();
      return respond(c, apiError(401, 'unauthorized', 'A valid bearer token is required.'));
    });
  }

  api.get('/prices', async (c) => {
    const params = parseRangeParams(new URL(c.req.url).searchParams);
    if (!params.ok) return respond(c, params);
    const { symbols, from, to } = params.body;
    const answers = await Promise.all(symbols.map((symbol) => deps.prices.series(symbol, from, to)));
    const series: PriceSeries[] = [];
    const unknown: Ticker[] = [];
    for (const [i, answer] of answers.entries()) {
      const symbol = symbols[i]!;
      if (answer.kind === 'bars') series.push({ symbol, bars: answer.bars });
      else if (answer.kind === 'unknown') unknown.push(symbol);
      else return respond(c, apiError(503, 'unavailable', `No prices for ${symbol} yet: ${answer.reason}`));
    }
    return respond(c, unknown.length === symbols.length ? noneKnown(unknown) : { ok: true, body: { series, unknown } });
  });

  api.get('/sentiment', (c) => {
    const params = parseRangeParams(new URL(c.req.url).searchParams);
    if (!params.ok) return respond(c, params);
    const { symbols, from, to } = params.body;
    const series: SentimentSeries[] = symbols.filter((s) => deps.watched.includes(s)).map((symbol) => ({ symbol, days: deps.messages.days(symbol, from, to) }));
    const unknown = symbols.filter((s) => !deps.watched.includes(s));
    return respond(c, series.length === 0 ? noneKnown(unknown) : { ok: true, body: { series, unknown } });
  });

  api.get('/events', (c) => {
    const params = parseEventParams(new URL(c.req.url).searchParams);
    return respond(c, params.ok ? { ok: true, body: { events: eventsForRequest(deps.events.events(), params.body) } } : params);
  });

  api.get('/symbols', (c) => {
    const named = new Map<Ticker, SymbolInfo>(deps.priceStore.symbols().map((s) => [s.symbol, s]));
    for (const symbol of deps.watched) if (!named.has(symbol)) named.set(symbol, { symbol, name: symbol });
    return respond(c, { ok: true, body: { symbols: [...named.values()].sort((a, b) => a.symbol.localeCompare(b.symbol)) } });
  });

  api.get('/health', (c) =>
    respond(c, { ok: true, body: { providers: deps.status.snapshot(), sentiment: deps.poller.coverage() } }),
  );

  // A route of its own (not notFound, which a mounted app does not get): the page's files are served after the API.
  api.all('*', (c) => respond(c, apiError(404, 'not_found', `No route ${c.req.method} ${new URL(c.req.url).pathname}`)));
  api.onError((error, c) => {
    console.error('API error:', error);
    return respond(c, apiError(500, 'server', 'The server failed to answer; it has logged why.'));
  });
  return api;
}

function respond<T>(c: Context, result: ApiResult<T>) {
  return result.ok ? c.json(result.body as object) : c.json(result.body, result.status as 400);
}
