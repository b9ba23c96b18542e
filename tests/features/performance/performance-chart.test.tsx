// The time charts at a size the pixels cannot show point by point: what is drawn is
// downsampled, what the cursor reports is exact, and the cursor is shared by date.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { parseViewState } from '@/stores/url-state';
import { useViewStore } from '@/stores/view-store';
import { renderWithProviders } from '../../utils';

/** Vertices of an SVG path drawn as straight segments (Recharts' linear curve: M x,y L x,y ...). */
function vertexCount(path: Element): number {
  return (path.getAttribute('d') ?? '').split(/[ML]/).filter((s) => s.trim() !== '').length;
}

function showView(search: string) {
  const { view, notices } = parseViewState(search, ['demo']);
  useViewStore.getState().replace(view, notices);
}

describe('Performance chart over the whole history', () => {
  beforeEach(() => showView('?symbols=SPY,QQQ,MCHI&range=MAX&to=2025-07-25'));

  it('draws at most two points per pixel column, and reports exact figures at the cursor', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const performance = screen.getByRole('region', { name: 'Performance' });
    await waitFor(() => expect(performance.querySelectorAll('path[data-series]')).toHaveLength(3));

    // jsdom has no layout: the chart is 720 px wide, 630 of them plot. MAX is ~2,650 trading days.
    for (const path of performance.querySelectorAll('path[data-series]')) {
      expect(vertexCount(path)).toBeGreaterThan(630);
      expect(vertexCount(path)).toBeLessThanOrEqual(2 * 630 + 2 + 40);
      expect(path.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+$/);
    }

    // The cursor is a slider over dates; End goes to the as-of date, where the chart must agree with the table.
    const slider = within(performance).getByRole('slider', { name: 'Date on the Performance chart' });
    await user.click(screen.getByRole('button', { name: 'MAX' })); // focus somewhere before tabbing in
    act(() => slider.focus());
    await user.keyboard('{End}');
    const tooltip = await waitFor(() => {
      const el = performance.querySelector('.chart-tooltip');
      expect(el).not.toBeNull();
      return el as HTMLElement;
    });
    expect(within(tooltip).getByText('Jul 25, 2025')).toBeVisible();
    const returns = screen.getByRole('table', { name: 'Returns' });
    for (const symbol of ['SPY', 'QQQ', 'MCHI']) {
      const tableRow = within(returns).getByRole('row', { name: new RegExp(`^${symbol}\\b`) });
      const tableReturn = within(tableRow).getAllByRole('cell')[2]!.textContent;
      const tipRow = within(tooltip).getByRole('row', { name: new RegExp(`^${symbol}\\b`) });
      expect(within(tipRow).getAllByRole('cell')[0]!.textContent).toBe(tableReturn);
    }
    expect(slider).toHaveAttribute('aria-valuetext', expect.stringMatching(/^Jul 25, 2025, SPY /));
    // The drawn line ends where the chart's own scales put the last close (the cursor's dot).
    const spyEnd = performance.querySelector('path[data-series="SPY"]')!.getAttribute('d')!.split(/[ML]/).at(-1)!.split(',').map(Number);
    const spyDot = performance.querySelector('circle.chart-cursor-dot[fill="var(--series-1)"]')!;
    expect(spyEnd[0]).toBeCloseTo(Number(spyDot.getAttribute('cx')), 0);
    expect(spyEnd[1]).toBeCloseTo(Number(spyDot.getAttribute('cy')), 0);

    // One step left is the trading day before: Thursday 24 July.
    await user.keyboard('{ArrowLeft}');
    expect(within(performance.querySelector('.chart-tooltip') as HTMLElement).getByText('Jul 24, 2025')).toBeVisible();

    // Escape lets the cursor go.
    await user.keyboard('{Escape}');
    expect(performance.querySelector('.chart-tooltip')).toBeNull();
  });
});

describe('Shared cursor', () => {
  beforeEach(() => showView('?symbols=SPY,QQQ&range=YTD&to=2025-07-25'));

  it('marks the same date on the Sentiment chart while the Performance chart is explored', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const performance = screen.getByRole('region', { name: 'Performance' });
    const sentiment = screen.getByRole('region', { name: 'Sentiment' });
    const slider = await within(performance).findByRole('slider', { name: 'Date on the Performance chart' });
    await within(sentiment).findByRole('slider', { name: 'Date on the Sentiment chart' });
    act(() => slider.focus());
    await user.keyboard('{End}');
    // Only the hovered chart shows a tooltip; the other draws its cursor line at the same date.
    await waitFor(() => expect(sentiment.querySelectorAll('.chart-cursor-line').length).toBeGreaterThan(0));
    expect(sentiment.querySelector('.chart-tooltip')).toBeNull();
    const lineX = (region: HTMLElement) => Number(region.querySelector('.chart-cursor-line')!.getAttribute('x1'));
    // Same width, same time axis: the same x.
    expect(lineX(sentiment)).toBeCloseTo(lineX(performance), 0);
  });
});

describe('View as table', () => {
  beforeEach(() => showView('?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25'));

  it('gives the Performance chart numbers as a table, latest first, matching the Returns table', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const performance = screen.getByRole('region', { name: 'Performance' });
    const toggle = await within(performance).findByRole('button', { name: 'View as table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const table = within(performance).getByRole('table', { name: 'Performance by date' });
    const header = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(header).toEqual(['Date', 'SPY return', 'SPY price', 'QQQ return', 'QQQ price', 'MCHI return', 'MCHI price']);
    const rows = within(table).getAllByRole('row').slice(1);
    // YTD to 2025-07-25: the base day (2024-12-31) and 2025's 140 NYSE sessions to that date.
    expect(rows).toHaveLength(141);
    const latest = rows[0]!;
    expect(within(latest).getByRole('rowheader')).toHaveTextContent('Jul 25, 2025');
    const cells = within(latest).getAllByRole('cell').map((c) => c.textContent);
    expect([cells[0], cells[2], cells[4]]).toEqual(['+9.0%', '+11.0%', '+28.1%']);
    expect(within(rows.at(-1)!).getByRole('rowheader')).toHaveTextContent('Dec 31, 2024');
    expect(within(rows.at(-1)!).getAllByRole('cell')[0]).toHaveTextContent(/^0\.0%$/);

    await user.click(toggle);
    expect(within(performance).queryByRole('table', { name: 'Performance by date' })).toBeNull();
  });

  it('quotes the same last price as the Returns table on the total basis (the close as traded)', async () => {
    showView('?symbols=SPY,QQQ&range=YTD&to=2025-07-25&basis=total');
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const performance = screen.getByRole('region', { name: 'Performance' });
    await user.click(await within(performance).findByRole('button', { name: 'View as table' }));
    const latest = within(within(performance).getByRole('table', { name: 'Performance by date' })).getAllByRole('row')[1]!;
    const [, spyPrice, , qqqPrice] = within(latest).getAllByRole('cell').map((c) => c.textContent);
    const returns = screen.getByRole('table', { name: 'Returns' });
    const lastPrice = (symbol: string) => within(within(returns).getByRole('row', { name: new RegExp(`^${symbol}\\b`) })).getAllByRole('cell')[1]!.textContent;
    expect([spyPrice, qqqPrice]).toEqual([lastPrice('SPY'), lastPrice('QQQ')]);
    expect(spyPrice).toBe('638.74');
  });

  it('gives the Sentiment chart numbers as a table', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const sentiment = screen.getByRole('region', { name: 'Sentiment' });
    await user.click(await within(sentiment).findByRole('button', { name: 'View as table' }));
    // The volume chart draws a column per day and symbol: one path per symbol, a subpath per day.
    const columns = [...sentiment.querySelectorAll('.volume-columns path')];
    expect(columns).toHaveLength(3);
    for (const path of columns) expect(path.getAttribute('d')!.split('M').length - 1).toBeGreaterThan(150);
    const table = within(sentiment).getByRole('table', { name: 'Sentiment by date' });
    const latest = within(table).getAllByRole('row')[1]!;
    expect(within(latest).getByRole('rowheader')).toHaveTextContent('Jul 25, 2025');
    // The gauge's 7-day score is not the day's: the table holds the daily reading, a 0-100 whole number.
    const [spyScore] = within(latest).getAllByRole('cell').map((c) => c.textContent);
    expect(Number(spyScore)).toBeGreaterThanOrEqual(0);
    expect(Number(spyScore)).toBeLessThanOrEqual(100);
  });
});

describe('Event markers on a chart', () => {
  beforeEach(() => showView('?symbols=SPY,QQQ&range=YTD&to=2025-07-25'));

  it('take one Tab stop per chart; arrows move between them and Enter selects', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const performance = screen.getByRole('region', { name: 'Performance' });
    await waitFor(() => expect(performance.querySelectorAll('.event-marker').length).toBeGreaterThan(10));
    const markers = [...performance.querySelectorAll<SVGGElement>('.event-marker')];
    expect(markers.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);

    act(() => markers[0]!.focus());
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(markers[1]);
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(markers[0]);
    await user.keyboard('{ArrowRight}{Enter}');
    const selected = markers[1]!.getAttribute('aria-label')!;
    const panel = await screen.findByRole('region', { name: 'Event window' });
    expect(panel).toHaveTextContent(selected.slice(selected.indexOf(': ') + 2));
    // The selected marker is now the chart's Tab stop.
    expect(markers[1]).toHaveAttribute('tabindex', '0');
    expect(markers.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('leave minor events (phone calls, reminders) off a chart spanning more than about a year', async () => {
    const laneIds = (chart: HTMLElement) => [...chart.querySelectorAll('.event-marker')].flatMap((m) => m.getAttribute('data-event-id')!.split(' '));
    const minor = ['2025-06-trump-xi-call', '2025-07-august-deadline-set', '2025-09-trump-xi-call'];
    for (const [range, minorShown] of [['1Y', true], ['MAX', false]] as const) {
      showView(`?symbols=SPY,QQQ&range=${range}&to=2025-12-31`);
      const { unmount } = renderWithProviders(<App />);
      const performance = screen.getByRole('region', { name: 'Performance' });
      await waitFor(() => expect(laneIds(performance)).toContain('2025-07-stockholm-talks'));
      for (const id of minor) expect(laneIds(performance).includes(id), `${range}: ${id}`).toBe(minorShown);
      expect(laneIds(performance), range).toContain('2025-08-deal-deadline');
      // The Events list keeps them all.
      const list = await screen.findByRole('list', { name: 'Events' });
      expect(within(list).getAllByRole('button', { name: /Trump and Xi speak by phone/ }).length).toBeGreaterThan(0);
      unmount();
    }
  });
});
