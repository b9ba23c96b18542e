// @vitest-environment node
// docs/openapi.json against the server: its answers fit the schemas the document declares,
// including those only a real server gives: 401 when it requires a token, 503 when its
// provider cannot give prices it does not have yet.
import { describe, it, expect } from 'vitest';
import { createApi } from '../../server/api';
import { createEventFeeds } from '../../server/services/event-feeds';
import { createPriceService } from '../../server/services/price-service';
import { ProviderStatus } from '../../server/services/provider-status';
import { RequestBudget } from '../../server/services/request-budget';
import { createSentimentPoller } from '../../server/services/sentiment-poller';
import { openDatabase } from '../../server/store/database';
import { createMessageStore } from '../../server/store/message-store';
import { createPriceStore } from '../../server/store/price-store';
import { doc, expectValid, responseSchemaName } from '../openapi-doc';
import { fakePrices, fakeStream } from './fakes';

function api(apiToken?: string) {
  const db = openDatabase(':memory:');
  const status = new ProviderStatus();
  const provider = fakePrices({ SPY: [{ date: '2025-07-25', close: 637.1 }] });
  provider.mode = 'fail';
  const messages = createMessageStore(db);
  return createApi({
    prices: createPriceService({ store: createPriceStore(db), provider, status }),
    priceStore: createPriceStore(db),
    messages,
    poller: createSentimentPoller({ symbols: ['SPY'], provider: fakeStream([]), store: messages, status, budget: new RequestBudget(10) }),
    events: createEventFeeds([], [], status),
    status,
    watched: ['SPY'],
    apiToken,
    corsOrigins: [],
  });
}

describe('the server answers as docs/openapi.json says', () => {
  it.each(Object.keys(doc.paths))('%s: 401 without the token it requires', async (path) => {
    const response = await api('token-1').request(`${path}?symbols=SPY`);
    expect(response.status).toBe(401);
    expectValid(responseSchemaName(path, 401), await response.json(), `GET ${path}`);
  });

  it('/prices: 503 when its provider fails and nothing is stored yet', async () => {
    const response = await api().request('/prices?symbols=SPY');
    expect(response.status).toBe(503);
    expectValid(responseSchemaName('/prices', 503), await response.json(), 'GET /prices');
  });

  it('/sentiment and /symbols: 200 in the documented shapes', async () => {
    for (const [path, query] of [['/sentiment', '?symbols=SPY'], ['/symbols', '']] as const) {
      const response = await api().request(`${path}${query}`);
      expect(response.status).toBe(200);
      expectValid(responseSchemaName(path, 200), await response.json(), `GET ${path}`);
    }
  });
});
