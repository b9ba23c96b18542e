// What the whole page reads about the view: its prices over the resolved range and its
// events. Computed once, here, for every panel, rather than once per panel that asks.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useViewStore } from '@/stores/view-store';
import { usePriceViewModel, type PriceView } from './price-view';
import { useTimelineEventsModel, type TimelineEvents } from './timeline-events';

const PriceViewContext = createContext<PriceView | undefined>(undefined);
const TimelineEventsContext = createContext<TimelineEvents | undefined>(undefined);

export function ViewDataProvider({ children }: { children: ReactNode }) {
  const prices = usePriceViewModel();
  const to = useViewStore((s) => s.to);
  // Events run to the as-of date the person asked for (a weekend included), else the data's last day.
  const events = useTimelineEventsModel({ from: prices.start, to: to ?? prices.asOfDate });
  return (
    <PriceViewContext value={prices}>
      <TimelineEventsContext value={events}>{children}</TimelineEventsContext>
    </PriceViewContext>
  );
}

export function usePriceView(): PriceView {
  return required(useContext(PriceViewContext), 'usePriceView');
}

export function useTimelineEvents(): TimelineEvents {
  return required(useContext(TimelineEventsContext), 'useTimelineEvents');
}

function required<T>(value: T | undefined, hook: string): T {
  if (value === undefined) throw new Error(`${hook} is used outside a ViewDataProvider.`);
  return value;
}

/** The events a chart overlays: those in view, which one is selected, and selecting one. */
export function useChartEvents() {
  const { visible } = useTimelineEvents();
  const selectedId = useViewStore((s) => s.event);
  const onSelect = useViewStore((s) => s.selectEvent);
  return useMemo(() => ({ events: visible, selectedId, onSelect }), [visible, selectedId, onSelect]);
}
