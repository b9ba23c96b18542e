// The dashboard of a source that is ready, in reading order: the answer at a glance and
// what is coming, the view controls, then the panels. Each reads the view from the store
// and the data from the providers here.
import type { DataAdapter } from '@/adapters/data-adapter';
import { ComingUp } from '@/features/events/coming-up';
import { EventWindow } from '@/features/events/event-window';
import { EventsPanel } from '@/features/events/events-panel';
import { AtAGlance } from '@/features/headline/at-a-glance';
import { PerformancePanel } from '@/features/performance/performance-panel';
import { ReturnsPanel } from '@/features/performance/returns-panel';
import { SentimentPanel } from '@/features/sentiment/sentiment-panel';
import { ViewControls } from '@/features/view-controls/view-controls';
import { SourceProvider } from '@/queries/source';
import { ViewDataProvider } from '@/queries/view-data';
import { BelowTheFold } from '@/ui/primitives/below-the-fold';

export function Dashboard({ adapter }: { adapter: DataAdapter }) {
  return (
    <SourceProvider adapter={adapter}>
      <ViewDataProvider>
        <main>
          <div className="first-screen">
            <AtAGlance />
            <ComingUp />
          </div>
          <ViewControls />
          <div className="panels">
            <PerformancePanel />
            <EventWindow />
            <BelowTheFold>
              <SentimentPanel />
              <ReturnsPanel />
              <EventsPanel />
            </BelowTheFold>
          </div>
        </main>
      </ViewDataProvider>
    </SourceProvider>
  );
}
