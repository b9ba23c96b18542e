// docs/openapi.json against the demo API: every answer the MSW handlers give must fit
// the response schema the document declares for its path and status
// (docs/definitions.md#rest-contract), and every documented path and status must be
// exercised here, or, for what only a real server answers, in tests/server/contract.test.ts.
import { describe, expect, it } from 'vitest';
import { doc, errorsOf, expectValid, responseSchemaName, validatorFor } from '../openapi-doc';

const apiBase = `${new URL(location.href).origin}/api/v1`;

interface Case {
  name: string;
  path: string;
  query: string;
  status: number;
  check?: (body: unknown) => void;
}

interface Envelope {
  series?: { symbol: string; bars?: unknown[]; days?: unknown[] }[];
  unknown?: string[];
  events?: unknown[];
  symbols?: unknown[];
  error?: { code: string };
}

const cases: Case[] = [
  {
    name: 'prices for SPY,QQQ,MCHI over July 2025',
    path: '/prices',
    query: 'symbols=SPY,QQQ,MCHI&from=2025-07-01&to=2025-07-31',
    status: 200,
    check: (body) => {
      const b = body as Envelope;
      expect(b.series?.map((s) => s.symbol)).toEqual(['SPY', 'QQQ', 'MCHI']);
      expect(b.series?.[0]?.bars?.length).toBeGreaterThan(15);
      expect(b.unknown).toEqual([]);
    },
  },
  {
    name: 'prices with an unknown symbol among known ones',
    path: '/prices',
    query: 'symbols=SPY,ZZZZ&from=2025-07-01&to=2025-07-31',
    status: 200,
    check: (body) => {
      const b = body as Envelope;
      expect(b.series?.map((s) => s.symbol)).toEqual(['SPY']);
      expect(b.unknown).toEqual(['ZZZZ']);
    },
  },
  {
    name: 'prices with only unknown symbols',
    path: '/prices',
    query: 'symbols=ZZZZ,YYYY',
    status: 404,
    check: (body) => expect((body as Envelope).error?.code).toBe('unknown_symbol'),
  },
  {
    name: 'prices with a malformed date',
    path: '/prices',
    query: 'symbols=SPY&from=2025-7-1',
    status: 400,
    check: (body) => expect((body as Envelope).error?.code).toBe('bad_request'),
  },
  {
    name: 'sentiment for SPY over a week',
    path: '/sentiment',
    query: 'symbols=SPY&from=2025-07-07&to=2025-07-13',
    status: 200,
    check: (body) => {
      const b = body as Envelope;
      expect(b.series?.map((s) => s.symbol)).toEqual(['SPY']);
      expect(b.series?.[0]?.days).toHaveLength(7);
    },
  },
  {
    name: 'sentiment with only unknown symbols',
    path: '/sentiment',
    query: 'symbols=ZZZZ&from=2025-07-07&to=2025-07-13',
    status: 404,
    check: (body) => expect((body as Envelope).error?.code).toBe('unknown_symbol'),
  },
  {
    name: 'sentiment with from after to',
    path: '/sentiment',
    query: 'symbols=SPY&from=2025-07-13&to=2025-07-07',
    status: 400,
    check: (body) => expect((body as Envelope).error?.code).toBe('bad_request'),
  },
  {
    name: 'events over 2025',
    path: '/events',
    query: 'from=2025-01-01&to=2025-12-31',
    status: 200,
    check: (body) => expect((body as Envelope).events?.length).toBeGreaterThan(0),
  },
  {
    name: 'events with an impossible date',
    path: '/events',
    query: 'from=2025-02-30',
    status: 400,
    check: (body) => expect((body as Envelope).error?.code).toBe('bad_request'),
  },
  {
    name: 'symbols',
    path: '/symbols',
    query: '',
    status: 200,
    check: (body) => expect((body as Envelope).symbols?.length).toBeGreaterThan(0),
  },
];

async function get(path: string, query: string): Promise<{ status: number; contentType: string; body: unknown }> {
  const response = await fetch(`${apiBase}${path}${query ? `?${query}` : ''}`);
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: await response.json() };
}

describe('docs/openapi.json', () => {
  it('is an OpenAPI 3.1 document with the demo servers', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers.map((s) => s.url)).toEqual(['/api/v1', 'http://127.0.0.1:8787/api/v1']);
  });

  it('compiles every component schema', () => {
    for (const name of Object.keys(doc.components.schemas)) expect(() => validatorFor(name), name).not.toThrow();
  });

  it('has every documented path and status exercised by a case below', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item.get.responses).map((status) => `${path} ${status}`),
    );
    const exercised = new Set(cases.map((c) => `${c.path} ${c.status}`));
    // Answers only a real server gives (a token it requires, a provider it lacks): tests/server/contract.test.ts.
    const serverOnly = /^\S+ (401|503)$/;
    expect(documented.filter((d) => !exercised.has(d) && !serverOnly.test(d))).toEqual([]);
    expect(new Set(cases.map((c) => c.path))).toEqual(new Set(Object.keys(doc.paths)));
  });
});

describe('the demo API answers as docs/openapi.json says', () => {
  it.each(cases)('$name: $status', async ({ path, query, status, check }) => {
    const answer = await get(path, query);
    expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(status);
    expect(answer.contentType).toMatch(/^application\/json/);
    expectValid(responseSchemaName(path, status), answer.body, `GET ${path}?${query}`);
    check?.(answer.body);
  });
});

describe('the schemas reject what breaks the contract', () => {
  async function julyPrices(): Promise<{ series: { bars: Record<string, unknown>[] }[] }> {
    const answer = await get('/prices', 'symbols=SPY&from=2025-07-01&to=2025-07-31');
    return answer.body as { series: { bars: Record<string, unknown>[] }[] };
  }

  function expectInvalid(schemaName: string, body: unknown, keyword: string): void {
    const validate = validatorFor(schemaName);
    expect(validate(body), `a broken ${schemaName} passed validation`).toBe(false);
    expect(validate.errors?.map((e) => e.keyword), errorsOf(validate)).toContain(keyword);
  }

  it('a non-positive close', async () => {
    const body = await julyPrices();
    body.series[0]!.bars[0]!.close = -1;
    expectInvalid('PricesResponse', body, 'minimum');
  });

  it('a close beyond the price range (returns would overflow)', async () => {
    const body = await julyPrices();
    body.series[0]!.bars[0]!.close = 1e300;
    expectInvalid('PricesResponse', body, 'maximum');
  });

  it('an undocumented field', async () => {
    const body = await julyPrices();
    body.series[0]!.bars[0]!.dividend = 0.5;
    expectInvalid('PricesResponse', body, 'additionalProperties');
  });

  it.each([
    ['a lower-case ticker', 'SymbolInfo', { symbol: 'spy', name: 'x' }, 'pattern'],
    ['an impossible date', 'SentimentDay', { date: '2025-02-30', bullish: 1, bearish: 1, messages: 2 }, 'format'],
    ['a fractional count', 'SentimentDay', { date: '2025-02-03', bullish: 1.5, bearish: 1, messages: 3 }, 'type'],
    ['an id that is not URL-safe', 'MarketEvent', { id: 'a b', date: '2025-02-03', title: 't', tags: [] }, 'pattern'],
    ['an event without tags', 'MarketEvent', { id: 'a', date: '2025-02-03', title: 't' }, 'required'],
    ['an error without a message', 'Error', { error: { code: 'bad_request' } }, 'required'],
  ])('%s', (_, schemaName, body, keyword) => {
    expectInvalid(schemaName, body, keyword);
  });
});
