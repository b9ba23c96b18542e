// getJson's own fault handling, beyond the adapter tests: a body that stalls after the
// headers still times out, the timer is gone once a request settles, a 429 says how long
// to wait, and an address that answers nothing is named by its host.
import { http, HttpResponse } from 'msw';
import { afterEach, expect, it, vi } from 'vitest';
import { DataSourceError } from '@/adapters/data-adapter';
import { getJson } from '@/adapters/http';
import { server } from '../../mocks/node';

const URL_ = new URL('http://api.test/v1/prices');
const options = { sourceLabel: 'My API' };

afterEach(() => vi.useRealTimers());

async function failure(promise: Promise<unknown>): Promise<DataSourceError> {
  const error: unknown = await promise.then(() => 'resolved', (e: unknown) => e);
  expect(error).toBeInstanceOf(DataSourceError);
  return error as DataSourceError;
}

it('times out a response whose body stops halfway', async () => {
  server.use(
    http.get(URL_.href, () => {
      const body = new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"series": [')) });
      return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } });
    }),
  );
  const started = Date.now();
  const error = await failure(getJson(URL_, { ...options, timeoutMs: 100 }));
  expect(error.code).toBe('timeout');
  expect(error.message).toBe('My API (/v1/prices) did not answer within 100 ms.');
  expect(Date.now() - started).toBeLessThan(2_000);
});

it('leaves no timer behind once a request has settled', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  server.use(http.get(URL_.href, () => HttpResponse.json({ ok: true })));
  await expect(getJson(URL_, options)).resolves.toEqual({ ok: true });
  server.use(http.get(URL_.href, () => HttpResponse.json({ error: { code: 'internal', message: 'down' } }, { status: 500 })));
  await failure(getJson(URL_, options));
  expect(vi.getTimerCount()).toBe(0);
});

it.each([
  ['7', 'Try again in 7 s.'],
  ['300', 'Try again in 5 min.'],
])('tells a person how long a 429 with Retry-After: %s asks them to wait', async (retryAfter, advice) => {
  server.use(
    http.get(URL_.href, () =>
      HttpResponse.json({ error: { code: 'rate_limited', message: 'Slow down.' } }, { status: 429, headers: { 'Retry-After': retryAfter } }),
    ),
  );
  const error = await failure(getJson(URL_, options));
  expect(error.message).toBe(`My API (/v1/prices): Slow down. ${advice}`);
});

it('says nothing about waiting when a 429 has no Retry-After', async () => {
  server.use(http.get(URL_.href, () => new HttpResponse(null, { status: 429, statusText: 'Too Many Requests' })));
  const error = await failure(getJson(URL_, options));
  expect(error.code).toBe('rate_limited');
  expect(error.message).toBe('My API (/v1/prices) answered 429 Too Many Requests.');
});

it('names the host that could not be reached, never the query a key may be in', async () => {
  const address = new URL('http://127.0.0.1:9/api/v1/prices?apikey=KEY123');
  server.use(http.get('http://127.0.0.1:9/api/v1/prices', () => HttpResponse.error()));
  const error = await failure(getJson(address, { sourceLabel: 'REST API', secrets: ['KEY123'] }));
  expect(error.code).toBe('network');
  expect(error.message).toBe('REST API at 127.0.0.1:9 could not be reached. Check the connection or the address.');
});
