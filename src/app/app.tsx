// The page: the header (source, page tools), what the page has to say, then the dashboard
// of the chosen source once it is ready. The only place that composes features.
import { useMemo, useState } from 'react';
import { sourceById } from '@/adapters/registry';
import { CopyLinkButton } from '@/features/view-controls/copy-link-button';
import { SourcePicker } from '@/features/sources/source-picker';
import { ThemePicker } from '@/features/theme/theme-picker';
import { useSourceSettings } from '@/stores/source-settings';
import { useViewStore } from '@/stores/view-store';
import { Dashboard } from './dashboard';
import { DemoApiFailure, LinkNotices, SourceNotice } from './notices';
import { OfflineBanner } from './offline-banner';

export function App() {
  const sourceId = useViewStore((s) => s.source);
  const source = sourceById(sourceId);
  const settings = useSourceSettings((s) => s.values[sourceId]);
  const [sourceNotice, setSourceNotice] = useState<string>();
  const adapter = useMemo(() => source?.create(settings, { onNotice: setSourceNotice }), [source, settings]);
  const isDemo = sourceId === 'demo';

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand-row">
          <h1>Tradewinds</h1>
          <div className="source-row">
            <SourcePicker adapter={adapter} />
            {isDemo && <strong className="sample-badge">Sample data</strong>}
          </div>
          <CopyLinkButton />
          <ThemePicker />
        </div>
      </header>

      <OfflineBanner />
      {/* The dashboard does not wait for the demo's service worker (the demo adapter does, for what has no prebuilt answer). */}
      {isDemo && <DemoApiFailure />}
      <SourceNotice notice={sourceNotice} onDismiss={() => setSourceNotice(undefined)} />
      <LinkNotices />

      {adapter ? (
        <Dashboard adapter={adapter} />
      ) : (
        <div className="banner" role="status">
          {source?.label ?? sourceId} is not set up yet: open Source settings to connect it.
        </div>
      )}
      {isDemo && (
        <footer className="app-footer">
          Sample data: a synthetic dataset generated for this demo, shaped after 2025’s published moves. It is not market data.
        </footer>
      )}
    </div>
  );
}
