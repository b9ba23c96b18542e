// An axis label as plain SVG text. Recharts' own tick label (<Text>) is given the axis'
// width and measures each new label in the DOM to wrap it to that width, a forced layout
// per label on every change of the axis; the kit's labels are one short word each, and
// the kit picks the ticks so that they fit (axes.ts, domain/time-ticks.ts).

/** What Recharts passes a `tick` function, as far as the label reads it. */
interface TickLabelProps {
  x: number;
  y: number;
  index: number;
  payload: { value: number };
  textAnchor: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor: 'start' | 'middle' | 'end';
  fill?: string;
  tickFormatter?: (value: number, index: number) => string;
}

/** Where Recharts' <Text> puts one line of text against its anchor. */
const DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/** For `<XAxis tick>`/`<YAxis tick>`, whose function type takes `unknown`. */
export function axisTick(props: unknown) {
  const { x, y, index, payload, textAnchor, verticalAnchor, fill, tickFormatter } = props as TickLabelProps;
  return (
    <text className="recharts-cartesian-axis-tick-value" x={x} y={y} dy={DY[verticalAnchor]} textAnchor={textAnchor} fill={fill}>
      {tickFormatter ? tickFormatter(payload.value, index) : payload.value}
    </text>
  );
}
