// Downloads of the Sentiment panel, for its header: the days of the timeline as CSV, and
// the timeline chart (score and message volume) as PNG.
import { addDays } from '@/domain/dates';
import { formatDay } from '@/domain/format';
import type { SentimentIndex } from '@/domain/sentiment';
import type { IsoDate, Ticker } from '@/domain/types';
import { useViewStore } from '@/stores/view-store';
import { CsvButton, HeaderActions, PngButton } from '@/ui/export/export-buttons';
import { exportFileName } from '@/ui/export/export-name';
import { sentimentCsvTable } from './sentiment-csv';

interface SentimentExportsProps {
  indexes: ReadonlyMap<Ticker, SentimentIndex>;
  symbols: Ticker[];
  /** The timeline's base: it starts the day after (as the chart does). */
  from?: IsoDate;
  asOf?: IsoDate;
  /** Whether the timeline chart is drawn. */
  hasChart: boolean;
}

export function SentimentExports({ indexes, symbols, from, asOf, hasChart }: SentimentExportsProps) {
  const range = useViewStore((s) => s.range);
  const viewFrom = useViewStore((s) => s.from);
  const view = { range, from: viewFrom, asOf };
  return (
    <HeaderActions>
      <CsvButton
        subject="Sentiment"
        fileName={exportFileName('sentiment', view, 'csv')}
        table={from && asOf && indexes.size > 0 ? () => sentimentCsvTable(indexes, symbols, addDays(from, 1), asOf) : undefined}
      />
      <PngButton
        subject="Sentiment"
        fileName={exportFileName('sentiment', view, 'png')}
        caption={`Share of bullish messages over 7 days (score 0-100) and message volume against normal, to ${asOf ? formatDay(asOf) : '…'}.`}
        disabled={!hasChart}
      />
    </HeaderActions>
  );
}
