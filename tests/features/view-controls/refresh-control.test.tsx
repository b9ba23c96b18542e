// Auto-refresh of a live source: the chosen interval refetches what the panels show
// (counted at the mock server), skips while the tab is hidden and catches up when it is
// seen again, "Refresh now" refetches at once and the time of the data is shown; the
// choice is remembered, validated, and offered only where the data can change.
import { focusManager } from '@tanstack/react-query';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/app/app';
import { readStoredRefresh, useRefreshStore } from '@/stores/refresh-store';
import { useSourceSettings } from '@/stores/source-settings';
import { DEFAULT_VIEW, parseViewState } from '@/stores/url-state';
import { useViewStore } from '@/stores/view-store';
import { formatUpdatedAt } from '@/domain/format';
import { server } from '../../../mocks/node';
import { alphaVantageHandlers } from '../../../mocks/providers/alphavantage-handlers';
import { renderWithProviders } from '../../utils';

// The demo handlers answer `*/api/v1` on any origin: a stand-in for someone's server.
const SERVER = 'http://api.test/api/v1';
const ONE_REFRESH = ['events', 'prices QQQ', 'prices SPY', 'sentiment QQQ', 'sentiment SPY'];

let requests: string[] = [];
/** Moves the fake clock; what it sets off (refetches, renders) happens inside act. */
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
/** Waits (moving the fake clock) until one refresh's requests have all been made. */
const oneRefresh = () => act(() => vi.waitFor(() => expect(requests).toHaveLength(ONE_REFRESH.length)));
const onRequest = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  if (request.url.startsWith(SERVER)) requests.push([url.pathname.split('/').pop(), url.searchParams.get('symbols')].filter(Boolean).join(' '));
};
/** The requests since the last call, sorted. */
const taken = () => requests.splice(0).sort();

function showView(search: string) {
  const { view } = parseViewState(search, ['demo', 'rest', 'files', 'alphavantage']);
  useViewStore.getState().replace(view);
}

async function renderLoaded() {
  const result = renderWithProviders(<App />);
  const returns = await screen.findByRole('table', { name: 'Returns' });
  await within(returns).findByRole('cell', { name: 'QQQ' });
  await screen.findByRole('meter', { name: 'QQQ sentiment' });
  await screen.findByRole('list', { name: 'Events' });
  return result;
}

beforeEach(() => {
  server.events.on('request:start', onRequest);
});
afterEach(() => {
  cleanup(); // before the stores are reset under a mounted page
  server.events.removeListener('request:start', onRequest);
  requests = [];
  vi.useRealTimers();
  focusManager.setFocused(undefined);
  useSourceSettings.getState().forget('rest');
  useSourceSettings.getState().forget('alphavantage');
  useRefreshStore.setState({ minutes: {} });
  localStorage.clear();
  useViewStore.getState().replace(DEFAULT_VIEW);
});

describe('auto-refresh of a REST source', () => {
  beforeEach(() => {
    useSourceSettings.getState().save('rest', { baseUrl: SERVER });
    showView('?symbols=SPY,QQQ&range=YTD&to=2025-07-25&source=rest');
  });

  // Each refresh re-renders the page with new data: about a second on a slow machine.
  it('refetches every entry on screen once a minute, skips while the tab is hidden, and stops when off', { timeout: 40_000 }, async () => {
    await renderLoaded();
    taken();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    fireEvent.change(screen.getByRole('combobox', { name: 'Auto-refresh' }), { target: { value: '1' } });
    expect(useRefreshStore.getState().minutes).toEqual({ rest: 1 });

    await advance(59_000);
    expect(taken()).toEqual([]);
    await advance(1_000);
    await oneRefresh();
    expect(taken()).toEqual(ONE_REFRESH);

    await advance(60_000);
    await oneRefresh();
    expect(taken()).toEqual(ONE_REFRESH);

    // Hidden for three minutes: nothing; seen again: the refresh that fell due, at once.
    act(() => focusManager.setFocused(false));
    await advance(3 * 60_000);
    expect(taken()).toEqual([]);
    act(() => focusManager.setFocused(true));
    await oneRefresh();
    expect(taken()).toEqual(ONE_REFRESH);
    // ... and a minute after that, the next.
    await advance(60_000);
    await oneRefresh();
    expect(taken()).toEqual(ONE_REFRESH);

    fireEvent.change(screen.getByRole('combobox', { name: 'Auto-refresh' }), { target: { value: '0' } });
    await advance(15 * 60_000);
    expect(taken()).toEqual([]);
  });

  it('"Refresh now" refetches at once and shows when the data on screen was loaded', async () => {
    const user = userEvent.setup();
    const { client } = await renderLoaded();
    const controls = screen.getByRole('group', { name: 'Refresh' });
    expect(within(controls).getByRole('combobox', { name: 'Auto-refresh' })).toHaveValue('0');
    expect(within(controls).getAllByRole('option').map((o) => o.textContent)).toEqual(['Off', 'Every minute', 'Every 5 minutes', 'Every 15 minutes']);
    taken();

    await user.click(within(controls).getByRole('button', { name: 'Refresh now' }));
    expect(await within(controls).findByRole('status')).toHaveTextContent('Refreshed');
    expect(taken()).toEqual(ONE_REFRESH);

    const loaded = client
      .getQueryCache()
      .findAll({ type: 'active' })
      .filter((q) => ['prices', 'sentiment', 'events'].includes(q.queryKey[0] as string))
      .map((q) => q.state.dataUpdatedAt);
    const oldest = Math.min(...loaded);
    expect(within(controls).getByText(formatUpdatedAt(oldest))).toHaveAttribute('datetime', new Date(oldest).toISOString());
    expect(controls).toHaveTextContent(`Updated ${formatUpdatedAt(oldest)}`);
  });
});

describe('where auto-refresh is offered', () => {
  it('not for the demo, whose data cannot change', async () => {
    showView('?symbols=SPY,QQQ&range=YTD&to=2025-07-25');
    await renderLoaded();
    expect(screen.queryByRole('combobox', { name: 'Auto-refresh' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Refresh now' })).toBeNull();
  });

  it('Alpha Vantage: only every 15 minutes, with the free plan’s daily limit said next to it', async () => {
    server.use(...alphaVantageHandlers);
    useSourceSettings.getState().save('alphavantage', { apiKey: 'AVTESTKEY0000001' });
    showView('?symbols=SPY&benchmark=SPY&source=alphavantage');
    renderWithProviders(<App />);
    await within(await screen.findByRole('table', { name: 'Returns' })).findByRole('cell', { name: 'SPY' });
    const select = screen.getByRole('combobox', { name: 'Auto-refresh' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Off', 'Every 15 minutes']);
    expect(select).toHaveAccessibleDescription(expect.stringContaining('25 requests a day'));
  });
});

describe('the remembered choice', () => {
  it('is kept in this browser per source', () => {
    useRefreshStore.getState().setMinutes('rest', 5);
    useRefreshStore.getState().setMinutes('alphavantage', 15);
    expect(JSON.parse(localStorage.getItem('tradewinds-refresh')!).state).toEqual({ minutes: { rest: 5, alphavantage: 15 } });
  });

  it('is read back only where it is a choice the source offers', async () => {
    expect(readStoredRefresh({ rest: 5, alphavantage: 1 })).toEqual({ rest: 5 });
    expect(readStoredRefresh({ rest: '5', alphavantage: 15, demo: 1 })).toEqual({ alphavantage: 15 });
    expect(readStoredRefresh({ rest: 2, alphavantage: -1 })).toEqual({});
    expect(readStoredRefresh('garbage')).toEqual({});
    expect(readStoredRefresh(null)).toEqual({});

    localStorage.setItem('tradewinds-refresh', JSON.stringify({ state: { minutes: { rest: 1, alphavantage: 5 } }, version: 1 }));
    await useRefreshStore.persist.rehydrate();
    expect(useRefreshStore.getState().minutes).toEqual({ rest: 1 });
    localStorage.setItem('tradewinds-refresh', '{not json');
    await useRefreshStore.persist.rehydrate();
    expect(useRefreshStore.getState().minutes).toEqual({ rest: 1 });
  });
});
