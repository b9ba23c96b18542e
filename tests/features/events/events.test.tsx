// Events on the page, as a person uses them: the list, the tag filter, the overlays on
// the Performance chart, selecting an event, and their own events.
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '@/app/app';
import { formatPercent } from '@/domain/format';
import { deleteOwnEvent, loadOwnEvents } from '@/lib/own-events-storage';
import { parseViewState } from '@/stores/url-state';
import { useViewStore } from '@/stores/view-store';
import { getPrices } from '../../../mocks/demo-api';
import { renderWithProviders } from '../../utils';

const STOCKHOLM = '2025-07-stockholm-talks';

function showView(search: string) {
  const { view, notices } = parseViewState(search, ['demo']);
  useViewStore.getState().replace(view, notices);
}

async function eventItems() {
  const list = await screen.findByRole('list', { name: 'Events' });
  return within(list).getAllByRole('listitem');
}

async function comingUpItems() {
  const list = await screen.findByRole('list', { name: 'Coming up' });
  return within(list).getAllByRole('listitem');
}

beforeEach(() => showView('?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-08-29'));
afterEach(async () => {
  cleanup(); // before the awaits below, which would let the page's pending updates land outside act
  for (const e of (await loadOwnEvents()).events) await deleteOwnEvent(e.id);
});

describe('Events', () => {
  it('lists the events in range, newest first, each with its date and title', async () => {
    renderWithProviders(<App />);
    const items = await eventItems();
    const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates.every((d) => d >= '2025-01-01' && d <= '2025-08-29')).toBe(true);
    const stockholm = items.find((li) => li.querySelector('time[datetime="2025-07-28"]'));
    expect(stockholm).toBeDefined();
    expect(within(stockholm!).getByText(/Stockholm/)).toBeVisible();
    expect(stockholm!.querySelector('time[datetime="2025-07-29"]')).not.toBeNull();
  });

  it('orders oldest first on request', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await eventItems();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'oldest');
    const dates = (await eventItems()).map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort());
  });

  it('draws a band for a multi-day event and a line for a one-day event on the Performance chart', async () => {
    renderWithProviders(<App />);
    await eventItems();
    const performance = screen.getByRole('region', { name: 'Performance' });
    await waitFor(() => expect(performance.querySelector(`[data-event-id="${STOCKHOLM}"]`)).not.toBeNull());
    expect(performance.querySelector(`[data-event-id="${STOCKHOLM}"]`)!.tagName).toBe('rect');
    const lines = performance.querySelectorAll('line[data-event-id]');
    expect(lines.length).toBeGreaterThan(0);
    // Every event in the list is on the chart, then those coming up after the as-of date, and nothing else.
    const ids = [...performance.querySelectorAll('[data-event-id]')].map((e) => e.getAttribute('data-event-id'));
    expect(ids).toHaveLength((await eventItems()).length + (await comingUpItems()).length);
  });

  it('filters list and overlays by tag, and keeps the filter in the view', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const before = (await eventItems()).length;
    await user.click(within(screen.getByRole('group', { name: 'Filter by tag' })).getByRole('button', { name: 'trade-talks' }));
    expect(useViewStore.getState().tags).toEqual(['trade-talks']);
    const items = await eventItems();
    expect(items.length).toBeLessThan(before);
    for (const li of items) expect(within(li).getByText('trade-talks')).toBeVisible();
    const performance = screen.getByRole('region', { name: 'Performance' });
    expect(performance.querySelectorAll('[data-event-id]')).toHaveLength(items.length + (await comingUpItems()).length);
  });

  it('selects an event from the list and shows its window with the served prices', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    const stockholm = (await eventItems()).find((li) => li.querySelector('time[datetime="2025-07-28"]'))!;
    await user.click(within(stockholm).getByRole('button', { name: /Stockholm/ }));
    expect(useViewStore.getState().event).toBe(STOCKHOLM);

    const panel = await screen.findByRole('region', { name: 'Event window' });
    const table = within(panel).getByRole('table', { name: 'Event window' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['SPY', 'QQQ', 'MCHI']);

    // t0 is the close before Monday 2025-07-28: Friday 2025-07-25. T+1, T+5, T+10 count trading days.
    const served = getPrices({ symbols: ['MCHI'], from: '2025-07-25', to: '2025-08-29' });
    if (!served.ok) throw new Error('demo API failed');
    const bars = served.body.series[0]!.bars;
    expect(bars[0]!.date).toBe('2025-07-25');
    const expected = [1, 5, 10].map((h) => formatPercent(bars[h]!.close / bars[0]!.close - 1));
    const mchi = within(rows[2]!).getAllByRole('cell').map((c) => c.textContent);
    expect(mchi[1]).toBe('Jul 25, 2025');
    expect(mchi.slice(2, 5)).toEqual(expected);
    expect(within(table).getByRole('columnheader', { name: 'T+1' })).toBeVisible();
    expect(within(table).getByRole('columnheader', { name: 'T+10' })).toBeVisible();

    const performance = screen.getByRole('region', { name: 'Performance' });
    expect(performance.querySelector(`[data-event-id="${STOCKHOLM}"]`)!.closest('.event')).toHaveClass('is-selected');

    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(useViewStore.getState().event).toBeUndefined();
    expect(screen.queryByRole('region', { name: 'Event window' })).toBeNull();
  });

  it('selects an event from its chart marker with the keyboard', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await eventItems();
    const performance = screen.getByRole('region', { name: 'Performance' });
    const marker = await within(performance).findByRole('button', { name: /^2025-07-28 to 2025-07-29: / });
    // focus() is neither user-event nor fireEvent, which wrap in act: the tooltip it opens renders inside act.
    act(() => marker.focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/Stockholm/);
    await user.keyboard('{Enter}');
    expect(useViewStore.getState().event).toBe(STOCKHOLM);
    expect(await screen.findByRole('table', { name: 'Event window' })).toBeVisible();
  });

  it('leaves blanks, not zeros, past the as-of date', async () => {
    // As of Friday 2025-08-01 the Stockholm window has T+1 (Jul 28) and T+5 (Aug 1), not yet T+10.
    showView(`?symbols=SPY&range=YTD&to=2025-08-01&event=${STOCKHOLM}`);
    renderWithProviders(<App />);
    const table = await screen.findByRole('table', { name: 'Event window' });
    const spy = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell').map((c) => c.textContent);
    expect(spy[2]).toMatch(/^[+-]\d+\.\d%$/);
    expect(spy[3]).toMatch(/^[+-]\d+\.\d%$/);
    expect(spy[4]).toBe('–');
  });

  it('adds an own event that survives a reload, and deletes it', async () => {
    const user = userEvent.setup();
    const first = renderWithProviders(<App />);
    await eventItems();
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    const form = screen.getByRole('form', { name: 'Add your own event' });
    await user.type(within(form).getByLabelText('Date'), '2025-06-20');
    await user.type(within(form).getByLabelText('Title'), 'My portfolio rebalance');
    await user.type(within(form).getByLabelText(/Tags/), 'Personal, =evil');
    await user.click(within(form).getByRole('button', { name: 'Save event' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('"=evil" is not a tag');

    await user.clear(within(form).getByLabelText(/Tags/));
    await user.type(within(form).getByLabelText(/Tags/), 'personal');
    await user.type(within(form).getByLabelText(/Link/), 'javascript:alert(1)');
    await user.click(within(form).getByRole('button', { name: 'Save event' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('The link must start with http:// or https://.');
    await user.clear(within(form).getByLabelText(/Link/));
    await user.click(within(form).getByRole('button', { name: 'Save event' }));

    await waitFor(async () => expect((await eventItems()).some((li) => li.textContent?.includes('My portfolio rebalance'))).toBe(true));
    first.unmount();

    renderWithProviders(<App />);
    const mine = (await eventItems()).find((li) => li.textContent?.includes('My portfolio rebalance'));
    expect(mine).toBeDefined();
    expect(within(mine!).getByText('Yours')).toBeVisible();
    expect(within(mine!).getByText('personal')).toBeVisible();
    await user.click(within(mine!).getByRole('button', { name: 'Delete My portfolio rebalance' }));
    await waitFor(async () => expect((await eventItems()).some((li) => li.textContent?.includes('My portfolio rebalance'))).toBe(false));
  });
});
