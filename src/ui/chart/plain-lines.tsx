// The benchmark's plain path (window.__TRADEWINDS_PLAIN_CHARTS__): Recharts' own <Line>
// per series, over every point, which scales the y axis itself. A module of its own,
// loaded only on that path, so <Line> and its drawing code stay out of the page's load.
import { Line } from 'recharts';
import type { DrawnLine } from './lines';
import { seriesLineProps } from './series-style';

export default function PlainLines<Row extends { time: number }>({ lines }: { lines: readonly DrawnLine<Row>[] }) {
  return lines.map((line) => (
    <Line key={line.name} name={line.name} data={line.points as Row[]} dataKey={line.value} {...seriesLineProps(line.styleIndex)} />
  ));
}
