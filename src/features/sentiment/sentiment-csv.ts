// The Sentiment panel as a CSV table: per day and symbol, the 7-day score and volume
// ratio the chart draws, with that day's own counts they are computed from.
import { addDays, toTime } from '@/domain/dates';
import { readingAt, type SentimentIndex } from '@/domain/sentiment';
import type { IsoDate, Ticker } from '@/domain/types';
import { rounded, type CsvTable } from '@/lib/csv-table';

const DAY_MS = 86_400_000;

/** Rows from `first` to `last` (inclusive), by date and then in the symbols' order; days before a symbol's data are left out. */
export function sentimentCsvTable(indexes: ReadonlyMap<Ticker, SentimentIndex>, symbols: readonly Ticker[], first: IsoDate, last: IsoDate): CsvTable {
  const rows: (string | number | undefined)[][] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    for (const symbol of symbols) {
      const index = indexes.get(symbol);
      const reading = index && readingAt(index, day);
      if (!index || !reading) continue;
      const counts = dayCounts(index, day);
      rows.push([day, symbol, rounded(reading.score, 2), counts.bullish, counts.bearish, counts.messages, rounded(reading.volumeRatio, 3)]);
    }
  }
  return { fields: ['date', 'symbol', 'score (7 days)', 'bullish', 'bearish', 'messages', 'message volume (x normal)'], rows };
}

/** One calendar day's counts; a day without a row in the series counts nothing (as in domain/sentiment.ts). */
function dayCounts(index: SentimentIndex, day: IsoDate): { bullish: number; bearish: number; messages: number } {
  const i = Math.round((toTime(day) - index.start) / DAY_MS);
  if (i < 0 || i >= index.messages.length) return { bullish: 0, bearish: 0, messages: 0 };
  return {
    bullish: index.cumBullish[i + 1]! - index.cumBullish[i]!,
    bearish: index.cumBearish[i + 1]! - index.cumBearish[i]!,
    messages: index.messages[i]!,
  };
}
