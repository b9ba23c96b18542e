// The sentence under the panels that says what the figures are measured from, so a
// reader can tell why a figure differs from one quoted elsewhere (docs/definitions.md#since-which-close).
import { basisLabel, formatDay } from '@/domain/format';
import type { Basis } from '@/domain/types';
import type { PriceView } from '@/queries/price-view';

export function describeBase(view: PriceView, basis: Basis): string {
  const first = view.performances[0];
  if (!first || !view.asOfDate) return view.loading ? 'Loading…' : 'No data in this range.';
  const bases = new Set(view.performances.map((p) => p.baseDate));
  const since = bases.size === 1 ? `since the ${formatDay(first.baseDate)} close` : 'since each symbol’s base close';
  return `${basisLabel(basis)} ${since}, as of ${formatDay(view.asOfDate)}.`;
}
