// The Returns panel: a sortable table of each symbol's figures over the range, with
// the benchmark to measure excess against.
import { useMemo, useState } from 'react';
import { formatDay, formatPercent, formatPoints, formatPrice } from '@/domain/format';
import { usePriceView } from '@/queries/view-data';
import { useViewStore } from '@/stores/view-store';
import { ErrorState } from '@/ui/primitives/error-state';
import { HeaderActions } from '@/ui/export/export-buttons';
import { NotApplicable } from '@/ui/primitives/not-applicable';
import { Panel } from '@/ui/primitives/panel';
import { WideTable } from '@/ui/primitives/wide-table';
import { Skeleton } from '@/ui/primitives/skeleton';
import { StaleNote } from '@/ui/primitives/stale-note';
import { describeBase } from './describe-base';
import { ReturnsCsvButton } from './performance-exports';
import { buildReturnsRows, sortRows, type SortKey, type SortOrder } from './returns-rows';
import { seriesNotes } from './series-notes';

// `secondary`: shown on a phone on request (WideTable).
const COLUMNS: { key: SortKey; label: string; numeric: boolean; secondary?: boolean }[] = [
  { key: 'symbol', label: 'Symbol', numeric: false },
  { key: 'lastClose', label: 'Last price', numeric: true, secondary: true },
  { key: 'return', label: 'Return', numeric: true },
  { key: 'excess', label: 'Excess', numeric: true },
  { key: 'maxDrawdown', label: 'Max drawdown', numeric: true, secondary: true },
  { key: 'volatility', label: 'Volatility', numeric: true, secondary: true },
];

export function ReturnsPanel() {
  const model = usePriceView();
  const symbols = useViewStore((s) => s.symbols);
  const basis = useViewStore((s) => s.basis);
  const benchmark = useViewStore((s) => s.benchmark);
  const setBenchmark = useViewStore((s) => s.setBenchmark);
  const removeSymbol = useViewStore((s) => s.removeSymbol);
  const [order, setOrder] = useState<SortOrder>();
  const benchmarkSeries = model.seriesBySymbol.get(benchmark);
  const rows = useMemo(
    () => sortRows(buildReturnsRows(model.performances, benchmarkSeries, basis), order),
    [model.performances, benchmarkSeries, basis, order],
  );
  const notes = useMemo(() => seriesNotes(model.performances), [model.performances]);
  const benchmarkChoices = symbols.includes(benchmark) ? symbols : [benchmark, ...symbols];
  const benchmarkFailure = !symbols.includes(benchmark) && !benchmarkSeries && !model.loading;

  const sortBy = (key: SortKey) =>
    setOrder((o) => ({ key, direction: o?.key === key && o.direction === 'descending' ? 'ascending' : 'descending' }));

  const benchmarkPicker = (
    <label className="inline-field">
      Benchmark
      <select value={benchmark} onChange={(e) => setBenchmark(e.target.value)}>
        {benchmarkChoices.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <Panel title="Returns" actions={<HeaderActions>{benchmarkPicker}<ReturnsCsvButton rows={rows} /></HeaderActions>}>
      <p className="panel-note">{describeBase(model, basis)}</p>
      <StaleNote stale={model.stale} />
      {model.failures.map((f) => (
        <div key={f.symbol} className="inline-error" role="alert">
          <span>{f.error.message}</span>
          <button type="button" onClick={f.retry}>
            Retry
          </button>
          <button type="button" onClick={() => removeSymbol(f.symbol)}>
            Remove {f.symbol}
          </button>
        </div>
      ))}
      {benchmarkFailure && <p className="inline-error">No data for the benchmark {benchmark}: excess is blank.</p>}
      {model.loading && rows.length === 0 ? (
        <Skeleton height={160} label="Loading returns…" />
      ) : rows.length === 0 && model.failures.length === 0 ? (
        <ErrorState message="No prices in this range. Pick a longer range or an earlier as-of date." />
      ) : (
        <WideTable>
          <table aria-label="Returns" className="returns-table">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    className={[c.numeric && 'numeric', c.secondary && 'col-secondary'].filter(Boolean).join(' ') || undefined}
                    aria-sort={order?.key === c.key ? order.direction : undefined}
                  >
                    <button type="button" className="sort-button" onClick={() => sortBy(c.key)}>
                      {c.key === 'excess' ? `Excess vs ${benchmark}` : c.label}
                      <span aria-hidden="true">{order?.key === c.key ? (order.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.symbol}>
                  <td className="symbol-cell">{r.symbol}</td>
                  <td className="numeric col-secondary">{formatPrice(r.lastClose)}</td>
                  <td className={`numeric ${r.return >= 0 ? 'up' : 'down'}`}>
                    {formatPercent(r.return)}
                    {r.startsInsideRange && <span className="footnote"> since {formatDay(r.baseDate)}</span>}
                  </td>
                  <td className="numeric">
                    {r.isBenchmark ? <NotApplicable why="the benchmark itself" /> : r.excess === undefined ? '–' : formatPoints(r.excess)}
                  </td>
                  <td className="numeric col-secondary">{formatPercent(r.maxDrawdown)}</td>
                  <td className="numeric col-secondary">{r.volatility === undefined ? '–' : formatPercent(r.volatility).replace('+', '')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </WideTable>
      )}
      {notes.map((note) => (
        <p key={note.text} className="panel-note">
          {note.text}
        </p>
      ))}
    </Panel>
  );
}
