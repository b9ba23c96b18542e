// How the same symbols fared around every event sharing the selected event's tags: mean
// and median excess over the benchmark at each horizon (docs/definitions.md#events).
import { HORIZONS, type TagStat } from '@/domain/event-window';
import { formatPoints } from '@/domain/format';
import type { Ticker } from '@/domain/types';
import { WideTable } from '@/ui/primitives/wide-table';

const BLANK = '–';
/** The horizon a phone shows first: a week of trading after the news. */
const MAIN_HORIZON = 5;

export function TagExcessTable({ stats, benchmark }: { stats: readonly { symbol: Ticker; byTag: TagStat[] }[]; benchmark: Ticker }) {
  return (
    <>
      <h3 className="subheading">Around every event with the same tags</h3>
      <p className="panel-note">Mean and median excess over {benchmark} at each horizon; n = events with data.</p>
      <WideTable>
        <table aria-label="Excess by tag" className="returns-table tag-excess">
          <thead>
            <tr>
              <th scope="col">Tag</th>
              <th scope="col">Symbol</th>
              {HORIZONS.map((h) => (
                <th key={h} scope="col" className={h === MAIN_HORIZON ? 'numeric' : 'numeric col-secondary'}>{`T+${h} mean / median`}</th>
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
                    <td key={x.h} className={x.h === MAIN_HORIZON ? 'numeric' : 'numeric col-secondary'}>
                      {x.mean === undefined || x.median === undefined ? BLANK : `${formatPoints(x.mean)} / ${formatPoints(x.median)} (n=${x.count})`}
                    </td>
                  ))}
                </tr>
              )),
            )}
          </tbody>
        </table>
      </WideTable>
    </>
  );
}
