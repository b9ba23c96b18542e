// Starts the demo's mock API (a service worker) while the demo is the source, and stops
// it otherwise, so it never answers for a real source; says how it is doing in
// adapters/demo/mock-api.ts, which the demo adapter and the page read. It follows the view
// store from outside React: main.tsx starts it before the first render, so the worker
// starts in parallel with that render and is 'starting' before any demo request goes out
// (which then read the prebuilt answers: adapters/demo/prebuilt.ts). The worker and the
// dataset are loaded on first use only: a user of a real source never downloads them.
import type { SetupWorker } from 'msw/browser';
import { useSyncExternalStore } from 'react';
import { mockApiState, setMockApiState, subscribeMockApi, type MockApiState } from '@/adapters/demo/mock-api';
import { useViewStore } from '@/stores/view-store';

let worker: Promise<SetupWorker> | undefined;
let running = false;
/** What the page last asked for: each step of the queue brings the worker to it. */
let wanted = false;
// Starts and stops run one after another, whatever order they are asked in.
let queue: Promise<void> = Promise.resolve();

const WORKER_URL = `${import.meta.env.BASE_URL}mockServiceWorker.js`;

function setRunning(active: boolean): Promise<void> {
  wanted = active;
  queue = queue.then(async () => {
    // A stop and a start asked for while an earlier step ran (a source switched away and
    // back) cancel out: stopping would make the worker unregister itself under the start
    // that follows (see stop).
    if (wanted === running) return;
    const next = wanted;
    worker ??= import('../../mocks/browser').then((m) => m.worker);
    const w = await worker;
    if (next) {
      await w.start({ serviceWorker: { url: WORKER_URL }, onUnhandledRequest: 'bypass', quiet: true });
    } else {
      await stop(w);
    }
    running = next;
  });
  return queue;
}

/**
 * Stops mocking, and waits (a second at most) until the worker has unregistered itself, as
 * it does once no page uses it. A start before that finds the registration being removed,
 * and MSW's update() of it, which nothing awaits, fails uncaught: "Failed to update a
 * ServiceWorker for scope … Not found". Another tab still on the demo keeps it registered.
 */
async function stop(w: SetupWorker): Promise<void> {
  w.stop();
  const script = new URL(WORKER_URL, location.href).href;
  const registered = async () => (await navigator.serviceWorker.getRegistrations()).some((r) => r.active?.scriptURL === script);
  for (let waited = 0; waited < 1000 && (await registered()); waited += 50) await new Promise((r) => setTimeout(r, 50));
}

function follow(active: boolean): void {
  if (active === wanted) return;
  setMockApiState(active ? { state: 'starting' } : { state: 'stopped' });
  setRunning(active).then(
    () => {
      if (wanted === active) setMockApiState(active ? { state: 'up' } : { state: 'stopped' });
    },
    (error: unknown) => {
      worker = undefined;
      queue = Promise.resolve();
      running = false;
      if (!wanted) return;
      const reason = error instanceof Error ? error.message : String(error);
      setMockApiState({
        state: 'failed',
        message: `The sample data could not fully start in this browser (${reason}). What it had ready shows; anything more needs service workers, which private windows and some settings turn off.`,
      });
    },
  );
}

/** Runs the mock API while the view's source is the demo, from now on; returns a function that stops following. */
export function startDemoApiSync(): () => void {
  const active = useViewStore.getState().source === 'demo';
  // Up until told otherwise (tests serve the API themselves): here, it is not yet.
  if (!active) setMockApiState({ state: 'stopped' });
  follow(active);
  return useViewStore.subscribe((state, previous) => {
    if (state.source !== previous.source) follow(state.source === 'demo');
  });
}

/** How the demo's mock API is doing, for the page to say. */
export function useMockApiState(): MockApiState {
  return useSyncExternalStore(subscribeMockApi, mockApiState, mockApiState);
}
