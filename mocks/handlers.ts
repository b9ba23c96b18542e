// MSW handlers: the one fake backend. `*/api/v1` so they answer on any origin (the
// page's own in the browser and jsdom, 127.0.0.1 behind `npm run api`).
import { http, HttpResponse } from 'msw';
import { parseEventParams, parseRangeParams, type ApiResult } from '../src/domain/contract-requests';
import { getEvents, getPrices, getSentiment, listSymbols } from './demo-api';

export const DEMO_API = '*/api/v1';

function respond<T>(result: ApiResult<T>) {
  return result.ok ? HttpResponse.json(result.body as never) : HttpResponse.json(result.body, { status: result.status });
}

export const handlers = [
  http.get(`${DEMO_API}/symbols`, () => HttpResponse.json(listSymbols())),
  http.get(`${DEMO_API}/prices`, ({ request }) => {
    const params = parseRangeParams(new URL(request.url).searchParams);
    return respond(params.ok ? getPrices(params.body) : params);
  }),
  http.get(`${DEMO_API}/sentiment`, ({ request }) => {
    const params = parseRangeParams(new URL(request.url).searchParams);
    return respond(params.ok ? getSentiment(params.body) : params);
  }),
  http.get(`${DEMO_API}/events`, ({ request }) => {
    const params = parseEventParams(new URL(request.url).searchParams);
    return respond(params.ok ? getEvents(params.body) : params);
  }),
];
