// How the same symbols fared around every event sharing the selected event's tags: mean
// and median excess over the benchmark at each horizon (docs/definitions.md#events).
import { HORIZONS, type TagStat } from '@/domain/event-window';
import { formatPoints } from '@/domain/format';
import type { Ticker } from '@/domain/types';

const BLANK = '–';

export function TagExcessTable({ stats, benchmark }: { stats: readonly { symbol: Ticker; byTag: TagStat[] }[]; benchmark: Ticker }) {
  return (
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
                      {x.mean === undefined || x.median === undefined ? BLANK : `${formatPoints(x.mean)} / ${formatPoints(x.median)} (n=${x.count})`}
                    </td>
                  ))}
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
