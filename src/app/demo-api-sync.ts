// Starts the demo's mock API (a service worker) while the demo is the source, and stops
// it otherwise, so it never answers for a real source; says how it is doing in
// adapters/demo/mock-api.ts, which the demo adapter and the page read. It follows the view
// store from outside React: main.tsx starts it before the first render, so the state is
// 'starting' before any demo request goes out (the first view then reads the prebuilt
// answers: adapters/demo/prebuilt.ts). The worker and the dataset (about 360 KB gzip) are
// loaded on first use only: a user of a real source never downloads them.
//
// On a page that opens on the demo, the worker starts once the first view is in (its
// code and data, then an idle moment), or as soon as a request only it can answer asks:
// started beside the first view, its download and start slowed that view's own code
// (docs/performance.md).
import type { SetupWorker } from 'msw/browser';
import { useSyncExternalStore } from 'react';
import { mockApiState, onMockApiWanted, setMockApiState, subscribeMockApi, type MockApiState } from '@/adapters/demo/mock-api';
import { useViewStore } from '@/stores/view-store';
import { retriableImport } from '@/ui/primitives/retriable-import';

const importWorker = retriableImport(() => import('../../mocks/browser'));
let worker: Promise<SetupWorker> | undefined;
let running = false;
/** What the page last asked for: each step of the queue brings the worker to it. */
let wanted = false;
// Starts and stops run one after another, whatever order they are asked in.
let queue: Promise<void> = Promise.resolve();

const WORKER_URL = `${import.meta.env.BASE_URL}mockServiceWorker.js`;
/** How long a start waits for an installing worker to take control of the page. */
const CLAIM_WAIT_MS = 5000;

/** Brings the worker to what the page last asked for (`wanted`), after any step before. */
function bringToWanted(): Promise<void> {
  queue = queue.then(async () => {
    // A stop and a start asked for while an earlier step ran (a source switched away and
    // back) cancel out: stopping would make the worker unregister itself under the start
    // that follows (see stop).
    if (wanted === running) return;
    if (wanted) await startable();
    // The page may have changed its mind meanwhile.
    if (wanted === running) return;
    const next = wanted;
    worker ??= importWorker().then((m) => m.worker);
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
 * Waits for what a start needs: a connection (it fetches the worker's script; offline, the
 * start fails and MSW says so in the console), and, on a page loaded while the worker was
 * still installing (reloaded during the first visit's start), the worker's control of it,
 * which it claims once active: MSW reloads a page it finds registered but not controlled.
 */
async function startable(): Promise<void> {
  if (!navigator.onLine) await new Promise((resolve) => window.addEventListener('online', resolve, { once: true }));
  if (navigator.serviceWorker.controller) return;
  const script = new URL(WORKER_URL, location.href).href;
  const installing = (await navigator.serviceWorker.getRegistrations()).some((r) => {
    const w = r.installing ?? r.waiting ?? r.active;
    return w?.scriptURL === script && w.state !== 'activated';
  });
  if (!installing) return;
  await new Promise((resolve) => {
    navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
    setTimeout(resolve, CLAIM_WAIT_MS);
  });
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
  wanted = active;
  setMockApiState(active ? { state: 'starting' } : { state: 'stopped' });
  run(active, Promise.resolve());
}

/** Brings the worker to `active` once `ready` resolves, and says how that went. */
function run(active: boolean, ready: Promise<void>): void {
  ready.then(bringToWanted).then(
    () => {
      if (wanted === active) setMockApiState(active ? { state: 'up' } : { state: 'stopped' });
    },
    (error: unknown) => {
      // MSW counts a start that failed as started: stopped, so that a next start is not refused.
      void worker?.then((w) => w.stop()).catch(() => undefined);
      worker = undefined;
      queue = Promise.resolve();
      running = false;
      if (!wanted) return;
      // The connection went while the worker's script was fetched: again once it is back.
      if (!navigator.onLine) {
        window.addEventListener('online', () => wanted && run(true, Promise.resolve()), { once: true });
        return;
      }
      const reason = error instanceof Error ? error.message : String(error);
      setMockApiState({
        state: 'failed',
        message: `The sample data could not fully start in this browser (${reason}). What it had ready shows; anything more needs service workers, which private windows and some settings turn off.`,
      });
    },
  );
}

/** Once `firstView` is in and the page is idle, or once a request asks for the API, whichever comes first. */
function afterOrWanted(firstView: Promise<unknown>): Promise<void> {
  return new Promise((resolve) => {
    const start = () => {
      onMockApiWanted(undefined);
      resolve();
    };
    onMockApiWanted(start);
    const idle = window.requestIdleCallback ?? ((then: () => void) => setTimeout(then, 0));
    void firstView.finally(() => idle(start, { timeout: 1000 }));
  });
}

/**
 * Runs the mock API while the view's source is the demo, from now on; returns a function
 * that stops following. `loadFirstView` is called once the API's state is set (so the
 * first view's demo requests know where to go); on a page opening on the demo, the worker
 * starts after what it returns, unless a request asks for it sooner. A switch to the demo
 * later starts it at once.
 */
export function startDemoApiSync(loadFirstView: () => Promise<unknown> = () => Promise.resolve()): () => void {
  const active = useViewStore.getState().source === 'demo';
  // 'up' until told otherwise (tests serve the API themselves): here, it is not yet.
  wanted = active;
  setMockApiState(active ? { state: 'starting' } : { state: 'stopped' });
  const firstView = loadFirstView();
  if (active) run(true, afterOrWanted(firstView));
  return useViewStore.subscribe((state, previous) => {
    if (state.source !== previous.source) follow(state.source === 'demo');
  });
}

/** How the demo's mock API is doing, for the page to say. */
export function useMockApiState(): MockApiState {
  return useSyncExternalStore(subscribeMockApi, mockApiState, mockApiState);
}
