// The page: header with the view controls, then the panels. The only place that
// composes features and hands each the active data source.
import { Suspense, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DataAdapter, SourceId } from '@/adapters/data-adapter';
import { createAdapter, SOURCE_LABELS } from '@/adapters/registry';
import { EventsPanel } from '@/features/events/events-panel';
import { useTimelineEvents } from '@/features/events/use-timeline-events';
import { PerformancePanel } from '@/features/performance/performance-panel';
import { ReturnsPanel } from '@/features/performance/returns-panel';
import { usePerformance } from '@/features/performance/use-performance';
import { SentimentPanel } from '@/features/sentiment/sentiment-panel';
import { useSentiment } from '@/features/sentiment/use-sentiment';
import { BasisPicker } from '@/features/view-controls/basis-picker';
import { CopyLinkButton } from '@/features/view-controls/copy-link-button';
import { RangePicker } from '@/features/view-controls/range-picker';
import { RefreshControl } from '@/features/view-controls/refresh-control';
import { SymbolPicker } from '@/features/view-controls/symbol-picker';
import { SourcePicker } from '@/features/sources/source-picker';
import { ThemePicker } from '@/features/theme/theme-picker';
import { isLiveSource } from '@/stores/refresh-store';
import { useSourceSettings } from '@/stores/source-settings';
import { useViewStore, type ViewStore } from '@/stores/view-store';
import { Panel } from '@/ui/primitives/panel';
import { PanelErrorBoundary } from '@/ui/primitives/panel-error-boundary';
import { retriableLazy } from '@/ui/primitives/retriable-lazy';
import { Skeleton } from '@/ui/primitives/skeleton';
import { OfflineBanner } from './offline-banner';
import type { DemoApiState } from './use-demo-api';

interface AppProps {
  /** Whether the demo's mock API is up (main.tsx starts it; tests serve it with msw/node). */
  demoApi?: DemoApiState;
}

const DEMO_READY: DemoApiState = { state: 'ready' };

// Shown only once an event is selected: loaded then, not with the first screen (and
// loaded again on Retry if that failed).
const EventWindowPanel = retriableLazy(() => import('@/features/events/event-window-panel').then((m) => m.EventWindowPanel));

export function App({ demoApi = DEMO_READY }: AppProps) {
  const view = useViewStore(useShallow((s) => s));
  const rest = useSourceSettings((s) => s.rest);
  const alphavantage = useSourceSettings((s) => s.alphavantage);
  const source = view.source as SourceId;
  const [sourceNotice, setSourceNotice] = useState<string>();
  const adapter = useMemo(
    () => createAdapter(source, { rest, alphavantage }, { onNotice: setSourceNotice }),
    [source, rest, alphavantage],
  );
  const demoWaiting = source === 'demo' && demoApi.state !== 'ready';

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand-row">
          <h1>Tradewinds</h1>
          <div className="source-row">
            <SourcePicker source={source} adapter={demoWaiting ? undefined : adapter} onChange={view.setSource} />
            {source === 'demo' && <strong className="sample-badge">Sample data</strong>}
          </div>
          <CopyLinkButton />
          <ThemePicker />
        </div>
      </header>

      <OfflineBanner />
      {demoApi.state === 'failed' && (
        <div className="banner banner-error" role="alert">
          {demoApi.message}
        </div>
      )}
      {sourceNotice && (
        <div className="banner" role="status" aria-label="Source notice">
          <span>{sourceNotice}</span>
          <button type="button" onClick={() => setSourceNotice(undefined)}>
            Dismiss
          </button>
        </div>
      )}
      {view.notices.length > 0 && (
        <div className="banner" role="status" aria-label="Link notices">
          <ul>
            {view.notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" onClick={view.dismissNotices}>
            Dismiss
          </button>
        </div>
      )}

      {adapter && !demoWaiting ? (
        <Dashboard adapter={adapter} view={view} />
      ) : demoWaiting ? (
        demoApi.state === 'starting' && <Skeleton height={320} label="Starting the sample data…" />
      ) : (
        <div className="banner" role="status">
          {SOURCE_LABELS[source]} is not set up yet: open Source settings to connect it.
        </div>
      )}
      {source === 'demo' && (
        <footer className="app-footer">
          Sample data: a synthetic dataset generated for this demo, shaped after 2025’s published moves. It is not market data.
        </footer>
      )}
    </div>
  );
}

/** The view controls and the panels, for a source that is ready. */
function Dashboard({ adapter, view }: { adapter: DataAdapter; view: ViewStore }) {
  const model = usePerformance(adapter, view);
  const timeline = useTimelineEvents(adapter, { from: model.start, to: view.to ?? model.asOfDate, tags: view.tags });
  const sentiment = useSentiment(adapter, view.symbols);
  const selectedEvent = view.event ? timeline.all.find((e) => e.id === view.event) : undefined;
  const closeEvent = () => view.selectEvent(undefined);
  const basisLabel = view.basis === 'total' ? 'Total return' : 'Price return';

  return (
    <>
      <div className="app-controls">
        <div className="controls">
          <RangePicker
            range={view.range}
            from={view.from}
            to={view.to}
            asOfDate={model.asOfDate}
            onRange={view.setRange}
            onFrom={view.setCustomFrom}
            onTo={view.setTo}
          />
          <BasisPicker basis={view.basis} onChange={view.setBasis} />
          {isLiveSource(adapter.id) && <RefreshControl adapter={adapter} source={adapter.id} />}
        </div>
        <SymbolPicker adapter={adapter} symbols={view.symbols} onAdd={view.addSymbol} onRemove={view.removeSymbol} />
      </div>
      <main className="panels">
        <PerformancePanel
          model={model}
          symbols={view.symbols}
          basisLabel={basisLabel}
          events={timeline.visible}
          selectedEventId={view.event}
          onSelectEvent={view.selectEvent}
        />
        {selectedEvent ? (
          <PanelErrorBoundary onRetry={EventWindowPanel.retry}>
          <Suspense fallback={<Skeleton height={240} label="Loading the event window…" />}>
          <EventWindowPanel
            event={selectedEvent}
            allEvents={timeline.all}
            symbols={view.symbols}
            seriesBySymbol={model.seriesBySymbol}
            benchmark={view.benchmark}
            basis={view.basis}
            asOfDate={model.asOfDate}
            onClose={closeEvent}
          />
          </Suspense>
          </PanelErrorBoundary>
        ) : (
          view.event &&
          !timeline.loading && (
            <Panel title="Event window" actions={<button type="button" onClick={closeEvent}>Close</button>}>
              <p className="panel-note">No event “{view.event}” in this source or among your own events.</p>
            </Panel>
          )
        )}
        <SentimentPanel
          model={sentiment}
          symbols={view.symbols}
          asOf={view.to ?? model.asOfDate}
          start={model.start}
          seriesBySymbol={model.seriesBySymbol}
          events={timeline.visible}
          selectedEventId={view.event}
          onSelectEvent={view.selectEvent}
        />
        <ReturnsPanel
          model={model}
          symbols={view.symbols}
          basis={view.basis}
          basisLabel={basisLabel}
          benchmark={view.benchmark}
          onBenchmarkChange={view.setBenchmark}
          onRemoveSymbol={view.removeSymbol}
        />
        <EventsPanel
          timeline={timeline}
          selectedTags={view.tags}
          selectedEventId={view.event}
          onToggleTag={view.toggleTag}
          onClearTags={view.clearTags}
          onSelectEvent={view.selectEvent}
        />
      </main>
    </>
  );
}
