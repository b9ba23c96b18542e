// The sentences under Returns (and Performance) that say where a symbol's figures are not
// what the view asks for: measured on the other basis, from bars that are not daily, or
// without a last price that is not a close (docs/definitions.md#returns, #types).
import { formatDay, formatPrice } from '@/domain/format';
import type { SeriesPerformance } from '@/domain/returns';

export interface SeriesNote {
  /** `basis`: figures on the other basis than asked for; `spacing`: bars that are not daily; `intraday`: a last price left out. */
  kind: 'basis' | 'spacing' | 'intraday';
  text: string;
}

const joined = (ps: readonly SeriesPerformance[]) => ps.map((p) => p.symbol).join(', ');

/** One sentence per kind of exception, naming the symbols it concerns; none when all is as asked. */
export function seriesNotes(performances: readonly SeriesPerformance[]): SeriesNote[] {
  const notes: SeriesNote[] = [];
  const noAdjusted = performances.filter((p) => p.basisFallback && p.basis === 'price');
  if (noAdjusted.length > 0) notes.push({ kind: 'basis', text: `${joined(noAdjusted)}: no adjusted closes, shown on price basis.` });
  const onlyAdjusted = performances.filter((p) => p.basisFallback && p.basis === 'total');
  if (onlyAdjusted.length > 0) {
    notes.push({ kind: 'basis', text: `${joined(onlyAdjusted)}: closes already adjusted for dividends and splits, so price basis is not available: shown as total return.` });
  }
  for (const [periodicity, text] of SPACING) {
    const these = performances.filter((p) => p.periodicity === periodicity);
    if (these.length > 0) notes.push({ kind: 'spacing', text: `${joined(these)}: ${text}` });
  }
  // One each: every such price has its own day, price and time.
  for (const { symbol, intraday } of performances) {
    if (!intraday) continue;
    const at = intraday.takenAt ? `, at ${intraday.takenAt} New York` : '';
    notes.push({
      kind: 'intraday',
      text: `${symbol}: the price of ${formatDay(intraday.date)} (${formatPrice(intraday.close)}${at}) was taken before that day's close: intraday, not a close, so it is left out of these figures.`,
    });
  }
  return notes;
}

const SPACING = [
  ['weekly', 'weekly bars: volatility annualised by √52.'],
  ['monthly', 'monthly bars: volatility annualised by √12.'],
  ['irregular', 'bars at irregular intervals (neither daily, weekly nor monthly): no volatility.'],
] as const;
