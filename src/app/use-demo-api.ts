// Starts the demo's mock API (a service worker) while the demo is the source, and
// stops it otherwise, so it never answers for a real source. The worker and the
// dataset are loaded on first use only: a user of a real source never downloads them.
import type { SetupWorker } from 'msw/browser';
import { useEffect, useState } from 'react';

export type DemoApiState = { state: 'off' } | { state: 'starting' } | { state: 'ready' } | { state: 'failed'; message: string };

let worker: Promise<SetupWorker> | undefined;
let running = false;
/** What the page last asked for: each step of the queue brings the worker to it. */
let wanted = false;
// Starts and stops run one after another, whatever order effects fire in.
let queue: Promise<void> = Promise.resolve();

const WORKER_URL = `${import.meta.env.BASE_URL}mockServiceWorker.js`;

function setRunning(active: boolean): Promise<void> {
  wanted = active;
  queue = queue.then(async () => {
    // A stop and a start asked for while an earlier step ran (React's development double
    // effect, a source switched away and back) cancel out: stopping would make the worker
    // unregister itself under the start that follows (see stop).
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

export function useDemoApi(active: boolean): DemoApiState {
  const [api, setApi] = useState<DemoApiState>({ state: 'starting' });
  useEffect(() => {
    if (!active) return;
    let current = true;
    setRunning(true).then(
      () => current && setApi({ state: 'ready' }),
      (error: unknown) => {
        worker = undefined;
        queue = Promise.resolve();
        if (current) {
          setApi({
            state: 'failed',
            message: `The sample data could not start in this browser (${error instanceof Error ? error.message : String(error)}). It needs service workers, which private windows and some settings turn off.`,
          });
        }
      },
    );
    return () => {
      current = false;
      setApi({ state: 'starting' });
      void setRunning(false).catch(() => undefined);
    };
  }, [active]);
  return active ? api : { state: 'off' };
}
