// A tiny trend line with no axes, for a card. Gaps stay gaps.
interface SparklineProps {
  values: readonly (number | undefined)[];
  min: number;
  max: number;
  /** What it shows, for screen readers. */
  label: string;
  width?: number;
  height?: number;
  /** Fill the width of its box (CSS), keeping the line's thickness. */
  stretch?: boolean;
}

export function Sparkline({ values, min, max, label, width = 120, height = 28, stretch = false }: SparklineProps) {
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const y = (v: number) => height - ((v - min) / (max - min)) * height;
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === undefined) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${(i * step).toFixed(1)} ${y(v).toFixed(1)} `;
    pen = true;
  });
  return (
    <svg
      className="sparkline"
      width={stretch ? '100%' : width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio={stretch ? 'none' : undefined}
      role="img"
      aria-label={label}
    >
      <path d={d} fill="none" stroke="currentColor" strokeWidth={1.5} vectorEffect={stretch ? 'non-scaling-stroke' : undefined} />
    </svg>
  );
}
