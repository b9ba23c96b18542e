// The sentence under the panels that says what the figures are measured from, so a
// reader can tell why a figure differs from one quoted elsewhere.
import type { PerformanceModel } from './use-performance';

export function describeBase(model: PerformanceModel, basisLabel: string): string {
  const first = model.performances[0];
  if (!first || !model.asOfDate) return model.loading ? 'Loading…' : 'No data in this range.';
  const bases = new Set(model.performances.map((p) => p.baseDate));
  const since = bases.size === 1 ? `since the ${first.baseDate} close` : 'since each symbol’s base close';
  return `${basisLabel} ${since}, as of ${model.asOfDate}.`;
}
