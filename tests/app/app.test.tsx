// The page as a person uses it, in jsdom against the demo API (MSW).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { parseViewState } from '@/stores/url-state';
import { useViewStore } from '@/stores/view-store';
import { server } from '../../mocks/node';
import { renderWithProviders } from '../utils';

function showView(search: string) {
  const { view, notices } = parseViewState(search, ['demo']);
  useViewStore.getState().replace(view, notices);
}

async function returnsRows() {
  const table = await screen.findByRole('table', { name: 'Returns' });
  await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(1 + useViewStore.getState().symbols.length));
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((c) => c.textContent ?? ''));
}

function returnBySymbol(rows: string[][]) {
  return Object.fromEntries(rows.map((cells) => [cells[0], cells[2]]));
}

beforeEach(() => showView('?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25'));

describe('App', () => {
  it('shows the YTD comparison with its base date, and says the data is sample data', async () => {
    renderWithProviders(<App />);
    expect(returnBySymbol(await returnsRows())).toEqual({ SPY: '+9.0%', QQQ: '+11.0%', MCHI: '+28.1%' });
    const returns = screen.getByRole('region', { name: 'Returns' });
    expect(within(returns).getByText('Price return since the Dec 31, 2024 close, as of Jul 25, 2025.')).toBeVisible();
    expect(screen.getAllByText('Sample data')[0]).toBeVisible();
    const performance = screen.getByRole('region', { name: 'Performance' });
    await waitFor(() => expect(performance.querySelectorAll('path[data-series]')).toHaveLength(3));
  });

  it('computes a range from the as-of trading day when the as-of date is a weekend', async () => {
    // 2022-01-02 is a Sunday: as of the Friday 2021-12-31 close, YTD is 2021's whole year.
    showView('?symbols=SPY&range=YTD&to=2022-01-02');
    renderWithProviders(<App />);
    const returns = await screen.findByRole('region', { name: 'Returns' });
    expect(await within(returns).findByText('Price return since the Dec 31, 2020 close, as of Dec 31, 2021.')).toBeVisible();
    expect(returnBySymbol(await returnsRows()).SPY).not.toBe('0.0%');
  });

  it('switches range with the Range presets', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const ytd = returnBySymbol(await returnsRows());
    const range = screen.getByRole('group', { name: 'Range' });
    await user.click(within(range).getByRole('button', { name: '1Y' }));
    expect(within(range).getByRole('button', { name: '1Y' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(range).getByRole('button', { name: 'YTD' })).toHaveAttribute('aria-pressed', 'false');
    const returns = screen.getByRole('region', { name: 'Returns' });
    expect(within(returns).getByText('Price return since the Jul 25, 2024 close, as of Jul 25, 2025.')).toBeVisible();
    expect(returnBySymbol(await returnsRows())).not.toEqual(ytd);
  });

  it('total return includes dividends: SPY total return beats its price return', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const price = parseFloat(returnBySymbol(await returnsRows()).SPY!);
    await user.click(within(screen.getByRole('group', { name: 'Basis' })).getByRole('button', { name: 'Total return' }));
    await screen.findAllByText('Total return since the Dec 31, 2024 close, as of Jul 25, 2025.');
    const total = parseFloat(returnBySymbol(await returnsRows()).SPY!);
    expect(total).toBeGreaterThan(price);
  });

  it('refuses an unknown symbol inline and adds a known one', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await returnsRows();
    const box = screen.getByRole('combobox', { name: 'Add symbol' });
    await user.type(box, 'zzzz{Enter}');
    expect(await screen.findByText(/^Demo \(sample data\) has no symbol ZZZZ\. Available: .*GLD/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Remove ZZZZ' })).toBeNull();

    await user.clear(box);
    await user.type(box, 's p y{Enter}');
    expect(await screen.findByText('"s p y" is not a ticker: use letters, digits and . - ^ only.')).toBeVisible();

    await user.clear(box);
    await user.type(box, 'gld{Enter}');
    expect(await screen.findByRole('button', { name: 'Remove GLD' })).toBeVisible();
    expect(useViewStore.getState().symbols).toEqual(['SPY', 'QQQ', 'MCHI', 'GLD']);
    expect(Object.keys(returnBySymbol(await returnsRows()))).toEqual(['SPY', 'QQQ', 'MCHI', 'GLD']);
  });

  it('removes a symbol from the chips, the table and the chart', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await returnsRows();
    await user.click(screen.getByRole('button', { name: 'Remove QQQ' }));
    expect(Object.keys(returnBySymbol(await returnsRows()))).toEqual(['SPY', 'MCHI']);
    const legend = within(screen.getByRole('region', { name: 'Performance' })).getByRole('group', { name: 'Series' });
    expect(within(legend).queryByRole('button', { name: 'QQQ' })).toBeNull();
  });

  it('sorts by a column and says so with aria-sort', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await returnsRows();
    const header = screen.getByRole('columnheader', { name: /^Return/ });
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect((await returnsRows()).map((r) => r[0])).toEqual(['MCHI', 'QQQ', 'SPY']);
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect((await returnsRows()).map((r) => r[0])).toEqual(['SPY', 'QQQ', 'MCHI']);
  });

  it('measures excess against the chosen benchmark', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    let rows = await returnsRows();
    expect(rows.find((r) => r[0] === 'MCHI')![3]).toBe('+19.1 pts');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Benchmark' }), 'QQQ');
    expect(screen.getByRole('columnheader', { name: /Excess vs QQQ/ })).toBeVisible();
    rows = await returnsRows();
    expect(rows.find((r) => r[0] === 'MCHI')![3]).toBe('+17.1 pts');
    // The benchmark's excess over itself does not apply: a dash, with the reason for screen readers.
    expect(rows.find((r) => r[0] === 'QQQ')![3]).toBe('—the benchmark itself');
  });

  it('hides and shows a series from the legend', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await returnsRows();
    const performance = screen.getByRole('region', { name: 'Performance' });
    const mchi = within(performance).getByRole('button', { name: 'MCHI' });
    await user.click(mchi);
    expect(mchi).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() => expect(performance.querySelectorAll('path[data-series]')).toHaveLength(2));
    await user.click(mchi);
    await waitFor(() => expect(performance.querySelectorAll('path[data-series]')).toHaveLength(3));
  });

  it('keeps the other symbols when one fails, and recovers on Retry', async () => {
    const user = userEvent.setup();
    let fail = true;
    server.use(
      http.get('*/api/v1/prices', ({ request }) =>
        fail && new URL(request.url).searchParams.get('symbols') === 'MCHI'
          ? HttpResponse.json({ error: { code: 'internal', message: 'database unavailable' } }, { status: 500 })
          : undefined,
      ),
    );
    renderWithProviders(<App />);
    const returns = await screen.findByRole('region', { name: 'Returns' });
    expect(await within(returns).findByText(/database unavailable/)).toBeVisible();
    await waitFor(() => expect(Object.keys(returnBySymbol(within(returns).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent ?? ''))))).toEqual(['SPY', 'QQQ']));

    fail = false;
    await user.click(within(returns).getByRole('button', { name: 'Retry' }));
    expect(returnBySymbol(await returnsRows())).toEqual({ SPY: '+9.0%', QQQ: '+11.0%', MCHI: '+28.1%' });
    expect(within(returns).queryByText(/database unavailable/)).toBeNull();
  });

  it('shows the notices of a malformed link and lets them be dismissed', async () => {
    const user = userEvent.setup();
    showView('?range=10Y&basis=foo');
    renderWithProviders(<App />);
    const notice = screen.getByRole('status', { name: 'Link notices' });
    expect(within(notice).getByText(/Ignored range="10Y"/)).toBeVisible();
    expect(within(notice).getByText(/Ignored basis="foo"/)).toBeVisible();
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Ignored range/)).toBeNull();
  });
});
