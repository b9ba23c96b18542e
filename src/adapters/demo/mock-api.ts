// Whether the demo's mock API answers at /api/v1 yet. In the page it is a service worker,
// which takes a moment to start and may fail to (app/demo-api-sync.ts starts and stops it
// and reports here). In tests and behind `npm run api` it is simply there: hence 'up'
// until told otherwise.
import { DataSourceError } from '../data-adapter';

export type MockApiState = { state: 'up' } | { state: 'starting' } | { state: 'stopped' } | { state: 'failed'; message: string };

let current: MockApiState = { state: 'up' };
const listeners = new Set<() => void>();

export function mockApiState(): MockApiState {
  return current;
}

export function setMockApiState(next: MockApiState): void {
  current = next;
  for (const listener of [...listeners]) listener();
}

export function subscribeMockApi(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Resolves once the API answers; rejects when it failed to start, or on `signal`'s abort. */
export function mockApiUp(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      if (signal?.aborted) reject(signal.reason);
      else if (current.state === 'up') resolve();
      else if (current.state === 'failed') reject(new DataSourceError('network', current.message));
      else return;
      unsubscribe();
      signal?.removeEventListener('abort', settle);
    };
    const unsubscribe = subscribeMockApi(settle);
    signal?.addEventListener('abort', settle);
    settle();
  });
}
