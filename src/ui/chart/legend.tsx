// A chart's legend: a toggle per series, in its colour and dash, that shows and hides it.
import { seriesStyle } from './series-style';

interface SeriesLegendProps {
  series: readonly { name: string; styleIndex: number }[];
  hidden: ReadonlySet<string>;
  onToggle: (name: string) => void;
}

export function SeriesLegend({ series, hidden, onToggle }: SeriesLegendProps) {
  return (
    <div className="legend" role="group" aria-label="Series">
      {series.map(({ name, styleIndex }) => (
        <button
          key={name}
          type="button"
          className="legend-item"
          aria-pressed={!hidden.has(name)}
          onClick={() => onToggle(name)}
          title={hidden.has(name) ? `Show ${name}` : `Hide ${name}`}
        >
          <SeriesSwatch styleIndex={styleIndex} width={24} />
          {name}
        </button>
      ))}
    </div>
  );
}

/** A short stroke in a series' colour and dash, for legends and symbol chips. */
export function SeriesSwatch({ styleIndex, width, strokeWidth = 2.5 }: { styleIndex: number; width: number; strokeWidth?: number }) {
  const style = seriesStyle(styleIndex);
  return (
    <svg width={width} height="10" aria-hidden="true">
      <line x1="0" y1="5" x2={width} y2="5" stroke={style.color} strokeWidth={strokeWidth} strokeDasharray={style.dash} />
    </svg>
  );
}
