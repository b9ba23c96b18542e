// Which sources exist and how each is built. Adding a source = a folder under
// adapters/ and one entry here.
import type { DataAdapter, SourceId } from './data-adapter';
import { createRestAdapter } from './rest/rest-adapter';

/** The demo API's base URL: served in the browser by the mock service worker. */
export const DEMO_BASE_URL = '/api/v1';

const factories: Partial<Record<SourceId, () => DataAdapter>> = {
  // The demo dataset serves prices and the 2025 event timeline; sentiment joins it with its panel.
  demo: () =>
    createRestAdapter({
      id: 'demo',
      label: 'Demo',
      baseUrl: DEMO_BASE_URL,
      capabilities: { prices: true, sentiment: false, events: true },
    }),
};

export const AVAILABLE_SOURCES = Object.keys(factories) as SourceId[];

const cache = new Map<SourceId, DataAdapter>();

export function isAvailableSource(id: string): id is SourceId {
  return Object.hasOwn(factories, id);
}

export function getAdapter(id: SourceId): DataAdapter {
  let adapter = cache.get(id);
  if (!adapter) {
    const factory = factories[id];
    if (!factory) throw new Error(`No data source "${id}" is registered.`);
    adapter = factory();
    cache.set(id, adapter);
  }
  return adapter;
}
