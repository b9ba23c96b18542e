// @vitest-environment node
// The view as a URL (docs/definitions.md#url-state): defaults, round trips, and malformed
// links that fall back to defaults with a notice instead of breaking the page.
import { isIsoDate } from '@/domain/dates';
import { isTicker } from '@/domain/ticker';
import { DEFAULT_VIEW, MAX_SYMBOLS, parseViewState, serializeViewState, type ViewState } from '@/stores/url-state';

const SOURCES = ['demo', 'rest', 'files', 'alphavantage'] as const;
const RANGES = ['1M', '3M', '6M', 'YTD', '1Y', '5Y', 'MAX', 'custom'];

const parse = (search: string) => parseViewState(search, SOURCES);

describe('defaults', () => {
  it.each(['', '?', '?foo=bar'])('%j gives the default view with no notice', (search) => {
    const { view, notices } = parse(search);
    expect(view).toEqual({
      symbols: ['SPY', 'QQQ', 'MCHI'],
      range: 'YTD',
      basis: 'price',
      benchmark: 'SPY',
      source: 'demo',
      tags: [],
    });
    expect(notices).toEqual([]);
  });

  it('parsing does not share or mutate the default view', () => {
    const a = parse('').view;
    a.symbols.push('XLE');
    a.tags.push('oil');
    expect(DEFAULT_VIEW.symbols).toEqual(['SPY', 'QQQ', 'MCHI']);
    expect(DEFAULT_VIEW.tags).toEqual([]);
    expect(parse('').view.symbols).toEqual(['SPY', 'QQQ', 'MCHI']);
  });

  it('reads the documented example link', () => {
    const { view, notices } = parse(
      '?symbols=SPY,QQQ,MCHI&range=YTD&to=2025-07-25&basis=price&benchmark=SPY&source=demo&tags=trade-talks,deadline&event=geneva-talks',
    );
    expect(notices).toEqual([]);
    expect(view).toEqual({
      symbols: ['SPY', 'QQQ', 'MCHI'],
      range: 'YTD',
      to: '2025-07-25',
      basis: 'price',
      benchmark: 'SPY',
      source: 'demo',
      tags: ['trade-talks', 'deadline'],
      event: 'geneva-talks',
    });
  });
});

describe('round trip', () => {
  const views: ViewState[] = [
    { ...DEFAULT_VIEW, symbols: [...DEFAULT_VIEW.symbols], tags: [] },
    { symbols: ['SPY'], range: '1M', basis: 'price', benchmark: 'SPY', source: 'demo', tags: [] },
    { symbols: ['QQQ', 'MCHI'], range: 'MAX', to: '2025-07-25', basis: 'total', benchmark: 'QQQ', source: 'rest', tags: ['chips'] },
    {
      symbols: ['BRK.B', '^GSPC', 'RDS-A'],
      range: 'custom',
      from: '2025-01-02',
      to: '2025-07-25',
      basis: 'price',
      benchmark: '^GSPC',
      source: 'files',
      tags: ['trade-talks', 'deadline', 'rare-earths'],
      event: '2025-05-12_geneva.talks~1',
    },
    { symbols: ['MCHI'], range: 'custom', from: '2024-12-31', basis: 'total', benchmark: 'SPY', source: 'alphavantage', tags: [] },
    { symbols: ['SPY', 'QQQ'], range: '5Y', basis: 'price', benchmark: 'SPY', source: 'demo', tags: [], event: 'x' },
  ];

  it.each(views.map((v) => [serializeViewState(v), v] as const))('parse(serialize(view)) gives the view back: %s', (search, view) => {
    const { view: back, notices } = parse(search);
    expect(notices).toEqual([]);
    expect(back).toEqual(view);
  });

  it('writes the canonical form: documented order, readable commas, defaults left out', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('?symbols=SPY,QQQ,MCHI&range=YTD');
    expect(serializeViewState(views[3]!)).toBe(
      '?symbols=BRK.B,%5EGSPC,RDS-A&range=custom&from=2025-01-02&to=2025-07-25&benchmark=%5EGSPC&source=files&tags=trade-talks,deadline,rare-earths&event=2025-05-12_geneva.talks%7E1',
    );
  });

  it('drops `from` unless the range is custom', () => {
    const search = serializeViewState({ ...DEFAULT_VIEW, range: '1Y', from: '2025-01-02' });
    expect(search).not.toContain('from=');
  });
});

describe('malformed links fall back with a notice', () => {
  function one(search: string) {
    const result = parse(search);
    expect(result.notices).toHaveLength(1);
    return { view: result.view, notice: result.notices[0]! };
  }

  it('range=10Y', () => {
    const { view, notice } = one('?range=10Y');
    expect(view.range).toBe('YTD');
    expect(notice).toContain('range');
    expect(notice).toContain('10Y');
  });

  it('to=2025-13-01', () => {
    const { view, notice } = one('?to=2025-13-01');
    expect(view.to).toBeUndefined();
    expect(notice).toContain('2025-13-01');
  });

  it('to=2025-02-30', () => {
    expect(one('?to=2025-02-30').view.to).toBeUndefined();
  });

  it('basis=foo', () => {
    const { view, notice } = one('?basis=foo');
    expect(view.basis).toBe('price');
    expect(notice).toContain('basis');
  });

  it('symbols=SPY,$$$,spy keeps SPY once (lower case accepted) and names $$$', () => {
    const { view, notice } = one('?symbols=SPY,$$$,spy');
    expect(view.symbols).toEqual(['SPY']);
    expect(notice).toContain('$$$');
  });

  it('symbols=,,, shows the default symbols', () => {
    const { view } = one('?symbols=,,,');
    expect(view.symbols).toEqual(['SPY', 'QQQ', 'MCHI']);
  });

  it('symbols with nothing valid at all shows the default symbols', () => {
    const { view, notices } = parse('?symbols=$$$,S%20P%20Y');
    expect(view.symbols).toEqual(['SPY', 'QQQ', 'MCHI']);
    expect(notices.length).toBeGreaterThanOrEqual(1);
  });

  it('source=nope', () => {
    const { view, notice } = one('?source=nope');
    expect(view.source).toBe('demo');
    expect(notice).toContain('nope');
  });

  it('range=custom without from shows YTD', () => {
    const { view } = one('?range=custom&to=2025-07-25');
    expect(view.range).toBe('YTD');
    expect(view.from).toBeUndefined();
    expect(view.to).toBe('2025-07-25');
  });

  it('range=custom with from after to shows YTD', () => {
    const { view, notice } = one('?range=custom&from=2025-08-01&to=2025-07-25');
    expect(view.range).toBe('YTD');
    expect(view.from).toBeUndefined();
    expect(notice).toContain('2025-08-01');
    expect(notice).toMatch(/after/);
  });

  it('range=custom with a malformed from shows YTD', () => {
    const { view } = one('?range=custom&from=2025-1-2');
    expect(view.range).toBe('YTD');
    expect(view.from).toBeUndefined();
  });

  it('tags with bad characters are dropped one by one; good ones kept', () => {
    const { view, notices } = parse('?tags=trade-talks,Bad_Tag,%3Cscript%3E,-x,oil');
    expect(view.tags).toEqual(['trade-talks', 'oil']);
    expect(notices).toHaveLength(3);
  });

  it('an event id with a space', () => {
    const { view, notice } = one('?event=geneva%20talks');
    expect(view.event).toBeUndefined();
    expect(notice).toContain('event');
  });

  it('a benchmark that is not a ticker', () => {
    const { view } = one('?benchmark=%24%24%24');
    expect(view.benchmark).toBe('SPY');
  });

  it(`20 symbols are capped at MAX_SYMBOLS (${MAX_SYMBOLS})`, () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `S${i}`);
    const { view, notice } = one(`?symbols=${twenty.join(',')}`);
    expect(MAX_SYMBOLS).toBe(12);
    expect(view.symbols).toEqual(twenty.slice(0, MAX_SYMBOLS));
    expect(notice).toContain(String(MAX_SYMBOLS));
  });

  it('several bad parameters leave one notice each and keep the good ones', () => {
    const { view, notices } = parse('?symbols=QQQ&range=10Y&basis=foo&source=nope&to=2025-07-25');
    expect(notices).toHaveLength(3);
    expect(view).toMatchObject({ symbols: ['QQQ'], range: 'YTD', basis: 'price', source: 'demo', to: '2025-07-25' });
  });

  it('a very long bad value is shortened in the notice', () => {
    const { notice } = one(`?range=${'x'.repeat(500)}`);
    expect(notice.length).toBeLessThan(150);
  });
});

describe('never throws', () => {
  // mulberry32: a fixed-seed generator so every run tries the same strings.
  function generator(seed: number) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const PIECES = [
    '?', '&', '=', '%', '%2', '%ZZ', '%E0%A4%A', '%00', '%2C', '+', ',', '#', ' ', '\n', '\u0000', '\uD800',
    'é', 'Ä', 'ß', '😀', '中', 'symbols', 'range', 'from', 'to', 'basis', 'benchmark', 'source', 'tags', 'event',
    'SPY', 'spy', '^GSPC', 'BRK.B', '$$$', 'custom', 'YTD', '10Y', 'total', 'demo', 'rest', '2025-07-25', '2025-13-01',
    '2025-01-02', 'trade-talks', '__proto__', 'constructor', 'x'.repeat(60),
  ];

  const KEYS = ['symbols', 'range', 'from', 'to', 'basis', 'benchmark', 'source', 'tags', 'event'];

  function pick<T>(next: () => number, items: readonly T[]): T {
    return items[Math.floor(next() * items.length)]!;
  }

  function garbage(next: () => number, max: number): string {
    let s = '';
    const length = Math.floor(next() * max);
    for (let i = 0; i < length; i++) s += pick(next, PIECES);
    return s;
  }

  /** Half raw noise, half key=value pairs with known keys and noisy values. */
  function randomSearch(next: () => number): string {
    if (next() < 0.5) return (next() < 0.5 ? '?' : '') + garbage(next, 16);
    const pairs: string[] = [];
    const count = 1 + Math.floor(next() * 5);
    for (let i = 0; i < count; i++) pairs.push(`${pick(next, KEYS)}=${garbage(next, 4)}`);
    return `?${pairs.join('&')}`;
  }

  it('on 400 random strings, always giving a valid, canonical view', () => {
    const next = generator(20250725);
    let withNotices = 0;
    let changed = 0;
    for (let i = 0; i < 400; i++) {
      const search = randomSearch(next);
      let result: ReturnType<typeof parse> | undefined;
      expect(() => (result = parse(search)), search).not.toThrow();
      const { view, notices } = result!;
      if (notices.length > 0) withNotices++;
      if (JSON.stringify(view) !== JSON.stringify(DEFAULT_VIEW)) changed++;
      expect(RANGES, search).toContain(view.range);
      expect(['price', 'total'], search).toContain(view.basis);
      expect(SOURCES, search).toContain(view.source);
      expect(isTicker(view.benchmark), search).toBe(true);
      expect(view.symbols.length, search).toBeGreaterThanOrEqual(1);
      expect(view.symbols.length, search).toBeLessThanOrEqual(MAX_SYMBOLS);
      for (const s of view.symbols) expect(isTicker(s), search).toBe(true);
      if (view.to !== undefined) expect(isIsoDate(view.to), search).toBe(true);
      if (view.range === 'custom') expect(isIsoDate(view.from ?? ''), search).toBe(true);
      // What survived parsing is a clean link: it reads back identically, without notices.
      const again = parse(serializeViewState(view));
      expect(again.notices, search).toEqual([]);
      expect(again.view, search).toEqual(view);
    }
    // The strings really exercised the parser: many were rejected, many changed the view.
    expect(withNotices).toBeGreaterThan(100);
    expect(changed).toBeGreaterThan(20);
  });
});
