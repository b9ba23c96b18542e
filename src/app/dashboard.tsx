// The dashboard of a source that is ready: the view controls, then the panels in reading
// order. Each panel reads the view from the store and the data from the providers here.
import type { DataAdapter } from '@/adapters/data-adapter';
import { EventWindow } from '@/features/events/event-window';
import { EventsPanel } from '@/features/events/events-panel';
import { PerformancePanel } from '@/features/performance/performance-panel';
import { ReturnsPanel } from '@/features/performance/returns-panel';
import { SentimentPanel } from '@/features/sentiment/sentiment-panel';
import { ViewControls } from '@/features/view-controls/view-controls';
import { SourceProvider } from '@/queries/source';
import { ViewDataProvider } from '@/queries/view-data';

export function Dashboard({ adapter }: { adapter: DataAdapter }) {
  return (
    <SourceProvider adapter={adapter}>
      <ViewDataProvider>
        <ViewControls />
        <main className="panels">
          <PerformancePanel />
          <EventWindow />
          <SentimentPanel />
          <ReturnsPanel />
          <EventsPanel />
        </main>
      </ViewDataProvider>
    </SourceProvider>
  );
}
