// Renders a component tree the way the app does: a fresh QueryClient per test, no retries
// unless a test asks for them, so failures show at once. Panels render inside a source and
// the page's view data, as the dashboard gives them.
import { QueryClient } from '@tanstack/react-query';
import { act, render, waitFor, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { DataAdapter } from '@/adapters/data-adapter';
import { Providers } from '@/app/providers';
import { SourceProvider } from '@/queries/source';
import { ViewDataProvider } from '@/queries/view-data';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

export function renderWithProviders(ui: ReactElement, options: RenderOptions & { client?: QueryClient } = {}) {
  const client = options.client ?? createTestQueryClient();
  return { client, ...render(<Providers client={client}>{ui}</Providers>, options) };
}

/** A panel as the dashboard shows it, reading from `adapter` and the view store. */
export function renderPanel(ui: ReactElement, adapter: DataAdapter, options: RenderOptions & { client?: QueryClient } = {}) {
  return renderWithProviders(
    <SourceProvider adapter={adapter}>
      <ViewDataProvider>{ui}</ViewDataProvider>
    </SourceProvider>,
    options,
  );
}

/**
 * Waits until no query is fetching and react-query has told every component (it notifies
 * on a timer), so a test that ends here leaves nothing to update the page after it.
 */
export async function settled(client: QueryClient): Promise<void> {
  await waitFor(() => expect(client.isFetching()).toBe(0));
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** A source that serves exactly what a test gives it (nothing by default), unchecked by any schema. */
export function stubAdapter(parts: Partial<DataAdapter> = {}): DataAdapter {
  return {
    id: 'stub',
    key: 'stub',
    label: 'Stub',
    capabilities: { prices: true, sentiment: true, events: true },
    getPrices: async () => [],
    getSentiment: async () => [],
    getEvents: async () => [],
    getSymbols: async () => [],
    checkHealth: async () => ({ ok: true, message: 'Stub answered.' }),
    ...parts,
  };
}
