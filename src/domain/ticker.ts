// Ticker syntax (docs/definitions.md#types): upper case, 1-10 of A-Z 0-9 . - ^
import type { Ticker } from './types';

const TICKER = /^[A-Z0-9.\-^]{1,10}$/;
/** Checked before upper-casing, which would turn ß into SS and ı into I. */
const TYPED_TICKER = /^[A-Za-z0-9.\-^]+$/;

export type TickerResult = { ok: true; ticker: Ticker } | { ok: false; message: string };

/** Accepts what a person types (any case, surrounding spaces); explains a rejection. */
export function parseTicker(raw: string): TickerResult {
  const typed = raw.trim();
  if (typed === '') return { ok: false, message: 'Type a ticker symbol, e.g. SPY.' };
  if (!TYPED_TICKER.test(typed)) {
    return { ok: false, message: `"${typed.slice(0, 12)}" is not a ticker: use letters, digits and . - ^ only.` };
  }
  const ticker = typed.toUpperCase();
  if (ticker.length > 10) return { ok: false, message: `"${ticker.slice(0, 12)}…" is too long for a ticker (at most 10 characters).` };
  return { ok: true, ticker };
}

export function isTicker(value: string): boolean {
  return TICKER.test(value);
}
