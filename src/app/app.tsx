// The page: header with the view controls, then the panels. The only place that
// composes features and hands each the active data source.
import { getAdapter } from '@/adapters/registry';
import type { SourceId } from '@/adapters/data-adapter';
import { EventWindowPanel } from '@/features/events/event-window-panel';
import { EventsPanel } from '@/features/events/events-panel';
import { useTimelineEvents } from '@/features/events/use-timeline-events';
import { PerformancePanel } from '@/features/performance/performance-panel';
import { ReturnsPanel } from '@/features/performance/returns-panel';
import { usePerformance } from '@/features/performance/use-performance';
import { SentimentPanel } from '@/features/sentiment/sentiment-panel';
import { useSentiment } from '@/features/sentiment/use-sentiment';
import { BasisPicker } from '@/features/view-controls/basis-picker';
import { RangePicker } from '@/features/view-controls/range-picker';
import { SymbolPicker } from '@/features/view-controls/symbol-picker';
import { useViewStore } from '@/stores/view-store';
import { Panel } from '@/ui/panel';
import { useShallow } from 'zustand/react/shallow';

interface AppProps {
  /** Set when the demo's mock API could not start: every panel would fail, so say why once. */
  startupError?: string;
}

export function App({ startupError }: AppProps) {
  const view = useViewStore(useShallow((s) => s));
  const adapter = getAdapter(view.source as SourceId);
  const model = usePerformance(adapter, view);
  const timeline = useTimelineEvents(adapter, { from: model.start, to: view.to ?? model.asOfDate, tags: view.tags });
  const sentiment = useSentiment(adapter, view.symbols);
  const selectedEvent = view.event ? timeline.all.find((e) => e.id === view.event) : undefined;
  const closeEvent = () => view.selectEvent(undefined);
  const basisLabel = view.basis === 'total' ? 'Total return' : 'Price return';

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand-row">
          <h1>Tradewinds</h1>
          <span className="source-badge">
            Source: {adapter.label}
            {adapter.id === 'demo' && <strong className="sample-badge">Sample data</strong>}
          </span>
        </div>
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
        </div>
        <SymbolPicker adapter={adapter} symbols={view.symbols} onAdd={view.addSymbol} onRemove={view.removeSymbol} />
      </header>

      {startupError && (
        <div className="banner banner-error" role="alert">
          {startupError}
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
      {adapter.id === 'demo' && (
        <footer className="app-footer">
          Sample data: a synthetic dataset generated for this demo, shaped after 2025’s published moves. It is not market data.
        </footer>
      )}
    </div>
  );
}
