// `npm run server`: the live Tradewinds server. Reads its settings from the environment
// (README, "The server"), opens the SQLite store, starts polling the sentiment streams and
// the event feeds, and serves the API and the built dashboard until stopped.
import { serve } from '@hono/node-server';
import { curatedEvents } from '../mocks/curated-events';
import { createApp } from './app';
import { readConfig } from './config';
import { createAlphaVantageProvider } from './providers/alphavantage';
import { createStocktwitsProvider } from './providers/stocktwits';
import { createTiingoProvider } from './providers/tiingo';
import { createYahooProvider } from './providers/yahoo';
import { createEventFeeds } from './services/event-feeds';
import { createPriceService } from './services/price-service';
import { ProviderStatus } from './services/provider-status';
import { RequestBudget } from './services/request-budget';
import { createSentimentPoller } from './services/sentiment-poller';
import { openDatabase } from './store/database';
import { createMessageStore } from './store/message-store';
import { createPriceStore } from './store/price-store';

const config = readConfig();
const db = openDatabase(config.dbPath);
const status = new ProviderStatus();
const priceStore = createPriceStore(db);
const messages = createMessageStore(db);
// Yahoo needs no key; with a Tiingo or Alpha Vantage key, that one takes its place (sources die: another is a setting away).
const priceProvider = config.tiingoKey
  ? createTiingoProvider({ apiKey: config.tiingoKey })
  : config.alphaVantageKey
    ? createAlphaVantageProvider({ apiKey: config.alphaVantageKey })
    : createYahooProvider({ baseUrl: config.yahooUrl });
const prices = createPriceService({ store: priceStore, provider: priceProvider, status });
const poller = createSentimentPoller({
  symbols: config.symbols,
  provider: createStocktwitsProvider({ baseUrl: config.stocktwitsUrl }),
  store: messages,
  status,
  budget: new RequestBudget(config.stocktwitsPerHour),
});
const events = createEventFeeds(curatedEvents, config.eventFeeds, status);

const app = createApp({ prices, priceStore, messages, poller, events, status, watched: config.symbols, apiToken: config.apiToken, corsOrigins: config.corsOrigins, distDir: config.distDir });
const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, ({ address, port }) => {
  console.log(`Tradewinds on http://${address}:${port} (API at /api/v1${config.apiToken ? ', bearer token required' : ''}); prices from ${priceProvider.name}, data in ${config.dbPath}`);
});
poller.start(config.pollSeconds);
events.start();
// The watched symbols' closes are fetched soon after each close, not on the first request after it.
const refreshPrices = () => void prices.refreshDue(config.symbols);
refreshPrices();
const priceTimer = setInterval(refreshPrices, config.pollSeconds * 1000);

function stop() {
  clearInterval(priceTimer);
  poller.stop();
  events.stop();
  server.close(() => {
    db.close();
    process.exit(0);
  });
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
