// Add symbol as a person uses it, on the demo (MSW): suggestions as they type, picked by
// keyboard or pointer; an unknown ticker refused with what is available, without asking for
// its prices; messages that go with the view they spoke of; focus kept after Remove.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { queryKeys } from '@/queries/query-keys';
import { parseViewState } from '@/stores/url-state';
import { useViewStore } from '@/stores/view-store';
import { server } from '../../../mocks/node';
import { renderWithProviders } from '../../utils';

function showView(search: string) {
  const { view, notices } = parseViewState(search, ['demo']);
  useViewStore.getState().replace(view, notices);
}

/** The tickers of the Returns table's rows, once it has one per shown symbol. */
async function returnsSymbols(): Promise<string[]> {
  const table = await screen.findByRole('table', { name: 'Returns' });
  await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(1 + useViewStore.getState().symbols.length));
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent ?? '');
}

/** The symbols whose prices were asked for, from now on. */
function recordPriceRequests(): string[] {
  const asked: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/prices')) asked.push(url.searchParams.get('symbols') ?? '');
  });
  return asked;
}

const box = () => screen.getByRole('combobox', { name: 'Add symbol' });
const optionNames = (listbox: HTMLElement) => within(listbox).getAllByRole('option').map((o) => o.textContent);

beforeEach(() => showView('?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25'));
afterEach(() => server.events.removeAllListeners());

describe('Add symbol', () => {
  it('suggests tickers as they are typed and adds the one chosen with the arrow keys and Enter', async () => {
    const user = userEvent.setup();
    const { client } = renderWithProviders(<App />);
    await returnsSymbols();
    // The list is not fetched with the page, only once the box is used.
    expect(client.getQueryState(queryKeys.symbols('demo'))).toBeUndefined();
    expect(box()).toHaveAttribute('aria-expanded', 'false');

    await user.type(box(), 'FX');
    const listbox = await screen.findByRole('listbox', { name: 'Symbol suggestions' });
    expect(box()).toHaveAttribute('aria-expanded', 'true');
    expect(optionNames(listbox)).toEqual(['FXI iShares China Large-Cap ETF']);

    await user.keyboard('{ArrowDown}');
    const fxi = within(listbox).getByRole('option', { name: /^FXI/ });
    expect(fxi).toHaveAttribute('aria-selected', 'true');
    expect(box()).toHaveAttribute('aria-activedescendant', fxi.id);
    expect(box()).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: 'Remove FXI' })).toBeVisible();
    expect(await returnsSymbols()).toEqual(['SPY', 'QQQ', 'MCHI', 'FXI']);
    expect(box()).toHaveValue('');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('finds symbols by name, leaves out those on the chart, and adds one on a click', async () => {
    showView('?symbols=SPY,QQQ&range=YTD&to=2025-07-25');
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await returnsSymbols();
    await user.type(box(), 'china');
    const listbox = await screen.findByRole('listbox', { name: 'Symbol suggestions' });
    expect(within(listbox).getAllByRole('option').map((o) => o.textContent!.split(' ')[0])).toEqual(['FXI', 'KWEB', 'MCHI']);

    await user.click(within(listbox).getByRole('option', { name: /^MCHI/ }));
    expect(await screen.findByRole('button', { name: 'Remove MCHI' })).toBeVisible();
    expect(await returnsSymbols()).toEqual(['SPY', 'QQQ', 'MCHI']);

    await user.type(box(), 'china');
    const after = await screen.findByRole('listbox', { name: 'Symbol suggestions' });
    expect(within(after).queryByRole('option', { name: /^MCHI/ })).toBeNull();
  });

  it('closes the list with Escape, keeping the text; Up goes to the last option', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await returnsSymbols();
    await user.type(box(), 'i');
    const listbox = await screen.findByRole('listbox', { name: 'Symbol suggestions' });
    const options = within(listbox).getAllByRole('option');
    await user.keyboard('{ArrowUp}');
    expect(options.at(-1)).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box()).toHaveAttribute('aria-expanded', 'false');
    expect(box()).not.toHaveAttribute('aria-activedescendant');
    expect(box()).toHaveValue('i');

    // With the list closed, Down opens it again; Escape on a closed list clears the box.
    await user.keyboard('{ArrowDown}');
    expect(await screen.findByRole('listbox', { name: 'Symbol suggestions' })).toBeVisible();
    await user.keyboard('{Escape}{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box()).toHaveValue('');
  });

  it('refuses an unknown ticker with what the source has, without asking for its prices', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await returnsSymbols();
    const asked = recordPriceRequests();
    await user.type(box(), 'zzz{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Demo (sample data) has no symbol ZZZ. Available: EEM, FXI, GLD, IWM, KWEB, MCHI, QQQ, SOXX, SPY, TLT.',
    );
    expect(box()).toHaveAccessibleDescription(alert.textContent!);
    expect(box()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('button', { name: 'Remove ZZZ' })).toBeNull();
    expect(asked).not.toContain('ZZZ');

    // A listed ticker typed in full (no option chosen) is added.
    await user.clear(box());
    await user.type(box(), 'gld{Enter}');
    expect(await screen.findByRole('button', { name: 'Remove GLD' })).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await returnsSymbols()).toEqual(['SPY', 'QQQ', 'MCHI', 'GLD']);
  });

  it('drops a message when the range or the symbols change, and it does not come back', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await returnsSymbols();
    await user.type(box(), 'qqq{Enter}');
    expect(await screen.findByText('QQQ is already on the chart.')).toBeVisible();

    const range = screen.getByRole('group', { name: 'Range' });
    await user.click(within(range).getByRole('button', { name: '1Y' }));
    expect(screen.queryByText('QQQ is already on the chart.')).toBeNull();
    expect(box()).not.toHaveAttribute('aria-invalid');
    await user.click(within(range).getByRole('button', { name: 'YTD' }));
    expect(screen.queryByText('QQQ is already on the chart.')).toBeNull();

    await user.click(box());
    await user.keyboard('{Enter}');
    expect(await screen.findByText('QQQ is already on the chart.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Remove QQQ' }));
    expect(screen.queryByText('QQQ is already on the chart.')).toBeNull();
  });

  it.each([
    ['fails', () => HttpResponse.json({ error: { code: 'internal', message: 'down' } }, { status: 500 })],
    ['has none', () => HttpResponse.json({ symbols: [] })],
  ])('still takes a typed ticker when the source’s symbol list %s, checking it by its prices', async (_, answer) => {
    server.use(http.get('*/api/v1/symbols', answer));
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await returnsSymbols();
    const asked = recordPriceRequests();
    await user.type(box(), 'zzzz');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Demo (sample data) has no symbol ZZZZ; it was not added.')).toBeVisible();
    expect(asked).toContain('ZZZZ');

    await user.clear(box());
    await user.type(box(), 'kweb{Enter}');
    expect(await screen.findByRole('button', { name: 'Remove KWEB' })).toBeVisible();
    expect(await returnsSymbols()).toEqual(['SPY', 'QQQ', 'MCHI', 'KWEB']);
  });
});

describe('Remove <SYM>', () => {
  it('moves focus to the next chip’s Remove, or the previous one’s at the end', async () => {
    showView('?symbols=SPY,QQQ,MCHI,GLD&range=YTD&to=2025-07-25');
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await returnsSymbols();
    const chips = screen.getByRole('list', { name: 'Symbols' });
    await user.click(within(chips).getByRole('button', { name: 'Remove GLD' }));
    await waitFor(() => expect(within(chips).getByRole('button', { name: 'Remove MCHI' })).toHaveFocus());

    await user.click(within(chips).getByRole('button', { name: 'Remove QQQ' }));
    await waitFor(() => expect(within(chips).getByRole('button', { name: 'Remove MCHI' })).toHaveFocus());
    expect(await returnsSymbols()).toEqual(['SPY', 'MCHI']);
  });

  it('moves focus to the Add symbol box when the chip left cannot be removed', async () => {
    showView('?symbols=SPY,QQQ&range=YTD&to=2025-07-25');
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await returnsSymbols();
    const chips = screen.getByRole('list', { name: 'Symbols' });
    // From the keyboard, as a person without a pointer removes it.
    within(chips).getByRole('button', { name: 'Remove SPY' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(box()).toHaveFocus());
    expect(within(chips).getByRole('button', { name: 'Remove QQQ' })).toBeDisabled();
  });
});
