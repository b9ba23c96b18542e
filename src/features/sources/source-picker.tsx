// Which source the dashboard reads, how it is doing, and its settings.
import { useQuery } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import type { DataAdapter, SourceId } from '@/adapters/data-adapter';
import { SOURCE_LABELS, SOURCE_IDS } from '@/adapters/registry';
import { PanelErrorBoundary } from '@/ui/primitives/panel-error-boundary';
import { retriableLazy } from '@/ui/primitives/retriable-lazy';
// Settings are rarely opened: their code loads on first use (and again on Retry if that failed offline).
const SourceSettingsDialog = retriableLazy(() => import('./source-settings-dialog').then((m) => m.SourceSettingsDialog));
// The importer and its parsers load when Import data is first used.
const ImportDialog = retriableLazy(() => import('./import-dialog').then((m) => m.ImportDialog));

interface SourcePickerProps {
  source: SourceId;
  /** Undefined while the chosen source is not set up. */
  adapter?: DataAdapter;
  onChange: (source: SourceId) => void;
}

export function SourcePicker({ source, adapter, onChange }: SourcePickerProps) {
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  return (
    <div className="source-picker">
      <label className="inline-field">
        Data source
        <select value={source} onChange={(e) => onChange(e.target.value as SourceId)}>
          {SOURCE_IDS.map((id) => (
            <option key={id} value={id}>
              {SOURCE_LABELS[id]}
            </option>
          ))}
        </select>
      </label>
      {adapter ? <HealthBadge adapter={adapter} /> : <span className="health health-off">Not set up</span>}
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
                onChange('files');
              }}
            />
          </Suspense>
        </PanelErrorBoundary>
      )}
      {settingsOpen && (
        <PanelErrorBoundary onRetry={SourceSettingsDialog.retry}>
          <Suspense fallback={null}>
            <SourceSettingsDialog source={source} onClose={() => setSettingsOpen(false)} />
          </Suspense>
        </PanelErrorBoundary>
      )}
    </div>
  );
}

function HealthBadge({ adapter }: { adapter: DataAdapter }) {
  const health = useQuery({
    queryKey: ['health', adapter.key],
    queryFn: () => adapter.checkHealth(),
    staleTime: 5 * 60_000,
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
