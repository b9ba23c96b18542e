// @vitest-environment node
// The demo API's pure lookups (mocks/demo-api.ts): request validation and the prices
// answer of the REST contract, docs/definitions.md#rest-contract.
import { describe, expect, it } from 'vitest';
import { parseRangeParams } from '@/domain/contract-requests';
import { getPrices, listSymbols } from '../../mocks/demo-api';

const params = (query: string) => parseRangeParams(new URLSearchParams(query));

describe('parseRangeParams', () => {
  it('reads symbols (trimmed, upper-cased), from and to', () => {
    expect(params('symbols=spy, qqq,,MCHI&from=2025-01-01&to=2025-07-25')).toEqual({
      ok: true,
      body: { symbols: ['SPY', 'QQQ', 'MCHI'], from: '2025-01-01', to: '2025-07-25' },
    });
  });

  it('leaves from and to out when absent', () => {
    expect(params('symbols=SPY')).toEqual({ ok: true, body: { symbols: ['SPY'], from: undefined, to: undefined } });
  });

  it('accepts from equal to to', () => {
    expect(params('symbols=SPY&from=2025-07-25&to=2025-07-25').ok).toBe(true);
  });

  it.each([
    ['missing symbols', 'from=2025-01-01', 'symbols'],
    ['empty symbols', 'symbols=,%20,', 'symbols'],
    ['a malformed from', 'symbols=SPY&from=2025-1-1', 'from'],
    ['an impossible to', 'symbols=SPY&to=2025-02-30', 'to'],
    ['from after to', 'symbols=SPY&from=2025-07-26&to=2025-07-25', 'from must not be after to'],
  ])('rejects %s with 400 and the contract error body', (_, query, mentions) => {
    const result = params(query);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(400);
    expect(result.body).toEqual({ error: { code: 'bad_request', message: expect.any(String) } });
    expect(result.body.error.message).toContain(mentions);
  });
});

describe('getPrices', () => {
  it('lists the unknown symbols and serves the known ones', () => {
    const result = getPrices({ symbols: ['SPY', 'ZZZ'], from: '2025-07-24', to: '2025-07-25' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.body.unknown).toEqual(['ZZZ']);
    expect(result.body.series.map((s) => s.symbol)).toEqual(['SPY']);
    expect(result.body.series[0]?.bars.map((b) => b.date)).toEqual(['2025-07-24', '2025-07-25']);
  });

  it('answers an empty unknown list when every symbol is known', () => {
    const result = getPrices({ symbols: ['SPY'], from: '2025-07-25', to: '2025-07-25' });
    expect(result.ok && result.body.unknown).toEqual([]);
  });

  it.each([
    [['ZZZ'], 'Unknown symbol: ZZZ'],
    [['ZZZ', 'YYY'], 'Unknown symbols: ZZZ, YYY'],
  ])('answers 404 unknown_symbol when none of %j is known', (symbols, message) => {
    const result = getPrices({ symbols });
    expect(result).toEqual({ ok: false, status: 404, body: { error: { code: 'unknown_symbol', message } } });
  });

  it('serves every listed symbol', () => {
    const symbols = listSymbols().symbols.map((s) => s.symbol);
    expect(symbols).toEqual(expect.arrayContaining(['SPY', 'QQQ', 'MCHI']));
    const result = getPrices({ symbols, from: '2025-07-25', to: '2025-07-25' });
    expect(result.ok && result.body.series.map((s) => s.symbol)).toEqual(symbols);
  });
});

describe('tickers in the query', () => {
  it('answers 400 for anything that is not a ticker, naming it', () => {
    const result = parseRangeParams(new URLSearchParams('symbols=SPY,foo!bar'));
    expect(result).toEqual({ ok: false, status: 400, body: { error: { code: 'bad_request', message: '"FOO!BAR" is not a ticker (1-10 of A-Z 0-9 . - ^)' } } });
    expect(parseRangeParams(new URLSearchParams('symbols=SPY,ABCDEFGHIJKL')).ok).toBe(false);
    expect(parseRangeParams(new URLSearchParams('symbols=spy,brk.b')).ok).toBe(true);
  });
});
