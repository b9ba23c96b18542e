// The rows of a sentiment-counts CSV (date, symbol, bullish, bearish, messages) made into
// one sentiment series per symbol.
import type { SentimentDay } from '@/domain/types';
import { countCell, tickerCell } from './cells';
import type { Columns } from './columns';
import { emptyImport } from './result';
import { csvRowHandler, rowsBySymbol, type RowHandler } from './row-handler';

export function sentimentHandler(fileName: string, cols: Columns, width: number): RowHandler {
  const out = emptyImport(fileName, 'Sentiment counts', 'sentiment');
  const days = rowsBySymbol<SentimentDay>();
  return csvRowHandler(out, cols, width, {
    row(date, fields, line) {
      const sym = tickerCell(fields[cols.symbol!]);
      if (!sym.ok) return sym.reason;
      const bullish = countCell(fields[cols.bullish!], 'bullish');
      if (!bullish.ok) return bullish.reason;
      const bearish = countCell(fields[cols.bearish!], 'bearish');
      if (!bearish.ok) return bearish.reason;
      const messages = countCell(fields[cols.messages!], 'messages');
      if (!messages.ok) return messages.reason;
      const tagged = bullish.value + bearish.value;
      if (messages.value < tagged) return `messages ${messages.value} < bullish + bearish ${tagged}`;
      return days.add(sym.value, { date, bullish: bullish.value, bearish: bearish.value, messages: messages.value }, line);
    },
    done() {
      for (const [symbol, sorted] of days.sorted()) out.sentiment.push({ symbol, days: sorted });
    },
  });
}
