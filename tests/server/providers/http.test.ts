// @vitest-environment node
// The providers' fetch (server/providers/http.ts) against MSW: what is sent, how each
// failure becomes a ProviderError, the timeout over the request and the body, the
// caller's abort, and secrets kept out of every message.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { BROWSER_USER_AGENT, getProviderJson, retryAfterSeconds } from '../../../server/providers/http';
import { ProviderError } from '../../../server/providers/provider';
import { server } from '../../../mocks/node';
import { hang, providerError, rejection, signalled } from './provider-error';

const URL_ = new URL('http://provider.test/v1/thing?token=SECRET123');
const get = (options: Partial<Parameters<typeof getProviderJson>[1]> = {}) =>
  getProviderJson(URL_, { provider: 'Test', secrets: ['SECRET123'], ...options });
const answer = (resolver: Parameters<typeof http.get>[1]) => server.use(http.get('http://provider.test/v1/thing', resolver));

describe('getProviderJson: answers', () => {
  it('parses JSON and sends a browser User-Agent and Accept', async () => {
    let headers: Headers | undefined;
    answer(({ request }) => {
      headers = request.headers;
      return HttpResponse.json({ ok: 1 });
    });
    await expect(get()).resolves.toEqual({ ok: 1 });
    expect(headers?.get('user-agent')).toBe(BROWSER_USER_AGENT);
    expect(headers?.get('accept')).toBe('application/json');
  });

  it('reports a body that is not JSON as invalid_answer', async () => {
    answer(() => new HttpResponse('<html>Will be right back…</html>', { headers: { 'Content-Type': 'text/html' } }));
    const error = await providerError(get());
    expect(error.kind).toBe('invalid_answer');
    expect(error.message).toBe('Test (provider.test/v1/thing) sent an answer that is not JSON.');
  });
});

describe('getProviderJson: refusals', () => {
  it('maps 429 to rate_limited with Retry-After in seconds', async () => {
    answer(() => HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '30' } }));
    const error = await providerError(get());
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 30 });
    expect(error.message).toBe('Test (provider.test/v1/thing) is rate limiting this server. Try again in 30 s.');
  });

  it('reads a Retry-After given as an HTTP date', async () => {
    const at = new Date(Date.now() + 90_000).toUTCString();
    answer(() => HttpResponse.json({}, { status: 429, headers: { 'Retry-After': at } }));
    const error = await providerError(get());
    expect(error.kind).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(88);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(90);
  });

  it('maps 429 without Retry-After to rate_limited without a wait', async () => {
    answer(() => new HttpResponse('Too Many Requests', { status: 429 }));
    const error = await providerError(get());
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: undefined });
  });

  it.each([500, 502, 503])('maps %i to unavailable', async (status) => {
    answer(() => new HttpResponse('oops', { status }));
    const error = await providerError(get());
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(new RegExp(`^Test \\(provider\\.test/v1/thing\\) answered ${status}`));
  });

  it("lets the provider read an error answer first (a 404's body)", async () => {
    answer(() => HttpResponse.json({ missing: 'XYZ' }, { status: 404 }));
    const error = await providerError(
      get({ onError: (status, body) => (status === 404 ? new ProviderError('unknown_symbol', `gone: ${JSON.stringify(body)}`) : undefined) }),
    );
    expect(error).toMatchObject({ kind: 'unknown_symbol', message: 'gone: {"missing":"XYZ"}' });
  });

  it('maps a 404 the provider does not claim to unavailable', async () => {
    answer(() => new HttpResponse('Not Found', { status: 404 }));
    expect((await providerError(get())).kind).toBe('unavailable');
  });

  it('maps a network error to unavailable naming the host only', async () => {
    answer(() => HttpResponse.error());
    const error = await providerError(get());
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/^Test at provider\.test could not be reached/);
  });
});

describe('getProviderJson: time and cancellation', () => {
  it('gives up on a request that never answers after timeoutMs', async () => {
    answer(hang());
    const started = Date.now();
    const error = await providerError(get({ timeoutMs: 40 }));
    expect(error).toMatchObject({ kind: 'unavailable', message: 'Test (provider.test/v1/thing) did not answer within 40 ms.' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('gives up on a body that stalls after the headers', async () => {
    const stalled = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode('{"chart":')) });
    answer(() => new HttpResponse(stalled, { headers: { 'Content-Type': 'application/json' } }));
    const error = await providerError(get({ timeoutMs: 40 }));
    expect(error).toMatchObject({ kind: 'unavailable', message: 'Test (provider.test/v1/thing) did not answer within 40 ms.' });
  });

  it("rejects with the caller's abort, not a ProviderError", async () => {
    const { reached, reach } = signalled();
    answer(hang(reach));
    const controller = new AbortController();
    const pending = rejection(get({ signal: controller.signal }));
    await reached;
    controller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(ProviderError);
    expect((error as { name?: unknown }).name).toBe('AbortError');
  });

  it('does not start when the caller has already aborted', async () => {
    const error = await rejection(get({ signal: AbortSignal.abort() }));
    expect((error as { name?: unknown }).name).toBe('AbortError');
  });
});

describe('getProviderJson: secrets', () => {
  it('never puts the query, nor a secret the server echoes, into a message', async () => {
    const echo = () => new ProviderError('unavailable', 'the server said: bad token SECRET123');
    for (const status of [400, 429, 500]) {
      answer(() => HttpResponse.json({}, { status }));
      const error = await providerError(get({ onError: status === 400 ? echo : undefined }));
      expect(error.message).not.toContain('SECRET123');
      expect(error.message).not.toContain('token=');
    }
  });
});

describe('retryAfterSeconds', () => {
  const now = Date.parse('2025-07-25T12:00:00Z');
  it.each([
    ['120', 120],
    ['1.2', 2],
    ['Fri, 25 Jul 2025 12:01:00 GMT', 60],
    ['Fri, 25 Jul 2025 11:00:00 GMT', 0],
    ['-5', undefined],
    ['soon', undefined],
    ['', undefined],
  ])('reads %j as %j', (header, seconds) => {
    expect(retryAfterSeconds(header, now)).toBe(seconds);
  });
});
