// The demo event timeline (mocks/data/events.json) and the demo API's /events route
// (docs/definitions.md#types and #rest-contract), read through the app's own schema and the demo adapter.
// jsdom: the route tests resolve /api/v1 against the page, as the app does.
import { describe, expect, it } from 'vitest';
import { DataSourceError } from '@/adapters/data-adapter';
import { demoAdapter } from '@/adapters/demo/source';
import { eventsResponse, parsePayload } from '@/adapters/schemas';
import { isIsoDate } from '@/domain/dates';
import eventData from '../../mocks/data/events.json';
import prices from '../../mocks/data/prices.json';
import { parseEventParams } from '@/domain/contract-requests';
import { getEvents } from '../../mocks/demo-api';

const TAGS = ['trade-talks', 'deadline', 'tariffs', 'chips', 'oil', 'fentanyl', 'rare-earths', 'truce', 'export-controls', 'summit'];
const DEMO_TICKERS = new Set(prices.symbols.map((s) => s.symbol));
const events = eventData.events;
const demo = demoAdapter;

type Row = { id: string; date: string; endDate?: string; tags: string[]; symbols?: string[]; url?: string; title: string; importance?: string };
const rows: Row[] = events;
const byId = new Map(rows.map((e) => [e.id, e]));

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection, got a value');
    },
    (e: unknown) => e,
  );
}

describe('demo events data', () => {
  it('carries the notice and passes the app schema', () => {
    expect(eventData.notice).toBe('Event dates are real; titles and summaries are written for this demo.');
    const parsed = parsePayload(eventsResponse, { events }, 'demo events');
    expect(parsed.events).toHaveLength(events.length);
  });

  it('has at least 24 events, sorted by date', () => {
    expect(rows.length).toBeGreaterThanOrEqual(24);
    const dates = rows.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('has unique, URL-safe, short kebab-case ids', () => {
    const ids = rows.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(encodeURIComponent(id)).toBe(id);
      expect(id.length).toBeLessThanOrEqual(60);
    }
  });

  it('has valid dates, and endDate after date where present', () => {
    for (const e of rows) {
      expect(isIsoDate(e.date), e.id).toBe(true);
      expect(e.date.startsWith('2025-'), e.id).toBe(true);
      if (e.endDate !== undefined) {
        expect(isIsoDate(e.endDate), e.id).toBe(true);
        expect(e.endDate > e.date, e.id).toBe(true);
      }
    }
  });

  it('uses only the fixed tag vocabulary, at least one tag each', () => {
    for (const e of rows) {
      expect(e.tags.length, e.id).toBeGreaterThan(0);
      expect(new Set(e.tags).size, e.id).toBe(e.tags.length);
      for (const tag of e.tags) expect(TAGS, `${e.id}: ${tag}`).toContain(tag);
    }
  });

  it('names only demo tickers, and never an empty symbols list', () => {
    for (const e of rows) {
      if (e.symbols === undefined) continue;
      expect(e.symbols.length, e.id).toBeGreaterThan(0);
      for (const s of e.symbols) expect(DEMO_TICKERS.has(s), `${e.id}: ${s}`).toBe(true);
    }
  });

  it('links only to https URLs', () => {
    for (const e of rows) {
      if (e.url === undefined) continue;
      expect(new URL(e.url).protocol, e.id).toBe('https:');
    }
  });

  it.each([
    ['2025-05-geneva-talks', '2025-05-10', '2025-05-11'],
    ['2025-06-london-talks', '2025-06-09', '2025-06-10'],
    ['2025-07-stockholm-talks', '2025-07-28', '2025-07-29'],
    ['2025-09-madrid-talks', '2025-09-14', '2025-09-15'],
    ['2025-10-kuala-lumpur-talks', '2025-10-25', '2025-10-26'],
  ])('dates the talks %s from %s to %s', (id, date, endDate) => {
    const e = byId.get(id);
    expect(e).toMatchObject({ date, endDate });
    expect(e?.tags).toContain('trade-talks');
  });

  it.each([
    ['2025-01-27', 'chips'],
    ['2025-02-04', 'fentanyl'],
    ['2025-03-04', 'fentanyl'],
    ['2025-04-02', 'tariffs'],
    ['2025-04-09', 'tariffs'],
    ['2025-04-15', 'export-controls'],
    ['2025-05-12', 'truce'],
    ['2025-08-01', 'deadline'],
    ['2025-08-11', 'truce'],
    ['2025-10-09', 'rare-earths'],
    ['2025-10-10', 'tariffs'],
    ['2025-10-30', 'summit'],
  ])('has a single-day event on %s tagged %s', (date, tag) => {
    const found = rows.filter((e) => e.date === date && e.endDate === undefined && e.tags.includes(tag));
    expect(found.length).toBeGreaterThan(0);
  });

  it('marks the minor events (phone calls, a deadline reminder, terms taking effect), and keeps the talks and the August 1 deadline major', () => {
    for (const e of rows) expect([undefined, 'major', 'minor'], e.id).toContain(e.importance);
    const minor = rows.filter((e) => e.importance === 'minor').map((e) => e.id);
    expect(minor).toEqual([
      '2025-05-reduced-tariffs-effective',
      '2025-06-trump-xi-call',
      '2025-07-august-deadline-set',
      '2025-09-trump-xi-call',
      '2025-11-busan-terms-effective',
    ]);
    for (const id of ['2025-05-geneva-talks', '2025-06-london-talks', '2025-07-stockholm-talks', '2025-08-deal-deadline']) {
      expect(byId.get(id)?.importance, id).not.toBe('minor');
    }
    // The app's schema keeps it: the charts read it to leave minor events out of wide zooms.
    const parsed = parsePayload(eventsResponse, { events }, 'demo events');
    expect(parsed.events.find((e) => e.id === '2025-06-trump-xi-call')?.importance).toBe('minor');
  });

  it('tags the required events as specified', () => {
    const deepseek = rows.find((e) => e.date === '2025-01-27');
    expect(deepseek?.tags).toContain('chips');
    expect([...(deepseek?.symbols ?? [])].sort()).toEqual(['QQQ', 'SOXX']);
    const fentanyl = rows.find((e) => e.date === '2025-02-04' && e.tags.includes('fentanyl'));
    expect(fentanyl?.tags).toEqual(expect.arrayContaining(['tariffs', 'fentanyl']));
    const h20 = rows.find((e) => e.date === '2025-04-15');
    expect(h20?.tags).toEqual(expect.arrayContaining(['chips', 'export-controls']));
    expect(byId.get('2025-07-stockholm-talks')?.tags).toEqual(
      expect.arrayContaining(['trade-talks', 'fentanyl', 'oil', 'rare-earths', 'chips']),
    );
  });
});

describe('parseEventParams', () => {
  const params = (query: string) => parseEventParams(new URLSearchParams(query));

  it('accepts no parameters at all', () => {
    expect(params('')).toEqual({ ok: true, body: { symbols: [] } });
  });

  it('reads symbols (trimmed, upper-cased), from and to', () => {
    expect(params('symbols=soxx,%20qqq,&from=2025-01-01&to=2025-02-01')).toEqual({
      ok: true,
      body: { symbols: ['SOXX', 'QQQ'], from: '2025-01-01', to: '2025-02-01' },
    });
  });

  it.each([
    ['a malformed from', 'from=2025-1-1', 'from'],
    ['an impossible to', 'to=2025-02-30', 'to'],
    ['from after to', 'from=2025-09-01&to=2025-01-01', 'from must not be after to'],
  ])('rejects %s with 400', (_, query, mentions) => {
    const result = params(query);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('bad_request');
    expect(result.body.error.message).toContain(mentions);
  });
});

describe('getEvents', () => {
  it('returns every event, sorted, without filters', () => {
    const result = getEvents({ symbols: [] });
    expect(result.ok && result.body.events.map((e) => e.id)).toEqual(rows.map((e) => e.id));
  });

  it('treats from and to as inclusive, on both ends of a multi-day event', () => {
    const ids = (from: string, to: string) => {
      const result = getEvents({ symbols: [], from, to });
      return result.ok ? result.body.events.map((e) => e.id) : [];
    };
    expect(ids('2025-05-11', '2025-05-11')).toEqual(['2025-05-geneva-talks']);
    expect(ids('2025-05-01', '2025-05-10')).toContain('2025-05-geneva-talks');
    expect(ids('2025-05-12', '2025-05-12')).toEqual(['2025-05-geneva-joint-statement']);
  });
});

describe('the /events route through the demo adapter', () => {
  it('declares the whole contract', () => {
    expect(demo.capabilities).toEqual({ prices: true, sentiment: true, events: true });
  });

  it('serves the events of a range, sorted', async () => {
    const list = await demo.getEvents({ symbols: [], from: '2025-07-01', to: '2025-08-31' });
    expect(list.map((e) => e.id)).toEqual([
      '2025-07-august-deadline-set',
      '2025-07-stockholm-talks',
      '2025-08-deal-deadline',
      '2025-08-truce-extended',
    ]);
    expect(list.find((e) => e.id === '2025-07-stockholm-talks')).toMatchObject({ date: '2025-07-28', endDate: '2025-07-29' });
  });

  it('keeps a multi-day event that starts before from', async () => {
    const list = await demo.getEvents({ symbols: [], from: '2025-05-11', to: '2025-05-14' });
    expect(list.map((e) => e.id)).toEqual([
      '2025-05-geneva-talks',
      '2025-05-geneva-joint-statement',
      '2025-05-ai-diffusion-rescinded',
      '2025-05-reduced-tariffs-effective',
    ]);
  });

  it('keeps the events naming a requested symbol plus the market-wide ones', async () => {
    const list = await demo.getEvents({ symbols: ['SOXX'], from: '2025-01-01', to: '2025-05-31' });
    const ids = list.map((e) => e.id);
    expect(ids).toContain('2025-01-deepseek-selloff');
    expect(ids).toContain('2025-04-h20-licence');
    expect(ids).toContain('2025-04-liberation-day');
    expect(ids).not.toContain('2025-05-geneva-talks');
    expect(ids).not.toContain('2025-05-de-minimis-ends');
    for (const e of list) {
      expect(e.symbols === undefined || e.symbols.length === 0 || e.symbols.includes('SOXX'), e.id).toBe(true);
    }
    const all = await demo.getEvents({ symbols: [], from: '2025-01-01', to: '2025-05-31' });
    expect(all.length).toBeGreaterThan(list.length);
  });

  it('keeps the url through the adapter', async () => {
    const list = await demo.getEvents({ symbols: [], from: '2025-04-02', to: '2025-04-02' });
    expect(list).toEqual([expect.objectContaining({ id: '2025-04-liberation-day', url: 'https://en.wikipedia.org/wiki/Liberation_Day_tariffs' })]);
  });

  it('answers 400 bad_request when from is after to', async () => {
    const response = await fetch(new URL('/api/v1/events?from=2025-09-01&to=2025-01-01', location.href));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'bad_request', message: 'from must not be after to' } });

    const error = await rejection(demo.getEvents({ symbols: [], from: '2025-09-01', to: '2025-01-01' }));
    expect(error).toBeInstanceOf(DataSourceError);
    expect((error as DataSourceError).code).toBe('bad_request');
  });

  it('answers 400 on a malformed date', async () => {
    const response = await fetch(new URL('/api/v1/events?from=2025-13-01', location.href));
    expect(response.status).toBe(400);
  });
});
