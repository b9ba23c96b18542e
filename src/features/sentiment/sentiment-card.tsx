// One symbol's sentiment card: the gauge, its change over a week, the bullish/bearish
// split, message volume against normal, a 30-day trend, and earlier readings.
import { formatPoints } from '@/domain/format';
import { SENTIMENT_BOUNDS, SENTIMENT_LABELS, type GaugeReading, type SentimentReading } from '@/domain/sentiment';
import type { Ticker } from '@/domain/types';
import { Gauge, type GaugeZone } from '@/ui/primitives/gauge';
import { Sparkline } from '@/ui/primitives/sparkline';

const ZONE_COLORS = ['var(--zone-1)', 'var(--zone-2)', 'var(--zone-3)', 'var(--zone-4)', 'var(--zone-5)'];
const ZONE_SHORT_LABELS = ['Very bearish', 'Bearish', 'Neutral', 'Bullish', 'Very bullish'];
const ZONES: GaugeZone[] = SENTIMENT_LABELS.map((label, i) => ({
  label,
  shortLabel: ZONE_SHORT_LABELS[i],
  from: SENTIMENT_BOUNDS[i]!,
  to: SENTIMENT_BOUNDS[i + 1]!,
  color: ZONE_COLORS[i]!,
}));

/** The volume meter runs to 4x normal; beyond that it is full. */
const VOLUME_METER_MAX = 400;

export function SentimentCard({ symbol, gauge }: { symbol: Ticker; gauge: GaugeReading }) {
  const { now, change } = gauge;
  const tagged = now ? now.bullish + now.bearish : 0;
  return (
    <article className="sentiment-card" aria-label={`${symbol} sentiment card`}>
      <h3>{symbol}</h3>
      {now?.score !== undefined && now.label ? (
        <>
          <Gauge label={`${symbol} sentiment`} value={now.score} valueText={now.label} min={0} max={100} zones={ZONES} />
          <p className="gauge-reading">
            <strong>{Math.round(now.score)}</strong> {now.label}
          </p>
          <p className="gauge-change">
            {change === undefined ? (
              'No reading 7 days earlier'
            ) : (
              <>
                <span aria-hidden="true">{change > 0 ? '▲' : change < 0 ? '▼' : '■'}</span> {formatPoints(change / 100)} vs 7 days earlier
              </>
            )}
          </p>
          <div className="split" aria-label={`Bullish ${share(now.bullish, tagged)}, bearish ${share(now.bearish, tagged)} of tagged messages`} role="img">
            <span className="split-bull" style={{ width: share(now.bullish, tagged) }} />
            <span className="split-bear" style={{ width: share(now.bearish, tagged) }} />
          </div>
          <p className="split-legend" aria-hidden="true">
            <span>Bullish {share(now.bullish, tagged)}</span>
            <span>Bearish {share(now.bearish, tagged)}</span>
          </p>
        </>
      ) : (
        <p className="not-enough">Not enough data</p>
      )}
      <VolumeReading symbol={symbol} reading={now} />
      <Sparkline
        values={gauge.sparkline.map((p) => p.score)}
        min={0}
        max={100}
        label={sparklineLabel(symbol, gauge)}
      />
      <dl className="earlier">
        <Earlier term="1 week ago" reading={gauge.weekAgo} />
        <Earlier term="1 month ago" reading={gauge.monthAgo} />
        <Earlier term="1 year ago" reading={gauge.yearAgo} />
      </dl>
    </article>
  );
}

function VolumeReading({ symbol, reading }: { symbol: Ticker; reading?: SentimentReading }) {
  if (reading?.volumeRatio === undefined || !reading.volumeLabel) {
    return <p className="volume not-enough">Message volume: not enough history</p>;
  }
  const percent = Math.round(reading.volumeRatio * 100);
  return (
    <div className="volume">
      <span>
        Message volume <strong>{reading.volumeLabel}</strong> · {reading.volumeRatio.toFixed(2)}× normal
      </span>
      <div
        role="meter"
        aria-label={`${symbol} message volume`}
        aria-valuemin={0}
        aria-valuemax={VOLUME_METER_MAX}
        aria-valuenow={percent}
        aria-valuetext={reading.volumeLabel}
        className="volume-meter"
      >
        <span style={{ width: `${Math.min(percent, VOLUME_METER_MAX) / 4}%` }} />
      </div>
    </div>
  );
}

function Earlier({ term, reading }: { term: string; reading?: SentimentReading }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{reading?.score !== undefined ? `${Math.round(reading.score)} ${reading.label}` : 'Not enough data'}</dd>
    </>
  );
}

function share(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((100 * part) / whole)}%` : '0%';
}

function sparklineLabel(symbol: Ticker, gauge: GaugeReading): string {
  const scores = gauge.sparkline.flatMap((p) => (p.score === undefined ? [] : [Math.round(p.score)]));
  if (scores.length === 0) return `${symbol}: no sentiment readings in the last 30 days`;
  return `${symbol} sentiment over 30 days, from ${scores[0]} to ${scores[scores.length - 1]}`;
}
