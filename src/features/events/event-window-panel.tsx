// The Event window panel: what prices did around the selected event (DEFINITIONS.md
// section 4). Returns at T+1, T+5 and T+10 trading days from the close before the
// event, the excess over the benchmark, a -10..+10 day chart rebased at that close,
// and how the same symbols fared around every event sharing its tags.
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { toTime } from '@/domain/dates';
import { eventWindow, HORIZONS, tagStats, windowExcess, windowPath } from '@/domain/event-window';
import { formatDate, formatPercent, formatPoints } from '@/domain/format';
import { seriesUntil } from '@/domain/returns';
import type { Basis, IsoDate, PriceSeries, Ticker, TimelineEvent } from '@/domain/types';
import { ChartTable } from '@/ui/chart/chart-table';
import { Panel } from '@/ui/primitives/panel';
import { seriesLineProps } from '@/ui/chart/series-style';
import { useElementWidth } from '@/ui/chart/use-element-width';

interface EventWindowPanelProps {
  event: TimelineEvent;
  /** Every event, for the per-tag comparison. */
  allEvents: readonly TimelineEvent[];
  symbols: Ticker[];
  seriesBySymbol: ReadonlyMap<Ticker, PriceSeries>;
  benchmark: Ticker;
  basis: Basis;
  /** Figures are as of this date: later bars do not exist yet. */
  asOfDate?: IsoDate;
  onClose: () => void;
}

const blank = '–';
/** Trading days from t0 the chart and its table cover. */
const WINDOW_DAYS = Array.from({ length: 21 }, (_, i) => i - 10);
const dayLabel = (day: number) => (day === 0 ? 't0' : day > 0 ? `+${day}` : String(day));

export function EventWindowPanel(props: EventWindowPanelProps) {
  const { event, allEvents, symbols, benchmark, basis, asOfDate, onClose } = props;
  const [frameRef, width] = useElementWidth<HTMLDivElement>(480);
  const seriesBySymbol = useMemo(
    () => new Map([...props.seriesBySymbol].map(([symbol, s]) => [symbol, asOfDate ? seriesUntil(s, asOfDate) : s])),
    [props.seriesBySymbol, asOfDate],
  );
  const benchmarkSeries = seriesBySymbol.get(benchmark);

  const rows = useMemo(() => {
    const bench = benchmarkSeries ? eventWindow(benchmarkSeries, event.date, basis) : undefined;
    return symbols.flatMap((symbol) => {
      const series = seriesBySymbol.get(symbol);
      const window = series ? eventWindow(series, event.date, basis) : undefined;
      return window ? [{ window, excess: windowExcess(window, bench) }] : [];
    });
  }, [symbols, seriesBySymbol, benchmarkSeries, event.date, basis]);

  const paths = useMemo(
    () =>
      symbols.flatMap((symbol, index) => {
        const series = seriesBySymbol.get(symbol);
        const path = series ? windowPath(series, event.date, basis) : [];
        return path.length > 0 ? [{ symbol, index, path }] : [];
      }),
    [symbols, seriesBySymbol, event.date, basis],
  );

  // The benchmark's excess over itself is zero by definition: leave it out.
  const stats = useMemo(
    () =>
      symbols.flatMap((symbol) => {
        const series = symbol === benchmark ? undefined : seriesBySymbol.get(symbol);
        return series ? [{ symbol, byTag: tagStats(allEvents, event.tags, series, benchmarkSeries, basis) }] : [];
      }),
    [symbols, seriesBySymbol, allEvents, event.tags, benchmark, benchmarkSeries, basis],
  );

  const first = rows[0]?.window;
  const t0 = first?.t0.date;
  const horizonDates = first?.horizons.map((x) => `T+${x.h} = ${x.date ?? 'not yet'}`).join(', ');
  const close = (
    <button type="button" onClick={onClose}>
      Close
    </button>
  );

  return (
    <Panel title="Event window" actions={close} className="event-window">
      <p className="event-window-title">
        <time dateTime={event.date}>{formatDate(toTime(event.date))}</time>
        {event.endDate && <> – <time dateTime={event.endDate}>{formatDate(toTime(event.endDate))}</time></>}: {event.title}
      </p>
      {rows.length === 0 ? (
        <p className="panel-note">No prices before this event for the symbols shown.</p>
      ) : (
        <>
          <p className="panel-note">
            {basis === 'total' ? 'Total' : 'Price'} returns from the close before the event{t0 ? ` (t0 = ${t0})` : ''}, counted in each
            symbol’s own trading days; excess is over {benchmark}. Blank where the data does not reach that far yet.
            {first && ` For ${first.symbol}: ${horizonDates}.`}
          </p>
          {/* Focusable so the keyboard can scroll it on a narrow screen. */}
          <div className="table-scroll" tabIndex={0}>
            <table aria-label="Event window" className="returns-table">
              <thead>
                <tr>
                  <th scope="col">Symbol</th>
                  <th scope="col">t0 close</th>
                  {HORIZONS.map((h) => (
                    <th key={h} scope="col" className="numeric">{`T+${h}`}</th>
                  ))}
                  {HORIZONS.map((h) => (
                    <th key={h} scope="col" className="numeric">{`Excess T+${h}`}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(({ window, excess }) => (
                  <tr key={window.symbol}>
                    <td className="symbol-cell">{window.symbol}</td>
                    <td>{window.t0.date}</td>
                    {window.horizons.map((x) => (
                      <td key={x.h} className="numeric" title={x.date ? `close of ${x.date}` : 'not in the data yet'}>
                        {x.return === undefined ? blank : formatPercent(x.return)}
                      </td>
                    ))}
                    {HORIZONS.map((h) => (
                      <td key={h} className="numeric">
                        {excess[h] === undefined ? blank : formatPoints(excess[h])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div ref={frameRef} className="chart-frame">
            <WindowChart paths={paths} width={width} />
          </div>
          <ChartTable
            name="Returns by day around the event"
            columns={['Day', ...paths.map((p) => p.symbol)]}
            rows={WINDOW_DAYS}
            cells={(day) => [dayLabel(day), ...paths.map(({ path }) => {
              const point = path.find((x) => x.offset === day);
              return point ? `${formatPercent(point.return)} (${point.date})` : blank;
            })]}
          />
        </>
      )}
      {event.tags.length > 0 && stats.length > 0 && (
        <>
          <h3 className="subheading">Around every event with the same tags</h3>
          <p className="panel-note">Mean and median excess over {benchmark} at each horizon; n = events with data.</p>
          {/* Focusable so the keyboard can scroll it on a narrow screen. */}
          <div className="table-scroll" tabIndex={0}>
            <table aria-label="Excess by tag" className="returns-table">
              <thead>
                <tr>
                  <th scope="col">Tag</th>
                  <th scope="col">Symbol</th>
                  {HORIZONS.map((h) => (
                    <th key={h} scope="col" className="numeric">{`T+${h} mean / median`}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {stats.flatMap(({ symbol, byTag }) =>
                  byTag.map((tag) => (
                    <tr key={`${tag.tag}-${symbol}`}>
                      <td>{tag.tag}</td>
                      <td className="symbol-cell">{symbol}</td>
                      {tag.horizons.map((x) => (
                        <td key={x.h} className="numeric">
                          {x.mean === undefined || x.median === undefined
                            ? blank
                            : `${formatPoints(x.mean)} / ${formatPoints(x.median)} (n=${x.count})`}
                        </td>
                      ))}
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Panel>
  );
}

interface WindowChartProps {
  paths: { symbol: Ticker; index: number; path: { offset: number; return: number }[] }[];
  width: number;
}

function WindowChart({ paths, width }: WindowChartProps) {
  return (
    <LineChart width={width} height={200} margin={{ top: 12, right: 16, bottom: 4, left: 8 }}>
      <CartesianGrid stroke="var(--grid)" vertical={false} />
      <XAxis
        dataKey="offset"
        type="number"
        domain={[-10, 10]}
        ticks={[-10, -5, 0, 1, 5, 10]}
        tickFormatter={dayLabel}
        stroke="var(--muted)"
        allowDuplicatedCategory={false}
      />
      <YAxis tickFormatter={(v: number) => formatPercent(v)} stroke="var(--muted)" width={60} />
      {/* The news lands between the t0 close and the next one. */}
      <ReferenceArea x1={0} x2={1} fill="var(--accent)" fillOpacity={0.15} label={{ value: 'event', position: 'insideTop', fill: 'var(--muted)' }} />
      <ReferenceLine y={0} stroke="var(--muted)" />
      <Tooltip
        isAnimationActive={false}
        labelFormatter={(v) => `Day ${dayLabel(Number(v))}`}
        formatter={(v) => formatPercent(Number(v))}
      />
      {paths.map(({ symbol, index, path }) => (
        <Line key={symbol} data={path} dataKey="return" name={symbol} {...seriesLineProps(index)} />
      ))}
    </LineChart>
  );
}
