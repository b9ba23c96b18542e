// A REST token and an Alpha Vantage key, set up the way a person does it (the Source
// settings dialog), through failing and then succeeding requests: neither secret ever
// reaches the page's URL, the view state, react-query's keys, the console or any text
// on screen, and the REST token travels only in the Authorization header.
// (tests/adapters cover each adapter's redaction; this is the whole app.)
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { QueryClient } from '@tanstack/react-query';
import { App } from '@/app/app';
import { startUrlSync } from '@/app/url-sync';
import { useSourceSettings } from '@/stores/source-settings';
import { DEFAULT_VIEW } from '@/stores/url-state';
import { useViewStore } from '@/stores/view-store';
import { server } from '../../mocks/node';
import { ALPHA_VANTAGE_URL, alphaVantageAnswer } from '../../mocks/providers/alphavantage-handlers';
import { renderWithProviders } from '../utils';

const TOKEN = 'tok-Secret-5e1f0c9a7b';
const AV_KEY = 'AVSECRETKEY9Q7Z2';
// The demo handlers answer `*/api/v1` on any origin: a stand-in for someone's server.
const SERVER = 'http://api.test/api/v1';

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
let consoleSpies: MockInstance[] = [];
let stopUrlSync: () => void = () => undefined;

beforeEach(() => {
  // Watched, not silenced: an error or a warning still meets the console gate (tests/console.ts).
  consoleSpies = CONSOLE_METHODS.map((m) => vi.spyOn(console, m));
  window.history.replaceState(null, '', '/?symbols=SPY,QQQ&range=YTD&to=2025-07-25');
  stopUrlSync = startUrlSync();
});
afterEach(() => {
  cleanup(); // before the stores are reset under a mounted page
  stopUrlSync();
  for (const spy of consoleSpies) spy.mockRestore();
  useSourceSettings.getState().forget('rest');
  useSourceSettings.getState().forget('alphavantage');
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  useViewStore.getState().replace(DEFAULT_VIEW);
});

/** Everything the console was given, errors with their stacks and causes spelled out. */
function consoleText(): string {
  return consoleSpies.flatMap((spy) => spy.mock.calls.flat().map((arg) => inspect(arg, { depth: 10 }))).join('\n');
}

/** The secret is nowhere a person, a link, a log or the query cache can show it. */
function expectNowhere(secret: string, client: QueryClient) {
  expect(window.location.href).not.toContain(secret);
  expect(window.history.state === null ? '' : JSON.stringify(window.history.state)).not.toContain(secret);
  expect(JSON.stringify(useViewStore.getState())).not.toContain(secret);
  expect(JSON.stringify(client.getQueryCache().getAll().map((q) => q.queryKey))).not.toContain(secret);
  for (const query of client.getQueryCache().getAll()) {
    if (query.state.error) expect(inspect(query.state.error, { depth: 10 })).not.toContain(secret);
  }
  expect(document.body.textContent).not.toContain(secret);
  expect(consoleText()).not.toContain(secret);
}

/** The settings dialog that choosing a source not set up opens by itself. */
async function settingsOpened(name: string) {
  const dialog = within(await screen.findByRole('dialog', { name }));
  // The source's form loads with the dialog.
  await dialog.findByRole('button', { name: 'Save' });
  return dialog;
}

async function retryAll(user: UserEvent) {
  for (const retry of screen.queryAllByRole('button', { name: 'Retry' })) await user.click(retry);
}

// Whole-app flows with several rounds of requests: slow on a busy two-core machine.
describe('secrets', { timeout: 60_000 }, () => {
  it('a REST token: only in the Authorization header, through refusals, server errors, a dead network and success', async () => {
    // What the server does next: echo the token back in a refusal or an error, drop the connection, or answer.
    let mode: 'unauthorized' | 'server' | 'network' | 'ok' = 'unauthorized';
    const requests: { url: string; authorization: string | null }[] = [];
    server.use(
      http.get(`${SERVER}/*`, ({ request }) => {
        requests.push({ url: request.url, authorization: request.headers.get('Authorization') });
        if (mode === 'unauthorized') return HttpResponse.json({ error: { code: 'unauthorized', message: `Token ${TOKEN} is not valid` } }, { status: 401 });
        if (mode === 'server') return HttpResponse.json({ error: { code: 'internal', message: `crashed on Bearer ${TOKEN}` } }, { status: 500 });
        if (mode === 'network') return HttpResponse.error();
        return undefined; // on to the demo handlers
      }),
    );
    const user = userEvent.setup();
    const { client } = renderWithProviders(<App />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Data source' }), 'rest');

    const dialog = await settingsOpened('REST API settings');
    await user.type(dialog.getByRole('textbox', { name: 'REST base URL' }), SERVER);
    await user.type(dialog.getByRole('textbox', { name: 'Bearer token' }), TOKEN);
    await user.click(dialog.getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(dialog.getByRole('status')).toHaveTextContent('[redacted]'));
    expect(dialog.getByRole('status')).not.toHaveTextContent(TOKEN);
    await user.click(dialog.getByRole('button', { name: 'Save' }));

    // The panels say the server refused, with the echoed token blanked.
    await waitFor(() => expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('Token [redacted] is not valid'))).toBe(true));
    expectNowhere(TOKEN, client);

    mode = 'server';
    await retryAll(user);
    await waitFor(() => expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('crashed on Bearer [redacted]'))).toBe(true));
    expectNowhere(TOKEN, client);

    mode = 'network';
    await retryAll(user);
    await waitFor(() => expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('could not be reached'))).toBe(true));
    expectNowhere(TOKEN, client);

    mode = 'ok';
    await retryAll(user);
    const table = await screen.findByRole('table', { name: 'Returns' });
    await waitFor(() => expect(within(table).getByRole('cell', { name: 'QQQ' })).toBeVisible());
    expectNowhere(TOKEN, client);

    expect(requests.length).toBeGreaterThan(4);
    for (const { url, authorization } of requests) {
      expect(url).not.toContain(TOKEN);
      expect(authorization).toBe(`Bearer ${TOKEN}`);
    }
  });

  it('an Alpha Vantage key: sent only to Alpha Vantage, through an echoed key, a dead network and success', async () => {
    let mode: 'echo' | 'network' | 'ok' = 'echo';
    const requests: URL[] = [];
    const elsewhere: string[] = [];
    server.use(
      http.get(ALPHA_VANTAGE_URL, ({ request }) => {
        const url = new URL(request.url);
        requests.push(url);
        if (mode === 'echo') {
          return HttpResponse.json({ Information: `We have detected your API key as ${AV_KEY} and our standard API rate limit is 25 requests per day.` });
        }
        if (mode === 'network') return HttpResponse.error();
        return HttpResponse.json(alphaVantageAnswer(url.searchParams) as never);
      }),
      // Every other request (the demo API the page starts on), to check none carries the key.
      http.all('*', ({ request }) => {
        elsewhere.push(request.url);
        return undefined;
      }),
    );
    const user = userEvent.setup();
    const { client } = renderWithProviders(<App />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Data source' }), 'alphavantage');

    const dialog = await settingsOpened('Alpha Vantage settings');
    await user.type(dialog.getByRole('textbox', { name: 'API key' }), AV_KEY);
    await user.click(dialog.getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(dialog.getByRole('status')).not.toHaveTextContent('Testing…'));
    expect(dialog.getByRole('status')).not.toHaveTextContent(AV_KEY);
    await user.click(dialog.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('[redacted]'))).toBe(true));
    expectNowhere(AV_KEY, client);

    mode = 'network';
    await retryAll(user);
    await waitFor(() => expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('could not be reached'))).toBe(true));
    expectNowhere(AV_KEY, client);

    mode = 'ok';
    await retryAll(user);
    const table = await screen.findByRole('table', { name: 'Returns' });
    await waitFor(() => expect(within(table).getByRole('cell', { name: 'SPY' })).toBeVisible());
    expectNowhere(AV_KEY, client);

    expect(requests.length).toBeGreaterThan(2);
    for (const url of requests) expect(url.searchParams.get('apikey')).toBe(AV_KEY);
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const url of elsewhere) expect(url).not.toContain(AV_KEY);
  });
});
