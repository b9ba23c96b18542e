// The Events panel's smaller parts: the calm note for a source without events, the
// own-event form's checks, and the CSV export.
import { screen } from '@testing-library/react';
import { createStore, del, set } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { eventsCsvTable } from '@/features/events/events-csv';
import { EventsPanel } from '@/features/events/events-panel';
import { readOwnEvent } from '@/features/events/own-event-form';
import { toCsv } from '@/lib/csv';
import { renderPanel, settled, stubAdapter } from '../../utils';

const noEvents = stubAdapter({ capabilities: { prices: true, sentiment: true, events: false } });
// Where the browser keeps the person's own events (lib/own-events-storage.ts).
const ownEventsStore = () => createStore('tradewinds', 'events');

describe('EventsPanel', () => {
  afterEach(() => del('own-events', ownEventsStore()));

  it('says calmly that a source has no events, without an error', async () => {
    const { client } = renderPanel(<EventsPanel />, noEvents);
    expect(await screen.findByText('This source has no events; your own events still show.')).toBeVisible();
    await settled(client);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add event' })).toBeEnabled();
  });

  it('says how many saved events could not be read back', async () => {
    await set('own-events', [{ id: 'own-bad', title: 42 }, 'not an event', { id: 'own-ok-1', date: '2025-06-20', title: 'Kept', tags: [] }], ownEventsStore());
    const { client } = renderPanel(<EventsPanel />, noEvents);
    expect(await screen.findByText('2 of your saved events could not be read back and are not shown.')).toBeVisible();
    await settled(client);
  });

  it('says so in the singular when one saved event could not be read back', async () => {
    await set('own-events', ['not an event', { id: 'own-ok-1', date: '2025-06-20', title: 'Kept', tags: [] }], ownEventsStore());
    const { client } = renderPanel(<EventsPanel />, noEvents);
    expect(await screen.findByText('1 of your saved events could not be read back and is not shown.')).toBeVisible();
    await settled(client);
  });
});

describe('readOwnEvent', () => {
  const fields = { date: '2025-06-20', endDate: '', title: ' Rebalance ', tags: 'Personal, personal;review', url: '' };

  it('trims, lower-cases and de-duplicates tags', () => {
    expect(readOwnEvent(fields)).toEqual({ ok: true, event: { date: '2025-06-20', title: 'Rebalance', tags: ['personal', 'review'] } });
  });

  it.each([
    [{ date: '' }, 'Pick the date of the event.'],
    [{ endDate: '2025-06-19' }, 'The end date is before the start date.'],
    [{ title: '   ' }, 'Give the event a title.'],
    [{ tags: 'ok, Bad_Tag' }, '"bad_tag" is not a tag: use lower-case words joined by hyphens, e.g. trade-talks.'],
    [{ url: 'javascript:alert(1)' }, 'The link must start with http:// or https://.'],
  ])('refuses %o with a reason', (change, message) => {
    expect(readOwnEvent({ ...fields, ...change })).toEqual({ ok: false, message });
  });

  it('keeps an end date only when it differs from the date', () => {
    expect(readOwnEvent({ ...fields, endDate: '2025-06-20' })).toEqual({
      ok: true,
      event: { date: '2025-06-20', title: 'Rebalance', tags: ['personal', 'review'] },
    });
    expect(readOwnEvent({ ...fields, endDate: '2025-06-22' })).toMatchObject({ ok: true, event: { endDate: '2025-06-22' } });
  });
});

describe('events as CSV', () => {
  it('writes the import columns and neutralises cells a spreadsheet would run', () => {
    const csv = toCsv(eventsCsvTable([
      { id: 'a', date: '2025-07-28', endDate: '2025-07-29', title: 'Talks, in "Stockholm"', tags: ['trade-talks', 'oil'], url: 'https://example.org/a' },
      { id: 'b', date: '2025-08-01', title: '=HYPERLINK("http://evil")', tags: [], summary: '@SUM(A1)' },
    ]));
    expect(csv.split('\r\n')).toEqual([
      'date,end_date,title,tags,url,summary',
      '2025-07-28,2025-07-29,"Talks, in ""Stockholm""",trade-talks;oil,https://example.org/a,',
      `2025-08-01,,"'=HYPERLINK(""http://evil"")",,,'@SUM(A1)`,
    ]);
  });
});
