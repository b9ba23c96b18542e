// The first thing on the page: each symbol's return over the range, large, with its trend,
// its retail sentiment and message volume, and the date they are as of, said once. The
// answer at a glance; the panels below explain it.
import { useMemo } from 'react';
import { sourceById } from '@/adapters/registry';
import { formatDay } from '@/domain/format';
import { readingAt } from '@/domain/sentiment';
import { useSource } from '@/queries/source';
import { usePriceView, useSentimentView } from '@/queries/view-data';
import { useSeriesSlots } from '@/stores/series-slots';
import { useViewStore } from '@/stores/view-store';
import { Skeleton } from '@/ui/primitives/skeleton';
import { HeadlineCard } from './headline-card';

export function AtAGlance() {
  const prices = usePriceView();
  const sentiment = useSentimentView();
  const slots = useSeriesSlots();
  const range = useViewStore((s) => s.range);
  const opening = sourceById(useSource().id)?.opening;
  const { asOfDate, performances } = prices;

  const cards = useMemo(
    () =>
      performances.map((performance) => {
        const index = sentiment.indexes.get(performance.symbol);
        return { performance, reading: index && asOfDate ? readingAt(index, asOfDate) : undefined };
      }),
    [performances, sentiment.indexes, asOfDate],
  );

  if (!asOfDate) return prices.loading ? <Skeleton height={96} label="Loading the figures…" /> : null;
  const base = performances[0]?.baseDate;
  const when = `as of ${formatDay(asOfDate)}`;
  const caption =
    opening?.to === asOfDate
      ? `Sample data, ${when}, ${opening.caption}`
      : `Returns${base ? ` since the ${formatDay(base)} close` : ''}, ${when}`;
  const rangeLabel = range === 'custom' ? 'Custom' : range;
  return (
    <section className="at-a-glance" aria-label="At a glance">
      <p className="at-a-glance-caption">{caption}</p>
      <ul className="headline-cards" aria-label="Returns at a glance">
        {cards.map(({ performance, reading }) => (
          <HeadlineCard
            key={performance.symbol}
            performance={performance}
            range={rangeLabel}
            reading={reading}
            styleIndex={slots.get(performance.symbol) ?? 0}
          />
        ))}
      </ul>
    </section>
  );
}
