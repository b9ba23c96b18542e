// Choosing and setting up a source, as a person does it: the Data source combobox,
// the settings dialog (keyboard included), Test connection, Save and Forget, the status badge.
import { onlineManager } from '@tanstack/react-query';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { readStoredSettings, useSourceSettings } from '@/stores/source-settings';
import { parseViewState } from '@/stores/url-state';
import { useViewStore } from '@/stores/view-store';
import { server } from '../../../mocks/node';
import { renderWithProviders } from '../../utils';

// The demo handlers answer `*/api/v1` on any origin: a stand-in for someone's server.
const SERVER = 'http://api.test/api/v1';

beforeEach(() => {
  const { view } = parseViewState('?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25&source=rest', ['demo', 'rest']);
  useViewStore.getState().replace(view);
});
afterEach(() => {
  cleanup(); // before the stores are reset under a mounted page
  onlineManager.setOnline(true);
  useSourceSettings.getState().forget('rest');
  useSourceSettings.getState().forget('alphavantage');
  localStorage.clear();
});

describe('the source picker', () => {
  it('offers the sources by value and says when one is not set up', async () => {
    renderWithProviders(<App />);
    const picker = screen.getByRole('combobox', { name: 'Data source' });
    expect(within(picker).getAllByRole('option').map((o) => (o as HTMLOptionElement).value)).toEqual(expect.arrayContaining(['demo', 'rest']));
    expect(picker).toHaveValue('rest');
    expect(screen.getByText('REST API is not set up yet: open Source settings to connect it.')).toBeVisible();
    expect(screen.queryByRole('table', { name: 'Returns' })).toBeNull();
  });

  it('tests, saves and uses REST settings, which persist without ever entering the URL', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await user.click(screen.getByRole('button', { name: 'Source settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'REST API settings' });
    const url = await within(dialog).findByRole('textbox', { name: 'REST base URL' });
    expect(url).toHaveFocus();

    await user.type(url, 'ftp://nope');
    await user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Enter an http:// or https:// address');

    await user.clear(url);
    await user.type(url, SERVER);
    await user.type(within(dialog).getByRole('textbox', { name: 'Bearer token' }), 'tok-123');
    await user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    expect(await within(dialog).findByText('REST API answered with 10 symbols.')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Source settings' })).toHaveFocus();
    const table = await screen.findByRole('table', { name: 'Returns' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    expect(readStoredSettings(JSON.parse(localStorage.getItem('tradewinds-sources')!).state)).toEqual({ rest: { baseUrl: SERVER, token: 'tok-123' } });
    expect(window.location.href).not.toContain('tok-123');
  });

  it('forgets saved settings', async () => {
    const user = userEvent.setup();
    useSourceSettings.getState().save('rest', { baseUrl: SERVER, token: 'tok-123' });
    renderWithProviders(<App />);
    await user.click(screen.getByRole('button', { name: 'Source settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'REST API settings' });
    expect(await within(dialog).findByRole('textbox', { name: 'REST base URL' })).toHaveValue(SERVER);
    await user.click(within(dialog).getByRole('button', { name: 'Forget' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('The REST settings were forgotten.');
    expect(useSourceSettings.getState().values.rest).toBeUndefined();
    expect(localStorage.getItem('tradewinds-sources')).not.toContain('tok-123');
  });

  it('closes on Escape and keeps Tab inside the dialog', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const opener = screen.getByRole('button', { name: 'Source settings' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'REST API settings' });
    await within(dialog).findByRole('textbox', { name: 'REST base URL' });
    for (let i = 0; i < 8; i++) await user.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('opens the settings of a source chosen without any, at once, on the address field', async () => {
    useViewStore.getState().setSource('demo');
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const picker = screen.getByRole('combobox', { name: 'Data source' });
    await user.selectOptions(picker, 'rest');
    const dialog = await screen.findByRole('dialog', { name: 'REST API settings' });
    const url = await within(dialog).findByRole('textbox', { name: 'REST base URL' });
    expect(url).toHaveFocus();
    expect(url).toHaveAttribute('placeholder', 'http://127.0.0.1:8787/api/v1');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(picker).toHaveFocus();

    await user.selectOptions(picker, 'alphavantage');
    const avDialog = await screen.findByRole('dialog', { name: 'Alpha Vantage settings' });
    expect(await within(avDialog).findByRole('textbox', { name: 'API key' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();

    // Nothing to set up for these.
    for (const id of ['files', 'demo']) {
      await user.selectOptions(picker, id);
      expect(screen.queryByRole('dialog')).toBeNull();
    }
  });

  it('opens no settings for a source chosen with its settings saved', async () => {
    useViewStore.getState().setSource('demo');
    useSourceSettings.getState().save('rest', { baseUrl: SERVER });
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Data source' }), 'rest');
    expect(await screen.findByRole('table', { name: 'Returns' })).toBeVisible();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('names the host of an address that answers nothing', async () => {
    server.use(http.get('http://127.0.0.1:9/*', () => HttpResponse.error()));
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await user.click(screen.getByRole('button', { name: 'Source settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'REST API settings' });
    await user.type(await within(dialog).findByRole('textbox', { name: 'REST base URL' }), 'http://127.0.0.1:9/api/v1');
    await user.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent('REST API at 127.0.0.1:9 could not be reached. Check the connection or the address.'),
    );
  });

  it('asks a source that did not answer again once the connection is back', async () => {
    useSourceSettings.getState().save('rest', { baseUrl: SERVER });
    let answering = false;
    // Until then its symbol list, which the health check asks for, fails at the network.
    server.use(http.get(`${SERVER}/symbols`, () => (answering ? undefined : HttpResponse.error())));
    renderWithProviders(<App />);
    expect(await screen.findByText(/Unavailable/)).toBeVisible();

    answering = true;
    act(() => onlineManager.setOnline(false));
    act(() => onlineManager.setOnline(true));
    expect(await screen.findByText(/Connected/)).toBeVisible();
    expect(screen.queryByText(/Unavailable/)).toBeNull();
  });

  it('switches source and keeps the view', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Data source' }), 'demo');
    expect(useViewStore.getState()).toMatchObject({ source: 'demo', symbols: ['SPY', 'QQQ', 'MCHI'], range: 'YTD', to: '2025-07-25' });
    expect(await screen.findByRole('table', { name: 'Returns' })).toBeVisible();
  });
});

describe('readStoredSettings', () => {
  it('keeps what is valid and drops what is not', () => {
    expect(readStoredSettings({ rest: { baseUrl: 'javascript:alert(1)' }, alphavantage: { apiKey: 'ABC123' } })).toEqual({ alphavantage: { apiKey: 'ABC123' } });
    expect(readStoredSettings('garbage')).toEqual({});
    expect(readStoredSettings({ rest: { baseUrl: 'https://example.org/api', token: 'x' } })).toEqual({ rest: { baseUrl: 'https://example.org/api', token: 'x' } });
  });
});
