// The order of Add symbol's suggestions and the wording of a refusal.
import { describe, expect, it } from 'vitest';
import { MAX_SUGGESTIONS, suggestSymbols, unknownSymbolMessage } from '@/features/view-controls/symbol-matching';

const KNOWN = [
  { symbol: 'EEM', name: 'iShares MSCI Emerging Markets ETF' },
  { symbol: 'FXI', name: 'iShares China Large-Cap ETF' },
  { symbol: 'KWEB', name: 'KraneShares CSI China Internet ETF' },
  { symbol: 'MCHI', name: 'iShares MSCI China ETF' },
  { symbol: 'SPY', name: 'SPDR S&P 500 ETF Trust' },
  { symbol: 'XSPX', name: 'Something else' },
];
const tickers = (typed: string) => suggestSymbols(KNOWN, typed).map((s) => s.symbol);

describe('suggestSymbols', () => {
  it('puts tickers starting with the text first, then tickers containing it, then names', () => {
    expect(tickers('sp')).toEqual(['SPY', 'XSPX']);
    // "CH" starts no ticker, is inside MCHI's, and in three names.
    expect(tickers('ch')).toEqual(['MCHI', 'FXI', 'KWEB']);
    expect(tickers('  fx ')).toEqual(['FXI']);
    expect(tickers('China')).toEqual(['FXI', 'KWEB', 'MCHI']);
    expect(tickers('zzz')).toEqual([]);
  });

  it('offers everything, in the source’s order, for empty text, up to the limit', () => {
    expect(tickers('')).toEqual(KNOWN.map((s) => s.symbol));
    const many = Array.from({ length: MAX_SUGGESTIONS + 5 }, (_, i) => ({ symbol: `A${i}`, name: '' }));
    expect(suggestSymbols(many, 'a')).toHaveLength(MAX_SUGGESTIONS);
  });
});

describe('unknownSymbolMessage', () => {
  it('lists a short list and points to the suggestions for a long one', () => {
    expect(unknownSymbolMessage('Demo', 'ZZZ', KNOWN)).toBe('Demo has no symbol ZZZ. Available: EEM, FXI, KWEB, MCHI, SPY, XSPX.');
    const many = Array.from({ length: 40 }, (_, i) => ({ symbol: `A${i}`, name: '' }));
    expect(unknownSymbolMessage('REST API', 'ZZZ', many)).toBe(
      'REST API has no symbol ZZZ. It has 40 symbols: type part of a ticker or a name to see suggestions.',
    );
  });
});
