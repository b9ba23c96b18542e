// The page under every way a data source can fail, with the app's own retry policy
// (lib/query-client.ts), as a person sees it: what each panel says, what stays on
// screen, how many requests went out, and that nothing reaches the console.
// Fake timers skip the waits (10 s timeouts, backoff, Retry-After); they also run with real
// time, so waits are asserted from the requests' own timestamps.
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { onlineManager, type QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { App } from '@/app/app';
import { createQueryClient } from '@/lib/query-client';
import { parseViewState } from '@/stores/url-state';
import { useViewStore } from '@/stores/view-store';
import { formatUpdatedAt } from '@/domain/format';
import { server } from '../../mocks/node';
import { renderWithProviders } from '../utils';

const PRICES = '*/api/v1/prices';

let consoleErrors: MockInstance;
let consoleWarnings: MockInstance;

beforeEach(() => {
  // Updates land when responses and timers say, as in a browser, not only inside act().
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  consoleErrors = vi.spyOn(console, 'error');
  consoleWarnings = vi.spyOn(console, 'warn');
  const { view, notices } = parseViewState('?symbols=SPY&range=YTD&to=2025-07-25', ['demo']);
  useViewStore.getState().replace(view, notices);
});

afterEach(() => {
  cleanup();
  onlineManager.setOnline(true);
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  vi.useRealTimers();
  const errors = consoleErrors.mock.calls;
  const warnings = consoleWarnings.mock.calls;
  consoleErrors.mockRestore();
  consoleWarnings.mockRestore();
  // No uncaught error, unhandled rejection or React warning on any of these paths.
  expect(errors).toEqual([]);
  expect(warnings).toEqual([]);
});

/** Renders the page with the app's QueryClient (real retries, not the tests' none). */
function renderApp() {
  const user = userEvent.setup({ delay: null });
  return { user, ...renderWithProviders(<App />, { client: createQueryClient() }) };
}

/** Lets `ms` of fake time pass, running every timer and promise due on the way. */
async function wait(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

/** Every prices request, answered by `answer(n)` for the n-th (from 1); undefined falls through to the demo API. */
function servePrices(answer: (n: number) => Response | undefined | Promise<Response | undefined>) {
  const times: number[] = [];
  server.use(
    http.get(PRICES, () => {
      times.push(Date.now());
      return answer(times.length);
    }),
  );
  return times;
}

const region = (name: string) => screen.getByRole('region', { name });

/** SPY's return in the Returns table, once it shows. */
async function spyReturn() {
  const row = await within(region('Returns')).findByRole('row', { name: /^SPY / });
  return within(row).getAllByRole('cell')[2]!.textContent;
}

/** The connection drops and comes back, as a laptop's does: stale data is then refreshed. */
async function reconnect() {
  window.dispatchEvent(new Event('offline'));
  await wait(0);
  expect(screen.getByRole('status', { name: 'Connection' })).toHaveTextContent('You are offline.');
  window.dispatchEvent(new Event('online'));
  await wait(0);
  expect(screen.getByRole('status', { name: 'Connection' })).toHaveTextContent('');
}

/** When the cached entry of `kind` (prices, sentiment, events) was last loaded. */
function loadedAt(client: QueryClient, kind: string): number {
  const [query] = client.getQueryCache().findAll({ queryKey: [kind] });
  return query!.state.dataUpdatedAt;
}

function serverError() {
  return HttpResponse.json({ error: { code: 'internal', message: 'database unavailable' } }, { status: 500 });
}

describe('a source that hangs', () => {
  it('times out each try after 10 s, tries 3 times, and shows its error with Retry within 45 s', async () => {
    const times = servePrices(async (n) => {
      if (n <= 3) await delay('infinite');
      return undefined;
    });
    const { user } = renderApp();
    await wait(45_000);
    const alert = within(region('Performance')).getByRole('alert');
    expect(alert).toHaveTextContent('Demo (/api/v1/prices) did not answer within 10 s.');
    expect(times).toHaveLength(3);
    // 10 s each, then 1 s and 2 s of backoff between them.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(11_000);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(12_000);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await spyReturn()).toBe('+9.0%');
    expect(times).toHaveLength(4);
  });
});

describe('retries', () => {
  it('tries a 500 again after 1 s: the data shows and no error ever does', async () => {
    const times = servePrices((n) => (n === 1 ? serverError() : undefined));
    renderApp();
    await wait(500);
    expect(screen.queryByRole('alert')).toBeNull();
    await wait(1_000);
    expect(await spyReturn()).toBe('+9.0%');
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1_000);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([
    ['seconds', () => '5', 5_000],
    // An HTTP date counts whole seconds, so the wait is at least 4 s of the 5.
    ['an HTTP date', () => new Date(Date.now() + 5_000).toUTCString(), 4_000],
  ])('waits out a 429 with Retry-After as %s before trying again', async (_, retryAfter, atLeast) => {
    const times = servePrices((n) =>
      n === 1
        ? HttpResponse.json({ error: { code: 'rate_limited', message: 'Slow down' } }, { status: 429, headers: { 'Retry-After': retryAfter() } })
        : undefined,
    );
    renderApp();
    await wait(6_000);
    expect(await spyReturn()).toBe('+9.0%');
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(atLeast);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('leaves a Retry-After longer than 10 s to the person: the error says how long, at once', async () => {
    const times = servePrices(() =>
      HttpResponse.json({ error: { code: 'rate_limited', message: 'Slow down' } }, { status: 429, headers: { 'Retry-After': '120' } }),
    );
    renderApp();
    const alert = await within(region('Performance')).findByRole('alert');
    expect(alert).toHaveTextContent('Demo (/api/v1/prices): Slow down Try again in 2 min.');
    await wait(60_000);
    expect(times).toHaveLength(1);
  });

  it('tries a network error 3 times, then says the source could not be reached; Retry recovers', async () => {
    let down = true;
    const times = servePrices(() => (down ? HttpResponse.error() : undefined));
    const { user } = renderApp();
    await wait(5_000);
    const alert = within(region('Performance')).getByRole('alert');
    expect(alert).toHaveTextContent(`Demo at ${location.host} could not be reached. Check the connection or the address.`);
    expect(times).toHaveLength(3);

    down = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await spyReturn()).toBe('+9.0%');
    expect(within(region('Performance')).queryByRole('alert')).toBeNull();
  });

  it('does not retry malformed JSON: the error shows at once, and Retry asks again', async () => {
    let broken = true;
    const times = servePrices(() => (broken ? new HttpResponse('{"series": [', { headers: { 'Content-Type': 'application/json' } }) : undefined));
    const { user } = renderApp();
    const alert = await within(region('Performance')).findByRole('alert');
    expect(alert).toHaveTextContent('Demo (/api/v1/prices) sent a response that is not valid JSON.');
    await wait(10_000);
    expect(times).toHaveLength(1);

    broken = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await spyReturn()).toBe('+9.0%');
    expect(times).toHaveLength(2);
  });

  it.each([
    [400, 'bad_request', 'from must be a date'],
    [401, 'unauthorized', 'Invalid API key'],
  ])('does not retry a %s', async (status, code, message) => {
    const times = servePrices(() => HttpResponse.json({ error: { code, message } }, { status }));
    renderApp();
    expect(await within(region('Performance')).findByRole('alert')).toHaveTextContent(`Demo (/api/v1/prices): ${message}`);
    await wait(10_000);
    expect(times).toHaveLength(1);
  });
});

describe('a failed refresh', () => {
  it('keeps the prices on screen, marked stale with their time in Performance and Returns; Retry refreshes them', async () => {
    let failing = false;
    const times = servePrices(() => (failing ? serverError() : undefined));
    const { user, client } = renderApp();
    expect(await spyReturn()).toBe('+9.0%');
    const stale = `Stale: last updated ${formatUpdatedAt(loadedAt(client, 'prices'))}; refresh failed: Demo (/api/v1/prices): database unavailable`;

    failing = true;
    await wait(6 * 60_000); // older than the 5 minutes prices stay fresh
    await reconnect();
    await wait(5_000);
    expect(times).toHaveLength(4); // the first load, then 3 tries
    for (const panel of ['Performance', 'Returns']) expect(within(region(panel)).getByText(stale)).toBeVisible();
    expect(await spyReturn()).toBe('+9.0%');
    expect(region('Performance').querySelectorAll('path[data-series]')).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
    for (const panel of ['Sentiment', 'Events']) expect(within(region(panel)).queryByText(/^Stale:/)).toBeNull();

    failing = false;
    await user.click(within(region('Performance')).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByText(/^Stale:/)).toBeNull());
    expect(times).toHaveLength(5);
    expect(await spyReturn()).toBe('+9.0%');
  });

  it('keeps sentiment and events on screen, each panel with its own stale note', async () => {
    let failing = false;
    server.use(
      http.get('*/api/v1/sentiment', () => (failing ? HttpResponse.error() : undefined)),
      http.get('*/api/v1/events', () => (failing ? new HttpResponse('<html>Bad gateway</html>', { status: 502 }) : undefined)),
    );
    const { client } = renderApp();
    const events = await within(region('Events')).findByRole('list', { name: 'Events' });
    const eventCount = within(events).getAllByRole('listitem').length;
    expect(await within(region('Sentiment')).findByRole('meter', { name: 'SPY sentiment' })).toBeVisible();

    failing = true;
    await wait(6 * 60_000);
    await reconnect();
    await wait(5_000);
    expect(
      within(region('Sentiment')).getByText(
        `Stale: last updated ${formatUpdatedAt(loadedAt(client, 'sentiment'))}; refresh failed: Demo at ${location.host} could not be reached. Check the connection or the address.`,
      ),
    ).toBeVisible();
    expect(within(region('Sentiment')).getByRole('meter', { name: 'SPY sentiment' })).toBeVisible();
    expect(
      within(region('Events')).getByText(
        `Stale: last updated ${formatUpdatedAt(loadedAt(client, 'events'))}; refresh failed: Demo (/api/v1/events) answered 502 Bad Gateway.`,
      ),
    ).toBeVisible();
    expect(within(region('Events')).getAllByRole('listitem')).toHaveLength(eventCount);
    for (const panel of ['Performance', 'Returns']) expect(within(region(panel)).queryByText(/^Stale:/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('offline', () => {
  it('says so in a banner, waits instead of failing, and loads once the connection is back', async () => {
    let offline = true;
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => !offline);
    server.use(http.get('*/api/v1/*', () => (offline ? HttpResponse.error() : undefined)));
    renderApp();
    const banner = screen.getByRole('status', { name: 'Connection' });
    expect(banner).toHaveTextContent('You are offline. What is on screen stays; panels refresh when the connection is back.');
    await wait(60_000);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(region('Returns')).queryByRole('table')).toBeNull();

    offline = false;
    window.dispatchEvent(new Event('online'));
  await wait(0);
    expect(banner).toHaveTextContent('');
    expect(await spyReturn()).toBe('+9.0%');
    expect(await within(region('Sentiment')).findByRole('meter', { name: 'SPY sentiment' })).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
    onLine.mockRestore();
  });
});

describe('cancellation', () => {
  it('aborts the request for a symbol removed while it loads', async () => {
    const { view, notices } = parseViewState('?symbols=SPY,QQQ&range=YTD&to=2025-07-25', ['demo']);
    useViewStore.getState().replace(view, notices);
    const signals: AbortSignal[] = [];
    server.use(
      http.get(PRICES, async ({ request }) => {
        if (new URL(request.url).searchParams.get('symbols') !== 'QQQ') return undefined;
        signals.push(request.signal);
        await delay('infinite');
        return undefined;
      }),
    );
    const { user } = renderApp();
    expect(await spyReturn()).toBe('+9.0%');
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Remove QQQ' }));
    await waitFor(() => expect(signals[0]!.aborted).toBe(true));
    expect(signals).toHaveLength(1);
  });
});
