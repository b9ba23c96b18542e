// Links in the Events list: only http(s) addresses become links, each opening a new tab
// with rel="noopener noreferrer"; any other scheme (javascript:, data:, vbscript:, a
// disguised javascript:) is no link at all, and text that looks like HTML stays text.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { normaliseEvent } from '@/adapters/schemas';
import type { TimelineEvent } from '@/domain/types';
import { EventsPanel } from '@/features/events/events-panel';
import { parseViewState } from '@/stores/url-state';
import { useViewStore } from '@/stores/view-store';
import { renderPanel, settled, stubAdapter } from '../utils';

const event = (id: string, url: string, source?: string): TimelineEvent => ({
  id,
  date: '2025-07-01',
  title: `Event ${id}`,
  tags: [],
  url,
  ...(source ? { source } : {}),
});

// Events as a careless source might hand them over, before any boundary check.
const events: TimelineEvent[] = [
  event('script', 'javascript:window.__pwned=1', 'Script wire'),
  event('mixed-case', ' JaVaScRiPt:window.__pwned=1', 'Mixed case wire'),
  event('tabbed', 'java\tscript:window.__pwned=1', 'Tabbed wire'),
  event('data', 'data:text/html,<script>window.__pwned=1</script>', 'Data wire'),
  event('vbscript', 'vbscript:msgbox(1)', 'VB wire'),
  event('http', 'http://example.org/a', 'Plain wire'),
  event('https', 'https://example.org/b?x=1&y=2', 'Secure wire'),
];

beforeEach(() => useViewStore.getState().replace(parseViewState('?to=2025-07-25', ['demo']).view));

/** The Events panel of a source that hands over `list` as it is. */
async function renderEvents(list: TimelineEvent[]) {
  const { client } = renderPanel(<EventsPanel />, stubAdapter({ getEvents: async () => list }));
  const events = await screen.findByRole('list', { name: 'Events' });
  await settled(client);
  return within(events);
}

describe('links in the Events list', () => {
  it('links only the http and https addresses, each in a new tab with noopener noreferrer', async () => {
    const list = await renderEvents(events);
    const links = list.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/b?x=1&y=2', 'http://example.org/a']);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    expect(list.getByRole('link', { name: /^Secure wire ?\(opens in a new tab\)$/ })).toBeVisible();
  });

  it('shows the source of an event whose address is refused as plain text', async () => {
    const list = await renderEvents(events);
    for (const source of ['Script wire', 'Mixed case wire', 'Tabbed wire', 'Data wire', 'VB wire']) {
      expect(list.getByText(source)).toBeVisible();
      expect(list.queryByRole('link', { name: new RegExp(source) })).toBeNull();
    }
    expect(document.querySelector('[href^="javascript" i], [href^="data:" i], [href^="vbscript" i]')).toBeNull();
  });

  it('renders a title and summary that look like HTML as the literal text', async () => {
    const title = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const list = await renderEvents([{ id: 'html', date: '2025-07-01', title, tags: [] }]);
    expect(list.getByText(title)).toBeVisible();
    expect(document.querySelector('img, script')).toBeNull();
  });

  it('drops a non-http address at the adapter boundary, keeping the event', () => {
    const base = { id: 'x', date: '2025-07-01', title: 'X', tags: [] };
    for (const { url } of events.slice(0, 5)) expect(normaliseEvent({ ...base, url })).toEqual(base);
    expect(normaliseEvent({ ...base, url: 'https://example.org/b' })).toEqual({ ...base, url: 'https://example.org/b' });
  });
});
