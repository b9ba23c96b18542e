// The demo adapter while its service worker starts: the first view's requests read the
// files the build writes (build/demo-answer-files.ts), which must hold exactly what the
// mock API answers; anything else waits for the worker, or fails with its reason. On a
// bare address the page's first script asks for the opening view's files itself.
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { DataSourceError } from '@/adapters/data-adapter';
import { requestOpeningAnswers } from '@/adapters/demo/early-answers';
import { setMockApiState } from '@/adapters/demo/mock-api';
import { demoAdapter } from '@/adapters/demo/source';
import { DEMO_ANSWERS_DIR, demoAnswers } from '../../build/demo-answer-files';
import * as demoApi from '../../mocks/demo-api';
import { server } from '../../mocks/node';

const files = demoAnswers(demoApi);
const SYMBOLS = demoApi.listSymbols().symbols.map((s) => s.symbol);

/** What went where: the prebuilt files and the mock API. */
let asked: string[] = [];
beforeEach(() => {
  asked = [];
  server.use(
    http.get(`*/${DEMO_ANSWERS_DIR}/*`, ({ request }) => {
      const name = new URL(request.url).pathname.replace(`/${DEMO_ANSWERS_DIR}/`, '');
      asked.push(`file ${name}`);
      return files.has(name) ? HttpResponse.json(files.get(name) as never) : new HttpResponse(null, { status: 404 });
    }),
  );
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.startsWith('/api/v1/')) asked.push(`api ${url.pathname.slice(8)}${url.search}`);
  });
});
afterEach(() => {
  server.events.removeAllListeners();
  setMockApiState({ state: 'up' });
});

describe('while the worker starts', () => {
  beforeEach(() => setMockApiState({ state: 'starting' }));

  it('reads every symbol\'s prices and sentiment, the events and the symbol list from files that hold what the API answers', async () => {
    const fromFiles = {
      prices: await Promise.all(SYMBOLS.map((s) => demoAdapter.getPrices({ symbols: [s] }))),
      sentiment: await Promise.all(SYMBOLS.map((s) => demoAdapter.getSentiment({ symbols: [s] }))),
      events: await demoAdapter.getEvents({ symbols: [] }),
      symbols: await demoAdapter.getSymbols(),
    };
    expect(asked.filter((a) => a.startsWith('api'))).toEqual([]);
    expect(asked).toHaveLength(2 * SYMBOLS.length + 2);

    setMockApiState({ state: 'up' });
    asked = [];
    const fromApi = {
      prices: await Promise.all(SYMBOLS.map((s) => demoAdapter.getPrices({ symbols: [s] }))),
      sentiment: await Promise.all(SYMBOLS.map((s) => demoAdapter.getSentiment({ symbols: [s] }))),
      events: await demoAdapter.getEvents({ symbols: [] }),
      symbols: await demoAdapter.getSymbols(),
    };
    expect(asked.filter((a) => a.startsWith('file'))).toEqual([]);
    expect(fromFiles).toEqual(fromApi);
    expect(fromFiles.prices[0]![0]!.bars.length).toBeGreaterThan(2000);
  });

  it('waits for the worker with what has no file: a date range, several symbols, an unknown one, the health check', async () => {
    const waiting = [
      demoAdapter.getPrices({ symbols: ['SPY'], from: '2025-07-01' }),
      demoAdapter.getPrices({ symbols: ['SPY', 'QQQ'] }),
      demoAdapter.getPrices({ symbols: ['ZZZZ'] }).catch((e: unknown) => e),
      demoAdapter.checkHealth(),
    ];
    await new Promise((r) => setTimeout(r, 30));
    expect(asked).toEqual([]);

    setMockApiState({ state: 'up' });
    const [range, two, unknown, health] = await Promise.all(waiting);
    expect(range).toMatchObject([{ symbol: 'SPY', bars: expect.arrayContaining([expect.objectContaining({ date: '2025-07-01' })]) }]);
    expect(two).toHaveLength(2);
    expect(unknown).toMatchObject({ code: 'unknown_symbol' });
    // Connected says the mock API itself answers.
    expect(health).toEqual({ ok: true, message: `Demo answered with ${SYMBOLS.length} symbols.` });
    expect(asked.every((a) => a.startsWith('api'))).toBe(true);
  });

  it('stops waiting when the request is cancelled', async () => {
    const controller = new AbortController();
    const waiting = demoAdapter.getPrices({ symbols: ['ZZZZ'] }, { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort(new DOMException('Removed', 'AbortError'));
    expect(await waiting).toMatchObject({ name: 'AbortError' });
    expect(asked).toEqual([]);
  });
});

it('when the worker could not start: the files still serve, anything else fails with the reason', async () => {
  setMockApiState({ state: 'failed', message: 'The sample data could not fully start in this browser (no service workers).' });
  expect(await demoAdapter.getPrices({ symbols: ['SPY'] })).toHaveLength(1);
  const error = await demoAdapter.getPrices({ symbols: ['ZZZZ'] }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DataSourceError);
  expect(error).toMatchObject({ message: 'The sample data could not fully start in this browser (no service workers).' });
  expect(await demoAdapter.checkHealth()).toEqual({ ok: false, message: 'The sample data could not fully start in this browser (no service workers).' });
});

describe('asked for by the page\'s first script (early.ts)', () => {
  beforeEach(() => setMockApiState({ state: 'starting' }));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('on a bare address: the opening view\'s files at once, which the adapter\'s requests then take over', async () => {
    window.history.replaceState(null, '', '/');
    requestOpeningAnswers();
    await waitFor(() => expect(asked).toHaveLength(7));
    expect([...asked].sort()).toEqual(
      ['events.json', 'prices/MCHI.json', 'prices/QQQ.json', 'prices/SPY.json', 'sentiment/MCHI.json', 'sentiment/QQQ.json', 'sentiment/SPY.json'].map((f) => `file ${f}`),
    );

    const opening = ['SPY', 'QQQ', 'MCHI'];
    const [prices, sentiment, events] = await Promise.all([
      Promise.all(opening.map((s) => demoAdapter.getPrices({ symbols: [s] }))),
      Promise.all(opening.map((s) => demoAdapter.getSentiment({ symbols: [s] }))),
      demoAdapter.getEvents({ symbols: [] }),
    ]);
    expect(asked).toHaveLength(7);
    expect(prices.map((p) => p[0]!.symbol)).toEqual(opening);
    expect(sentiment.map((s) => s[0]!.symbol)).toEqual(opening);
    expect(events.length).toBeGreaterThan(0);

    // Each early answer is taken once: asked again, the file is fetched again.
    await demoAdapter.getPrices({ symbols: ['MCHI'] });
    expect(asked).toHaveLength(8);
  });

  it('on any other address: nothing, the page asks for what its view needs', async () => {
    window.history.replaceState(null, '', '/?symbols=QQQ');
    requestOpeningAnswers();
    await demoAdapter.getPrices({ symbols: ['QQQ'] });
    await demoAdapter.getSentiment({ symbols: ['QQQ'] });
    expect(asked).toEqual(['file prices/QQQ.json', 'file sentiment/QQQ.json']);
  });

  it('offline: the request that takes an early answer fails with the network\'s reason; the ones nobody takes are no error', async () => {
    server.use(http.get(`*/${DEMO_ANSWERS_DIR}/*`, () => HttpResponse.error()));
    window.history.replaceState(null, '', '/');
    requestOpeningAnswers();
    const failure = await demoAdapter.getPrices({ symbols: ['SPY'] }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DataSourceError);
    expect((failure as DataSourceError).code).toBe('network');
    // The six answers not taken have failed too, unhandled by anyone: vitest fails a file on such a rejection.
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
});
