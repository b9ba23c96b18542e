// Stooq's bulk download (`<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,…`, the .txt files of its
// zipped databases): a ticker carries its market (`SPY.US`), and PER the length of a bar
// (D, W, M; 5 and 60 are minutes, intraday).
import type { Ticker } from '@/domain/types';
import { quoted } from './text';

/** The ticker as the dashboard names it: a US listing without Stooq's `.US`; other markets keep theirs (`VOD.UK`). */
export function stooqTicker(raw: string | undefined): string {
  return (raw ?? '').trim().replace(/\.US$/i, '');
}

const BAR_LENGTHS: Record<string, string> = { D: 'daily', W: 'weekly', M: 'monthly' };

/** Checks each row's PER: daily, weekly or monthly, and one bar length per ticker in a file. */
export function barLengthCheck() {
  const first = new Map<Ticker, { per: string; line: number }>();
  return (symbol: Ticker, raw: string | undefined, line: number): string | undefined => {
    const per = (raw ?? '').trim().toUpperCase();
    if (!Object.hasOwn(BAR_LENGTHS, per)) {
      return /^\d+$/.test(per) ? `intraday bars (PER ${per}) are not read: use Stooq's daily file` : `unknown bar length (PER ${quoted(raw ?? '')}): expected D, W or M`;
    }
    const seen = first.get(symbol);
    if (!seen) first.set(symbol, { per, line });
    else if (seen.per !== per) return `${BAR_LENGTHS[per]} bar among ${symbol}'s ${BAR_LENGTHS[seen.per]} ones (PER ${seen.per} on line ${seen.line})`;
    return undefined;
  };
}
