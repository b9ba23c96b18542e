// How series are told apart: a colour that reads on light and dark backgrounds, and a
// dash pattern, so no one needs colour alone.
export interface SeriesStyle {
  color: string;
  dash?: string;
}

const STYLES: readonly SeriesStyle[] = [
  { color: 'var(--series-1)' },
  { color: 'var(--series-2)', dash: '6 3' },
  { color: 'var(--series-3)', dash: '2 2' },
  { color: 'var(--series-4)', dash: '8 3 2 3' },
  { color: 'var(--series-5)', dash: '12 4' },
  { color: 'var(--series-6)', dash: '2 5' },
  { color: 'var(--series-7)', dash: '8 3 2 3 2 3' },
  { color: 'var(--series-8)', dash: '4 4' },
];

export function seriesStyle(index: number): SeriesStyle {
  return STYLES[index % STYLES.length]!;
}

/** The props every time chart gives a series' line: its style, no dots, no animation. */
export function seriesLineProps(index: number) {
  const style = seriesStyle(index);
  return { stroke: style.color, strokeDasharray: style.dash, strokeWidth: 2, dot: false, isAnimationActive: false } as const;
}
