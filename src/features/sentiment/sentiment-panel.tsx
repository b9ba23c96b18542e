// The Sentiment panel: a gauge card per symbol as of the view's date, the score and
// message volume over the range, and how sentiment and returns moved together.
import { useMemo } from 'react';
import { correlationStrength, sentimentReturnLink } from '@/domain/correlation';
import { addDays } from '@/domain/dates';
import { formatDay } from '@/domain/format';
import { gaugeReading } from '@/domain/sentiment';
import type { IsoDate, PriceSeries } from '@/domain/types';
import type { SentimentView } from '@/queries/sentiment-view';
import { usePriceView, useSentimentView } from '@/queries/view-data';
import { useViewStore } from '@/stores/view-store';
import { ErrorState } from '@/ui/primitives/error-state';
import { Panel } from '@/ui/primitives/panel';
import { Skeleton } from '@/ui/primitives/skeleton';
import { StaleNote } from '@/ui/primitives/stale-note';
import { SentimentCard } from './sentiment-card';
import { SentimentExports } from './sentiment-exports';
import { SentimentTimeline } from './sentiment-timeline';
import { buildTimelineRows } from './timeline-rows';

export function SentimentPanel() {
  const model = useSentimentView();
  const symbols = useViewStore((s) => s.symbols);
  const prices = usePriceView();
  const { start, seriesBySymbol } = prices;
  // The gauges read at the date asked for (a calendar day, weekends included), else the prices' as-of date.
  const asOf = useViewStore((s) => s.to) ?? prices.asOfDate;

  const gauges = useMemo(
    () => (asOf ? symbols.flatMap((s) => { const index = model.indexes.get(s); return index ? [{ symbol: s, gauge: gaugeReading(index, asOf) }] : []; }) : []),
    [symbols, model.indexes, asOf],
  );
  const from = useMemo(() => start ?? earliestDay(model), [start, model]);
  const rows = useMemo(
    () => (asOf && from ? buildTimelineRows(model.indexes, symbols, addDays(from, 1), asOf) : []),
    [model.indexes, symbols, from, asOf],
  );
  const links = useMemo(
    () =>
      asOf
        ? symbols.flatMap((s) => {
            const series = seriesBySymbol.get(s);
            const index = model.indexes.get(s);
            if (!series || !index) return [];
            // Score changes from one trading day to the next: bars a week or a month apart have none to pair with.
            if (series.periodicity) return [{ symbol: s, text: `${s}: ${spacingWords(series.periodicity)}: the correlation pairs day-to-day changes, so it is not computed.` }];
            return [{ symbol: s, text: describeLink(sentimentReturnLink(series, index, start, asOf)) }];
          })
        : [],
    [symbols, seriesBySymbol, model.indexes, start, asOf],
  );

  if (!model.available) {
    return (
      <Panel title="Sentiment" className="sentiment">
        <p className="panel-note">This source has no sentiment data.</p>
      </Panel>
    );
  }

  const exports = <SentimentExports indexes={model.indexes} symbols={symbols} from={from} asOf={asOf} hasChart={rows.length > 1} />;
  return (
    <Panel title="Sentiment" className="sentiment" actions={exports}>
      <p className="panel-note">
        Share of bullish among bullish and bearish messages over the 7 days to {asOf ? formatDay(asOf) : '…'}; message volume against each symbol’s own normal.
      </p>
      <StaleNote stale={model.stale} />
      {model.failures.map((f) => (
        <ErrorState key={f.symbol} message={`${f.symbol}: ${f.error.message}`} onRetry={f.retry} />
      ))}
      {model.loading && gauges.length === 0 ? (
        <Skeleton height={260} label="Loading sentiment…" />
      ) : (
        <>
          <div className="sentiment-cards">
            {gauges.map(({ symbol, gauge }) => (
              <SentimentCard key={symbol} symbol={symbol} gauge={gauge} />
            ))}
          </div>
          {rows.length > 1 && (
            <>
              <h3 className="subheading">Over the range</h3>
              <SentimentTimeline rows={rows} symbols={symbols} />
            </>
          )}
          {links.length > 0 && (
            <>
              <h3 className="subheading">Sentiment and returns</h3>
              <ul className="links">
                {links.map((link) => (
                  <li key={link.symbol}>{link.text}</li>
                ))}
              </ul>
              <p className="panel-note">Correlation over this range only; it describes the past and predicts nothing.</p>
            </>
          )}
        </>
      )}
    </Panel>
  );
}

const MIN_DAYS = 20;

function describeLink(link: ReturnType<typeof sentimentReturnLink>): string {
  if (link.sameDay === undefined || link.sameDayDays < MIN_DAYS) {
    return `${link.symbol}: not enough days with both a sentiment reading and a return in this range (${link.sameDayDays}).`;
  }
  const same = `over ${link.sameDayDays} trading days, daily changes in sentiment had ${correlationStrength(link.sameDay)} correlation with same-day returns (${signed(link.sameDay)})`;
  const next =
    link.nextDay === undefined || link.nextDayDays < MIN_DAYS
      ? 'too few days to compare with next-day returns'
      : `${correlationStrength(link.nextDay)} correlation with the next day’s return (${signed(link.nextDay)}, ${link.nextDayDays} days)`;
  return `${link.symbol}: ${same}, and ${next}.`;
}

function spacingWords(periodicity: NonNullable<PriceSeries['periodicity']>): string {
  return periodicity === 'irregular' ? 'prices at irregular intervals' : `${periodicity} prices`;
}

function signed(r: number): string {
  return `${r >= 0 ? '+' : '−'}${Math.abs(r).toFixed(2)}`;
}

function earliestDay(model: SentimentView): IsoDate | undefined {
  let earliest: number | undefined;
  for (const index of model.indexes.values()) if (index.messages.length > 0 && (earliest === undefined || index.start < earliest)) earliest = index.start;
  return earliest === undefined ? undefined : new Date(earliest).toISOString().slice(0, 10);
}
