// Which source the dashboard reads, how it is doing, its settings, and Import data.
import { useQuery } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import type { DataAdapter } from '@/adapters/data-adapter';
import { SOURCES, sourceById } from '@/adapters/registry';
import { queryKeys } from '@/queries/query-keys';
import { useSourceSettings } from '@/stores/source-settings';
import { useViewStore } from '@/stores/view-store';
import { PanelErrorBoundary } from '@/ui/primitives/panel-error-boundary';
import { retriableLazy } from '@/ui/primitives/retriable-lazy';

// Settings are rarely opened: their code loads on first use (and again on Retry if that failed offline).
const SourceSettingsDialog = retriableLazy(() => import('./source-settings-dialog'), (m) => m.SourceSettingsDialog);
// The importer and its parsers load when Import data is first used.
const ImportDialog = retriableLazy(() => import('./import-dialog'), (m) => m.ImportDialog);

interface SourcePickerProps {
  /** The chosen source's adapter; undefined while it is not set up. */
  adapter?: DataAdapter;
}

export function SourcePicker({ adapter }: SourcePickerProps) {
  const source = useViewStore((s) => s.source);
  const setSource = useViewStore((s) => s.setSource);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const choose = (id: string) => {
    setSource(id);
    // A source that needs settings and has none saved can do nothing yet: its settings are the next step.
    if (sourceById(id)?.settings && useSourceSettings.getState().values[id] === undefined) setSettingsOpen(true);
  };
  return (
    <div className="source-picker">
      <label className="inline-field">
        <span className="field-label">Data source</span>
        <select value={source} onChange={(e) => choose(e.target.value)}>
          {SOURCES.map(({ id, label }) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {adapter ? (
        <HealthBadge adapter={adapter} />
      ) : (
        <span className="health health-off">Not set up</span>
      )}
      <button type="button" onClick={() => setSettingsOpen(true)}>
        Source settings
      </button>
      <button type="button" onClick={() => setImportOpen(true)}>
        Import data
      </button>
      {importOpen && (
        <PanelErrorBoundary onRetry={ImportDialog.retry}>
          <Suspense fallback={null}>
            <ImportDialog
              onClose={() => setImportOpen(false)}
              onShowImported={() => {
                setImportOpen(false);
                setSource('files');
              }}
            />
          </Suspense>
        </PanelErrorBoundary>
      )}
      {settingsOpen && (
        <PanelErrorBoundary onRetry={SourceSettingsDialog.retry}>
          <Suspense fallback={null}>
            <SourceSettingsDialog sourceId={source} onClose={() => setSettingsOpen(false)} />
          </Suspense>
        </PanelErrorBoundary>
      )}
    </div>
  );
}

function HealthBadge({ adapter }: { adapter: DataAdapter }) {
  const health = useQuery({
    queryKey: queryKeys.health(adapter.key),
    queryFn: () => adapter.checkHealth(),
    // A source that did not answer is asked again when the connection comes back or the
    // badge is next shown, rather than called unavailable for five minutes.
    staleTime: (query) => (query.state.data?.ok === false ? 0 : 5 * 60_000),
    retry: false,
  });
  if (!health.data) return <span className="health">Checking…</span>;
  return (
    <span className={`health ${health.data.ok ? 'health-ok' : 'health-bad'}`} title={health.data.message} role="status">
      <span aria-hidden="true">●</span> {health.data.ok ? 'Connected' : 'Unavailable'}
      <span className="visually-hidden">: {health.data.message}</span>
    </span>
  );
}
