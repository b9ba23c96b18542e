// MSW handlers that answer like Alpha Vantage (one GET endpoint switching on `function`),
// from the recorded-format fixtures in ./alphavantage. For tests: not part of
// mocks/handlers.ts. Refusals come back as HTTP 200, as the real service sends them.
//
// Keys select behaviour: AV_INVALID_KEY (or none) is rejected, AV_RATE_LIMITED_KEY is
// out of requests, AV_PREMIUM_KEY may use outputsize=full; any other key is a free key.
import { http, HttpResponse } from 'msw';
import errorMessage from './alphavantage/error-message.json';
import globalQuoteSpy from './alphavantage/global-quote-spy.json';
import invalidInputs from './alphavantage/invalid-inputs.json';
import invalidKey from './alphavantage/invalid-key.json';
import newsSentimentSpy from './alphavantage/news-sentiment-spy.json';
import premium from './alphavantage/premium.json';
import rateLimit from './alphavantage/rate-limit.json';
import timeSeriesDailySpy from './alphavantage/time-series-daily-spy.json';

export const ALPHA_VANTAGE_URL = 'https://www.alphavantage.co/query';
export const AV_INVALID_KEY = 'AVINVALIDKEY0000';
export const AV_RATE_LIMITED_KEY = 'AVRATELIMITED000';
export const AV_PREMIUM_KEY = 'AVPREMIUMKEY0000';

/** Tickers the news fixture can answer for (articles mentioning them); others are "Invalid inputs". */
const NEWS_TICKERS = new Set(['SPY', 'QQQ']);

export const alphaVantageFixtures = {
  timeSeriesDailySpy,
  globalQuoteSpy,
  newsSentimentSpy,
  rateLimit,
  premium,
  invalidKey,
  errorMessage,
  invalidInputs,
};

export interface AlphaVantageHandlerOptions {
  baseUrl?: string;
  /** Sees every request (e.g. to count them). */
  onRequest?: (url: URL) => void;
}

export function createAlphaVantageHandlers({ baseUrl = ALPHA_VANTAGE_URL, onRequest }: AlphaVantageHandlerOptions = {}) {
  return [
    http.get(baseUrl, ({ request }) => {
      const url = new URL(request.url);
      onRequest?.(url);
      return HttpResponse.json(alphaVantageAnswer(url.searchParams) as never);
    }),
  ];
}

export const alphaVantageHandlers = createAlphaVantageHandlers();

/** What Alpha Vantage would answer to these query parameters (also used by the browser tests). */
export function alphaVantageAnswer(params: URLSearchParams): unknown {
  const key = params.get('apikey');
  if (!key || key === AV_INVALID_KEY) return invalidKey;
  if (key === AV_RATE_LIMITED_KEY) return rateLimit;
  const fn = params.get('function') ?? '';
  switch (fn) {
    case 'TIME_SERIES_DAILY': {
      if (params.get('symbol') !== 'SPY') return errorMessage;
      if (params.get('outputsize') === 'full') {
        if (key !== AV_PREMIUM_KEY) return premium;
        return { ...timeSeriesDailySpy, 'Meta Data': { ...timeSeriesDailySpy['Meta Data'], '4. Output Size': 'Full size' } };
      }
      return timeSeriesDailySpy;
    }
    case 'GLOBAL_QUOTE':
      return params.get('symbol') === 'SPY' ? globalQuoteSpy : { 'Global Quote': {} };
    case 'NEWS_SENTIMENT':
      return news(params);
    default:
      return { 'Error Message': `This API function (${fn}) does not exist.` };
  }
}

/** tickers=A,B: articles mentioning all of them; topics alone: the whole feed; then time_from/time_to/limit. */
function news(params: URLSearchParams): unknown {
  const tickers = (params.get('tickers') ?? '').split(',').filter(Boolean);
  if (tickers.some((t) => !NEWS_TICKERS.has(t))) return invalidInputs;
  const from = params.get('time_from');
  const to = params.get('time_to');
  const limit = Number(params.get('limit') ?? '50');
  const feed = newsSentimentSpy.feed
    .filter((a) => tickers.every((t) => a.ticker_sentiment.some((s) => s.ticker === t)))
    .filter((a) => (!from || a.time_published >= from) && (!to || a.time_published <= to))
    .slice(0, Number.isFinite(limit) && limit > 0 ? limit : 50);
  return { ...newsSentimentSpy, items: String(feed.length), feed };
}
