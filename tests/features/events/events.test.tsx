// Events on the page, as a person uses them: the list, the tag filter, the markers on
// the Performance chart's event lane (clusters and their lists included), selecting an
// event, and their own events.
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
const LONDON = '2025-06-london-talks';
/** In jsdom the chart is 720 px wide: the Stockholm talks and the August 1 deadline, 4 days apart, share a cluster. */
// At YTD to Aug 29 on a 720 px chart (jsdom's), with the days ahead to Sep 28.
const STOCKHOLM_CLUSTER = '2 events, Jul 28, 2025 to Aug 1, 2025';
const FEBRUARY_CLUSTER = '4 events, Jan 27, 2025 to Feb 4, 2025';

function showView(search: string) {
  const { view, notices } = parseViewState(search, ['demo']);
  useViewStore.getState().replace(view, notices);
}

async function eventItems() {
  const list = await screen.findByRole('list', { name: 'Events' });
  return within(list).getAllByRole('listitem');
}

/** The events coming up after the as-of date, which the charts mark too (none: no list). */
function comingUpCount(): number {
  const list = screen.queryByRole('list', { name: 'Coming up' });
  return list ? within(list).getAllByRole('listitem').length : 0;
}

/** The event ids on the chart's lane: each marker's, and each of a cluster's (space-separated). */
function laneIds(chart: HTMLElement): string[] {
  return [...chart.querySelectorAll('.event-marker')].flatMap((m) => m.getAttribute('data-event-id')!.split(' '));
}

/** The full-height lines and bands drawn across the plot, as "tag id". */
function fullHeightMarks(chart: HTMLElement): string[] {
  return [...chart.querySelectorAll('.event-line, .event-band')].map((m) => `${m.tagName} ${m.getAttribute('data-event-id')}`);
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

  it('puts every listed event on the Performance chart’s lane, as a marker or in a cluster, and nothing across the plot', async () => {
    renderWithProviders(<App />);
    const items = await eventItems();
    const performance = screen.getByRole('region', { name: 'Performance' });
    await waitFor(() => expect(performance.querySelectorAll('.event-marker').length).toBeGreaterThan(5));
    // A chart of eight months shows minor events too: every listed event once, then those coming up.
    const expected = items.length + comingUpCount();
    expect(laneIds(performance)).toHaveLength(expected);
    expect(new Set(laneIds(performance)).size).toBe(expected);

    // Markers too close to tell apart are a cluster, named by its count and days.
    const cluster = within(performance).getByRole('button', { name: STOCKHOLM_CLUSTER });
    expect(cluster).toHaveAttribute('data-event-id', `${STOCKHOLM} 2025-08-deal-deadline`);
    expect(cluster).toHaveTextContent('2');
    // Nothing is selected or hovered: no line or band crosses the plot.
    expect(fullHeightMarks(performance)).toEqual([]);
  });

  it('draws a multi-day event as a bar on the lane and a one-day event as a dot; focus brings its band across the plot', async () => {
    // Three months: room enough that London and the truce stand alone.
    showView('?symbols=SPY,QQQ,MCHI&range=3M&to=2025-08-29');
    renderWithProviders(<App />);
    await eventItems();
    const performance = screen.getByRole('region', { name: 'Performance' });
    const london = await within(performance).findByRole('button', { name: 'Jun 9, 2025 to Jun 10, 2025: US-China trade talks in London' });
    expect(london).toHaveAttribute('data-event-id', LONDON);
    expect(london.querySelector('.event-mark')!.tagName).toBe('rect');
    const truce = within(performance).getByRole('button', { name: 'Aug 11, 2025: Tariff truce extended by 90 days' });
    expect(truce.querySelector('.event-mark')!.tagName).toBe('circle');

    expect(fullHeightMarks(performance)).toEqual([]);
    // Focus (or hover) draws the event's band through the plot, for as long as it lasts.
    act(() => london.focus());
    expect(fullHeightMarks(performance)).toEqual([`rect ${LONDON}`]);
    expect(screen.getByRole('tooltip')).toHaveTextContent('US-China trade talks in London');
    act(() => london.blur());
    expect(fullHeightMarks(performance)).toEqual([]);
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
    expect(laneIds(performance)).toHaveLength(items.length + comingUpCount());
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

    // The selected event's band crosses the plot; its cluster on the lane shows it holds the selection.
    const performance = screen.getByRole('region', { name: 'Performance' });
    expect(fullHeightMarks(performance)).toEqual([`rect ${STOCKHOLM}`]);
    expect(performance.querySelector(`rect.event-band[data-event-id="${STOCKHOLM}"]`)).toHaveClass('is-selected');
    expect(within(performance).getByRole('button', { name: STOCKHOLM_CLUSTER })).toHaveClass('is-selected');

    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(useViewStore.getState().event).toBeUndefined();
    expect(screen.queryByRole('region', { name: 'Event window' })).toBeNull();
  });

  it('selects an event from its chart marker with the keyboard', async () => {
    showView('?symbols=SPY,QQQ,MCHI&range=3M&to=2025-08-29');
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await eventItems();
    const performance = screen.getByRole('region', { name: 'Performance' });
    const marker = await within(performance).findByRole('button', { name: /^Jun 9, 2025 to Jun 10, 2025: / });
    expect(marker).toHaveAttribute('aria-pressed', 'false');
    // focus() is neither user-event nor fireEvent, which wrap in act: the tooltip it opens renders inside act.
    act(() => marker.focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/London/);
    await user.keyboard('{Enter}');
    expect(useViewStore.getState().event).toBe(LONDON);
    expect(await screen.findByRole('table', { name: 'Event window' })).toBeVisible();
    expect(marker).toHaveAttribute('aria-pressed', 'true');
    expect(fullHeightMarks(performance)).toContain(`rect ${LONDON}`);
  });

  it('opens a cluster’s list from the keyboard, closes it with Escape, and selects an event from it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await eventItems();
    const performance = screen.getByRole('region', { name: 'Performance' });
    const cluster = await within(performance).findByRole('button', { name: STOCKHOLM_CLUSTER });
    act(() => cluster.focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/2 events.*Stockholm.*Deadline for trade deals/);

    await user.keyboard('{Enter}');
    const list = within(performance).getByRole('list', { name: STOCKHOLM_CLUSTER });
    expect(cluster).toHaveAttribute('aria-expanded', 'true');
    expect(screen.queryByRole('tooltip')).toBeNull();
    const items = within(list).getAllByRole('button');
    expect(items.map((b) => b.textContent)).toEqual([
      'Jul 28, 2025 – Jul 29, 2025 US-China trade talks in Stockholm',
      'Aug 1, 2025 Deadline for trade deals with many countries',
    ]);
    expect(document.activeElement).toBe(items[0]);

    await user.keyboard('{Escape}');
    expect(within(performance).queryByRole('list', { name: STOCKHOLM_CLUSTER })).toBeNull();
    expect(cluster).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toBe(cluster);
    expect(useViewStore.getState().event).toBeUndefined();

    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}');
    // The focused item's line crosses the plot while it is chosen.
    expect(fullHeightMarks(performance)).toEqual(['line 2025-08-deal-deadline']);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(useViewStore.getState().event).toBe(STOCKHOLM);
    expect(within(performance).queryByRole('list', { name: STOCKHOLM_CLUSTER })).toBeNull();
    expect(document.activeElement).toBe(cluster);
    expect(await screen.findByRole('table', { name: 'Event window' })).toBeVisible();
    expect(fullHeightMarks(performance)).toEqual([`rect ${STOCKHOLM}`]);
  });

  it('opens a cluster’s list with a click, selects with a click, and closes on a click elsewhere', async () => {
    const user = userEvent.setup();
    renderWithProviders(<App />);
    await eventItems();
    const performance = screen.getByRole('region', { name: 'Performance' });
    const cluster = await within(performance).findByRole('button', { name: FEBRUARY_CLUSTER });
    await user.click(cluster);
    let list = within(performance).getByRole('list', { name: FEBRUARY_CLUSTER });
    expect(within(list).getAllByRole('button')).toHaveLength(4);
    await user.click(screen.getByRole('heading', { name: 'Performance' }));
    expect(within(performance).queryByRole('list')).toBeNull();

    await user.click(cluster);
    list = within(performance).getByRole('list', { name: FEBRUARY_CLUSTER });
    await user.click(within(list).getByRole('button', { name: /Extra 10% US tariff/ }));
    expect(useViewStore.getState().event).toBe('2025-02-fentanyl-tariff-10');
    expect(fullHeightMarks(performance)).toEqual(['line 2025-02-fentanyl-tariff-10']);

    // Opened again, the list marks the selected event.
    await user.click(cluster);
    list = within(performance).getByRole('list', { name: FEBRUARY_CLUSTER });
    expect(within(list).getByRole('button', { pressed: true })).toHaveTextContent('Extra 10% US tariff');
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
