// Ticker syntax (DEFINITIONS.md section 1): upper case, 1-10 of A-Z 0-9 . - ^
import type { Ticker } from './types';

const TICKER = /^[A-Z0-9.\-^]{1,10}$/;

export type TickerResult = { ok: true; ticker: Ticker } | { ok: false; message: string };

/** Accepts what a person types (any case, surrounding spaces); explains a rejection. */
export function parseTicker(raw: string): TickerResult {
  const ticker = raw.trim().toUpperCase();
  if (ticker === '') return { ok: false, message: 'Type a ticker symbol, e.g. SPY.' };
  if (ticker.length > 10) return { ok: false, message: `"${ticker.slice(0, 12)}…" is too long for a ticker (at most 10 characters).` };
  if (!TICKER.test(ticker)) {
    return { ok: false, message: `"${ticker}" is not a ticker: use letters, digits and . - ^ only.` };
  }
  return { ok: true, ticker };
}

export function isTicker(value: string): boolean {
  return TICKER.test(value);
}
