// A source whose code loads on first use: what the page needs up front (id, key, label,
// capabilities) is known without it, and every call waits for the module once. Keeps
// sources most people never pick out of the first load.
import type { DataAdapter } from './data-adapter';

type Known = Pick<DataAdapter, 'id' | 'key' | 'label' | 'capabilities'>;

export function lazyAdapter(known: Known, load: () => Promise<DataAdapter>): DataAdapter {
  let adapter: Promise<DataAdapter> | undefined;
  const ready = () =>
    (adapter ??= load().catch((error: unknown) => {
      adapter = undefined; // a chunk that failed to load (offline) is tried again on Retry
      throw error;
    }));
  return {
    ...known,
    getPrices: async (q, o) => (await ready()).getPrices(q, o),
    getSentiment: async (q, o) => (await ready()).getSentiment(q, o),
    getEvents: async (q, o) => (await ready()).getEvents(q, o),
    getSymbols: async (o) => (await ready()).getSymbols(o),
    checkHealth: async () => (await ready()).checkHealth(),
  };
}
