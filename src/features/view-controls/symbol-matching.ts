// What Add symbol suggests for the text typed so far, and what it says of a ticker the
// source does not have. Pure, so the order of suggestions is tested without a page.
import type { SymbolInfo, Ticker } from '@/domain/types';

/** Options offered at once (the list scrolls past about eight): a long list is narrowed by typing. */
export const MAX_SUGGESTIONS = 50;
/** A refusal names every available symbol up to this many; past it, it points to the suggestions. */
const MAX_LISTED = 12;

/**
 * The symbols matching `typed`, best first: tickers starting with it, then tickers
 * containing it, then names containing it (case-insensitive), each group in the source's
 * order. Empty text matches everything.
 */
export function suggestSymbols(known: readonly SymbolInfo[], typed: string, limit = MAX_SUGGESTIONS): SymbolInfo[] {
  const text = typed.trim().toUpperCase();
  const rank = (s: SymbolInfo): number => {
    if (s.symbol.startsWith(text)) return 0;
    if (s.symbol.includes(text)) return 1;
    return s.name.toUpperCase().includes(text) ? 2 : -1;
  };
  return known
    .map((info, order) => ({ info, order, rank: rank(info) }))
    .filter((s) => s.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.info);
}

/** The inline refusal of a ticker missing from the source's (non-empty) list. */
export function unknownSymbolMessage(sourceLabel: string, symbol: Ticker, known: readonly SymbolInfo[]): string {
  const available =
    known.length <= MAX_LISTED
      ? `Available: ${known.map((s) => s.symbol).join(', ')}.`
      : `It has ${known.length} symbols: type part of a ticker or a name to see suggestions.`;
  return `${sourceLabel} has no symbol ${symbol}. ${available}`;
}
