// One symbol at a glance: its return over the range (large), its trend, and the retail
// sentiment and message volume as of the same day.
import { useMemo } from 'react';
import { downsampleIndexes } from '@/domain/downsample';
import { formatPercent } from '@/domain/format';
import { returnAt, type SeriesPerformance } from '@/domain/returns';
import type { SentimentReading } from '@/domain/sentiment';
import { SeriesSwatch } from '@/ui/chart/legend';
import { seriesStyle } from '@/ui/chart/series-style';
import { Sparkline } from '@/ui/primitives/sparkline';

interface HeadlineCardProps {
  performance: SeriesPerformance;
  /** The range the return is over, e.g. "YTD". */
  range: string;
  /** Sentiment as of the same day; undefined when the source has none. */
  reading?: SentimentReading;
  styleIndex: number;
}

/** Points the trend is drawn from: about two per pixel of a card on a phone. */
const SPARKLINE_WIDTH = 160;

export function HeadlineCard({ performance, range, reading, styleIndex }: HeadlineCardProps) {
  const { symbol } = performance;
  const trend = useMemo(
    () => downsampleIndexes(performance.track, performance.base, performance.end, SPARKLINE_WIDTH / 2).map((i) => returnAt(performance, i)),
    [performance],
  );
  // The scale always holds 0 (the base), so the line shows gain or loss from where the range began.
  const low = Math.min(0, ...trend);
  const high = Math.max(low + 1e-9, ...trend);
  const sentiment = reading?.label && reading.score !== undefined ? `${reading.label} ${Math.round(reading.score)}` : 'No sentiment reading';
  const volume = reading?.volumeLabel ? `volume ${reading.volumeLabel.toLowerCase()}` : undefined;
  return (
    <li className="headline-card">
      <span className="headline-top">
        <span className="headline-symbol">
          <SeriesSwatch styleIndex={styleIndex} width={14} strokeWidth={3} />
          {symbol}
        </span>
        <span className="headline-range">{range}</span>
      </span>
      <strong className={`headline-return ${performance.return >= 0 ? 'up' : 'down'}`}>{formatPercent(performance.return)}</strong>
      {/* In the series' colour, the way its line is drawn on the chart below. */}
      <span className="headline-trend" style={{ color: seriesStyle(styleIndex).color }}>
        <Sparkline
          values={trend}
          min={low}
          max={high}
          width={SPARKLINE_WIDTH}
          height={24}
          stretch
          label={`${symbol} over the range, from 0% to ${formatPercent(performance.return)}`}
        />
      </span>
      <span className="headline-sentiment">
        {sentiment}
        {volume && ` · ${volume}`}
      </span>
    </li>
  );
}
