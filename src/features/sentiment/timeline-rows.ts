// The sentiment timeline's view model: one row per calendar day with each symbol's
// score and message volume ratio.
import { toTime } from '@/domain/dates';
import { readingsBetween, type SentimentIndex } from '@/domain/sentiment';
import type { IsoDate, Ticker } from '@/domain/types';

export interface TimelineRow {
  time: number;
  scores: Partial<Record<Ticker, number>>;
  volumes: Partial<Record<Ticker, number>>;
}

export function buildTimelineRows(indexes: ReadonlyMap<Ticker, SentimentIndex>, symbols: Ticker[], from: IsoDate, to: IsoDate): TimelineRow[] {
  const rowsByDate = new Map<IsoDate, TimelineRow>();
  for (const symbol of symbols) {
    const index = indexes.get(symbol);
    if (!index) continue;
    for (const r of readingsBetween(index, from, to)) {
      let row = rowsByDate.get(r.date);
      if (!row) {
        row = { time: toTime(r.date), scores: {}, volumes: {} };
        rowsByDate.set(r.date, row);
      }
      if (r.score !== undefined) row.scores[symbol] = r.score;
      if (r.volumeRatio !== undefined) row.volumes[symbol] = r.volumeRatio;
    }
  }
  return [...rowsByDate.values()].sort((a, b) => a.time - b.time);
}
