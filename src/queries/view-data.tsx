// What the whole page reads about the view: its prices over the resolved range, its
// events and its sentiment. Computed once, here, for every panel, rather than once per
// panel that asks; and requested here in that order (a provider's queries start after its
// children's would), so the prices the first chart needs go first.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { toTime } from '@/domain/dates';
import { useViewStore } from '@/stores/view-store';
import { useAsOfWithinData } from './as-of-within-data';
import { usePriceViewModel, type PriceView } from './price-view';
import { useSentimentViewModel, type SentimentView } from './sentiment-view';
import { useTimelineEventsModel, type TimelineEvents } from './timeline-events';

const PriceViewContext = createContext<PriceView | undefined>(undefined);
const TimelineEventsContext = createContext<TimelineEvents | undefined>(undefined);
const SentimentViewContext = createContext<SentimentView | undefined>(undefined);

export function ViewDataProvider({ children }: { children: ReactNode }) {
  const prices = usePriceViewModel();
  const to = useViewStore((s) => s.to);
  useAsOfWithinData(prices, to);
  // Events run to the as-of date the person asked for (a weekend included), else the data's last day.
  const events = useTimelineEventsModel({ from: prices.start, to: to ?? prices.asOfDate });
  const sentiment = useSentimentViewModel();
  return (
    <PriceViewContext value={prices}>
      <TimelineEventsContext value={events}>
        <SentimentViewContext value={sentiment}>{children}</SentimentViewContext>
      </TimelineEventsContext>
    </PriceViewContext>
  );
}

export function usePriceView(): PriceView {
  return required(useContext(PriceViewContext), 'usePriceView');
}

export function useTimelineEvents(): TimelineEvents {
  return required(useContext(TimelineEventsContext), 'useTimelineEvents');
}

export function useSentimentView(): SentimentView {
  return required(useContext(SentimentViewContext), 'useSentimentView');
}

function required<T>(value: T | undefined, hook: string): T {
  if (value === undefined) throw new Error(`${hook} is used outside a ViewDataProvider.`);
  return value;
}

/**
 * The events a dated chart overlays (those in range, then those coming up), which one is
 * selected, selecting one, and how far ahead of its data the chart runs to show what is
 * coming (undefined when nothing is).
 */
export function useChartEvents() {
  const { visible, upcoming, aheadUntil } = useTimelineEvents();
  const selectedId = useViewStore((s) => s.event);
  const onSelect = useViewStore((s) => s.selectEvent);
  return useMemo(
    () => ({
      events: upcoming.length > 0 ? [...visible, ...upcoming] : visible,
      selectedId,
      onSelect,
      aheadUntil: upcoming.length > 0 && aheadUntil ? toTime(aheadUntil) : undefined,
    }),
    [visible, upcoming, aheadUntil, selectedId, onSelect],
  );
}
