// The Event window's place on the page: nothing until an event is selected; then the
// panel, whose code loads at that moment (and again on Retry if that failed), or a note
// when the selected event is nowhere to be found.
import { Suspense } from 'react';
import { useTimelineEvents } from '@/queries/view-data';
import { useViewStore } from '@/stores/view-store';
import { Panel } from '@/ui/primitives/panel';
import { PanelErrorBoundary } from '@/ui/primitives/panel-error-boundary';
import { retriableLazy } from '@/ui/primitives/retriable-lazy';
import { Skeleton } from '@/ui/primitives/skeleton';

const EventWindowPanel = retriableLazy(() => import('./event-window-panel'), (m) => m.EventWindowPanel);

export function EventWindow() {
  const selectedId = useViewStore((s) => s.event);
  const selectEvent = useViewStore((s) => s.selectEvent);
  const timeline = useTimelineEvents();
  if (!selectedId) return null;
  const event = timeline.all.find((e) => e.id === selectedId);
  const close = () => selectEvent(undefined);
  if (event) {
    return (
      <PanelErrorBoundary onRetry={EventWindowPanel.retry}>
        <Suspense fallback={<Skeleton height={240} label="Loading the event window…" />}>
          <EventWindowPanel event={event} onClose={close} />
        </Suspense>
      </PanelErrorBoundary>
    );
  }
  if (timeline.loading) return null;
  return (
    <Panel title="Event window" actions={<button type="button" onClick={close}>Close</button>}>
      <p className="panel-note">No event “{selectedId}” in this source or among your own events.</p>
    </Panel>
  );
}
