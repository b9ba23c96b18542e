// Renders a component tree the way the app does: a fresh QueryClient per test, no retries
// unless a test asks for them, so failures show at once.
import { QueryClient } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Providers } from '@/app/providers';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

export function renderWithProviders(ui: ReactElement, options: RenderOptions & { client?: QueryClient } = {}) {
  const client = options.client ?? createTestQueryClient();
  return { client, ...render(<Providers client={client}>{ui}</Providers>, options) };
}
