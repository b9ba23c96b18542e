// Which sources exist and how each is built from its settings. Adding a source = a
// folder under adapters/ and one entry here.
import type { DataAdapter, SourceId } from './data-adapter';
import { alphaVantageSourceKey } from './alphavantage/source-key';
import { createFilesAdapter } from './files/files-adapter';
import { lazyAdapter } from './lazy-adapter';
import { createRestAdapter } from './rest/rest-adapter';

/** The demo API's base URL: served in the browser by the mock service worker. */
export const DEMO_BASE_URL = '/api/v1';

export interface SourceSettings {
  rest?: { baseUrl: string; token?: string };
  alphavantage?: { apiKey: string };
}

// The demo dataset serves the whole contract: prices, daily sentiment counts (2024-2025) and
// the 2025 event timeline.
const demo = createRestAdapter({ id: 'demo', label: 'Demo', baseUrl: DEMO_BASE_URL });

const files = createFilesAdapter();

/** What a source may tell the user besides its data (e.g. "showing only the latest 100 days"). */
export interface SourceHooks {
  onNotice?: (message: string) => void;
}

/** Builds a source from its settings; undefined while it is not set up. */
const factories: Partial<Record<SourceId, (settings: SourceSettings, hooks: SourceHooks) => DataAdapter | undefined>> = {
  demo: () => demo,
  rest: ({ rest }) => (rest ? createRestAdapter({ id: 'rest', label: 'REST API', baseUrl: rest.baseUrl, token: rest.token }) : undefined),
  files: () => files,
  // Loaded when first asked for data: most people never pick it.
  alphavantage: ({ alphavantage }, { onNotice }) =>
    alphavantage
      ? lazyAdapter(
          {
            id: 'alphavantage',
            key: alphaVantageSourceKey(alphavantage.apiKey),
            label: 'Alpha Vantage',
            capabilities: { prices: true, sentiment: true, events: true },
          },
          () =>
            import('./alphavantage/alphavantage-adapter').then((m) => m.createAlphaVantageAdapter({ apiKey: alphavantage.apiKey, onNotice })),
        )
      : undefined,
};

export const SOURCE_LABELS: Record<SourceId, string> = {
  demo: 'Demo (sample data)',
  rest: 'REST API',
  files: 'Imported files',
  alphavantage: 'Alpha Vantage',
};

/** The sources this build offers, in picker order. */
export const SOURCE_IDS = (['demo', 'rest', 'files', 'alphavantage'] as const).filter((id) => Object.hasOwn(factories, id));

export function isAvailableSource(id: string): id is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(id);
}

export function createAdapter(id: SourceId, settings: SourceSettings, hooks: SourceHooks = {}): DataAdapter | undefined {
  return factories[id]?.(settings, hooks);
}

/** The demo source: always set up. */
export function getDemoAdapter(): DataAdapter {
  return demo;
}
