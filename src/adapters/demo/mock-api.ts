// Whether the demo's mock API answers at /api/v1 yet. In the page it is a service worker,
// which takes a moment to start and may fail to (app/demo-api-sync.ts starts and stops it
// and reports here); it starts after the first view, unless a request only it can answer
// asks for it sooner. In tests and behind `npm run api` it is simply there: hence 'up'
// until told otherwise.
import { DataSourceError } from '../data-adapter';

export type MockApiState = { state: 'up' } | { state: 'starting' } | { state: 'stopped' } | { state: 'failed'; message: string };

let current: MockApiState = { state: 'up' };
const listeners = new Set<() => void>();
let startNow: (() => void) | undefined;

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

/** What starts the worker at once, rather than after the first view (the page gives it). */
export function onMockApiWanted(start: (() => void) | undefined): void {
  startNow = start;
}

/**
 * Resolves once the API answers; rejects when it failed to start, or on `signal`'s abort.
 * `demand`: a request is waiting that only the API can answer, so start it now.
 */
export function mockApiUp(signal?: AbortSignal, demand = true): Promise<void> {
  if (demand && current.state === 'starting') startNow?.();
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
