// The Event window panel: what prices did around the selected event
// (docs/definitions.md#events). Returns at T+1, T+5 and T+10 trading days from the close
// before the event, the excess over the benchmark, a -10..+10 day chart rebased at that
// close, and how the same symbols fared around every event sharing its tags.
import { useMemo } from 'react';
import { eventWindow, HORIZONS, tagStats, windowExcess, windowPath } from '@/domain/event-window';
import { basisLabel, formatDay, formatPercent, formatPoints } from '@/domain/format';
import { seriesUntil } from '@/domain/returns';
import type { Basis, IsoDate, PriceSeries, Ticker, TimelineEvent } from '@/domain/types';
import { usePriceView, useTimelineEvents } from '@/queries/view-data';
import { useSeriesSlots } from '@/stores/series-slots';
import { useViewStore } from '@/stores/view-store';
import { TimeChart, type PaneSpec, type StepAxis } from '@/ui/chart/time-chart';
import { NotApplicable } from '@/ui/primitives/not-applicable';
import { Panel } from '@/ui/primitives/panel';
import { WideTable } from '@/ui/primitives/wide-table';
import { TagExcessTable } from './tag-excess-table';

const BLANK = '–';
const dayLabel = (day: number) => (day === 0 ? 't0' : day > 0 ? `+${day}` : String(day));
/** Trading days from t0, counted in each symbol's own bars; the news lands between t0 and +1. */
const DAYS: StepAxis = { name: 'Day', domain: [-10, 10], ticks: [-10, -5, 0, 1, 5, 10], format: dayLabel, highlight: { from: 0, to: 1, label: 'event' } };
const WINDOW_DAYS = Array.from({ length: 21 }, (_, i) => i - 10);

interface WindowRow {
  /** The day from t0 (the step axis's position). */
  time: number;
  returns: Partial<Record<Ticker, { value: number; date: IsoDate }>>;
}

export function EventWindowPanel({ event, onClose }: { event: TimelineEvent; onClose: () => void }) {
  const prices = usePriceView();
  const { all } = useTimelineEvents();
  const symbols = useViewStore((s) => s.symbols);
  const benchmark = useViewStore((s) => s.benchmark);
  const basis = useViewStore((s) => s.basis);
  const { asOfDate } = prices;
  // Figures are as of the view's date: later bars do not exist yet. Horizons count trading
  // days in each symbol's own bars, so a series whose bars are not daily has no window.
  const seriesBySymbol = useMemo(
    () => new Map([...prices.seriesBySymbol].flatMap(([symbol, s]) => (s.periodicity ? [] : [[symbol, asOfDate ? seriesUntil(s, asOfDate) : s] as const]))),
    [prices.seriesBySymbol, asOfDate],
  );
  const notDaily = [...new Set([...symbols, benchmark])].flatMap((symbol) => {
    const periodicity = prices.seriesBySymbol.get(symbol)?.periodicity;
    return periodicity ? [`${symbol} (${periodicity === 'irregular' ? 'bars at irregular intervals' : `${periodicity} bars`})`] : [];
  });
  const benchmarkSeries = seriesBySymbol.get(benchmark);

  const windows = useMemo(() => {
    const bench = benchmarkSeries ? eventWindow(benchmarkSeries, event.date, basis) : undefined;
    return symbols.flatMap((symbol) => {
      const series = seriesBySymbol.get(symbol);
      const window = series ? eventWindow(series, event.date, basis) : undefined;
      return window ? [{ window, excess: windowExcess(window, bench) }] : [];
    });
  }, [symbols, seriesBySymbol, benchmarkSeries, event.date, basis]);

  const slots = useSeriesSlots();
  const { rows, panes } = useMemo(() => windowChart(symbols, slots, seriesBySymbol, event.date, basis), [symbols, slots, seriesBySymbol, event.date, basis]);

  // The benchmark's excess over itself is zero by definition: leave it out.
  const stats = useMemo(
    () =>
      symbols.flatMap((symbol) => {
        const series = symbol === benchmark ? undefined : seriesBySymbol.get(symbol);
        return series ? [{ symbol, byTag: tagStats(all, event.tags, series, benchmarkSeries, basis) }] : [];
      }),
    [symbols, seriesBySymbol, all, event.tags, benchmark, benchmarkSeries, basis],
  );

  const first = windows[0]?.window;
  const horizonDates = first?.horizons.map((x) => `T+${x.h} = ${x.date ? formatDay(x.date) : 'not yet'}`).join(', ');
  const close = (
    <button type="button" onClick={onClose}>
      Close
    </button>
  );

  return (
    <Panel title="Event window" actions={close} className="event-window">
      <p className="event-window-title">
        <time dateTime={event.date}>{formatDay(event.date)}</time>
        {event.endDate && <> – <time dateTime={event.endDate}>{formatDay(event.endDate)}</time></>}: {event.title}
      </p>
      {notDaily.length > 0 && (
        <p className="panel-note">
          {notDaily.join(', ')}: the event window counts trading days, so it is left out for bars that are not daily.
        </p>
      )}
      {windows.length === 0 ? (
        (notDaily.length === 0 || symbols.some((symbol) => seriesBySymbol.has(symbol))) && (
          <p className="panel-note">No prices before this event for the symbols shown.</p>
        )
      ) : (
        <>
          <p className="panel-note">
            {basisLabel(basis)}s from the close before the event{first ? ` (t0 = ${formatDay(first.t0.date)})` : ''}, counted in each
            symbol’s own trading days; excess is over {benchmark}. Blank where the data does not reach that far yet.
            {first && ` For ${first.symbol}: ${horizonDates}.`}
          </p>
          <WideTable>
            <table aria-label="Event window" className="returns-table">
              <thead>
                <tr>
                  <th scope="col">Symbol</th>
                  <th scope="col" className="col-secondary">t0 date</th>
                  {HORIZONS.map((h) => (
                    <th key={h} scope="col" className="numeric">{`T+${h}`}</th>
                  ))}
                  {HORIZONS.map((h) => (
                    <th key={h} scope="col" className="numeric col-secondary">{`Excess T+${h}`}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {windows.map(({ window, excess }) => (
                  <tr key={window.symbol}>
                    <td className="symbol-cell">{window.symbol}</td>
                    <td className="col-secondary">
                      <time dateTime={window.t0.date}>{formatDay(window.t0.date)}</time>
                    </td>
                    {window.horizons.map((x) => (
                      <td key={x.h} className="numeric" title={x.date ? `close of ${formatDay(x.date)}` : 'not in the data yet'}>
                        {x.return === undefined ? BLANK : formatPercent(x.return)}
                      </td>
                    ))}
                    {HORIZONS.map((h) => (
                      <td key={h} className="numeric col-secondary">
                        {window.symbol === benchmark ? (
                          <NotApplicable why="the benchmark itself" />
                        ) : excess[h] === undefined ? (
                          BLANK
                        ) : (
                          formatPoints(excess[h])
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </WideTable>
          <TimeChart
            id="event-window"
            rows={rows}
            steps={DAYS}
            panes={panes}
            cells={(row, symbol) => {
              const point = row.returns[symbol];
              return point && [formatPercent(point.value), formatDay(point.date)];
            }}
            table={{ name: 'Returns by day around the event', headings: (symbol) => [symbol, `${symbol} date`], primary: 1 }}
          />
        </>
      )}
      {event.tags.length > 0 && stats.length > 0 && <TagExcessTable stats={stats} benchmark={benchmark} />}
    </Panel>
  );
}

const RETURNS_AXIS = { format: formatPercent, zeroLine: true };

/** One row per day from -10 to +10, with each symbol's return from t0 (blank where its bars end). */
function windowChart(
  symbols: readonly Ticker[],
  slots: ReadonlyMap<Ticker, number>,
  seriesBySymbol: ReadonlyMap<Ticker, PriceSeries>,
  eventDate: IsoDate,
  basis: Basis,
) {
  const rows: WindowRow[] = WINDOW_DAYS.map((day) => ({ time: day, returns: {} }));
  const shown: Ticker[] = [];
  for (const symbol of symbols) {
    const series = seriesBySymbol.get(symbol);
    const path = series ? windowPath(series, eventDate, basis) : [];
    if (path.length > 0) shown.push(symbol);
    for (const point of path) rows[point.offset + 10]!.returns[symbol] = { value: point.return, date: point.date };
  }
  const panes: PaneSpec<WindowRow>[] = [
    {
      label: `Returns of ${shown.join(', ')} around the event`,
      height: 200,
      marks: 'lines',
      series: shown.map((symbol) => ({ name: symbol, styleIndex: slots.get(symbol) ?? 0, value: (row) => row.returns[symbol]?.value })),
      y: RETURNS_AXIS,
      slider: 'Day on the Event window chart',
    },
  ];
  return { rows, panes };
}
