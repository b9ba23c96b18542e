// The sentiment timeline's view model: one row per calendar day with each symbol's
// score and message volume ratio.
import { readingsBetween, type SentimentIndex } from '@/domain/sentiment';
import { toTime } from '@/domain/dates';
import type { IsoDate, Ticker } from '@/domain/types';

export interface TimelineRow {
  time: number;
  scores: Partial<Record<Ticker, number>>;
  volumes: Partial<Record<Ticker, number>>;
}

export function buildTimelineRows(indexes: ReadonlyMap<Ticker, SentimentIndex>, symbols: Ticker[], from: IsoDate, to: IsoDate): TimelineRow[] {
  const byDate = new Map<IsoDate, TimelineRow>();
  for (const symbol of symbols) {
    const index = indexes.get(symbol);
    if (!index) continue;
    for (const r of readingsBetween(index, from, to)) {
      let row = byDate.get(r.date);
      if (!row) {
        row = { time: toTime(r.date), scores: {}, volumes: {} };
        byDate.set(r.date, row);
      }
      if (r.score !== undefined) row.scores[symbol] = r.score;
      if (r.volumeRatio !== undefined) row.volumes[symbol] = r.volumeRatio;
    }
  }
  return [...byDate.values()].sort((a, b) => a.time - b.time);
}

export interface ScorePoint {
  time: number;
  score: number;
}

/** Each symbol's score as its own line (days without a score are left out, not zero). */
export function scoreLines(rows: readonly TimelineRow[], symbols: readonly Ticker[]): { symbol: Ticker; points: ScorePoint[] }[] {
  return symbols.map((symbol) => ({
    symbol,
    points: rows.flatMap((row) => (row.scores[symbol] === undefined ? [] : [{ time: row.time, score: row.scores[symbol] }])),
  }));
}

/**
 * Volume bars that fit the plot: at most `maxBars` per symbol. Consecutive days are
 * grouped and each group shows its highest ratio, so a burst is never averaged away.
 */
export function volumeBars(rows: readonly TimelineRow[], symbols: readonly Ticker[], maxBars: number): readonly TimelineRow[] {
  const size = Math.ceil(rows.length / Math.max(1, Math.floor(maxBars)));
  if (size <= 1) return rows;
  const bars: TimelineRow[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const group = rows.slice(i, i + size);
    const volumes: TimelineRow['volumes'] = {};
    for (const symbol of symbols) {
      const values = group.flatMap((row) => (row.volumes[symbol] === undefined ? [] : [row.volumes[symbol]]));
      if (values.length > 0) volumes[symbol] = Math.max(...values);
    }
    bars.push({ time: group[0]!.time, scores: {}, volumes });
  }
  return bars;
}
