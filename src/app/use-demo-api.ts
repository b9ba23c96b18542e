// Starts the demo's mock API (a service worker) while the demo is the source, and
// stops it otherwise, so it never answers for a real source. The worker and the
// dataset are loaded on first use only: a user of a real source never downloads them.
import type { SetupWorker } from 'msw/browser';
import { useEffect, useState } from 'react';

export type DemoApiState = { state: 'off' } | { state: 'starting' } | { state: 'ready' } | { state: 'failed'; message: string };

let worker: Promise<SetupWorker> | undefined;
let running = false;
// Starts and stops run one after another, whatever order effects fire in.
let queue: Promise<void> = Promise.resolve();

function setRunning(active: boolean): Promise<void> {
  queue = queue.then(async () => {
    if (active === running) return;
    worker ??= import('../../mocks/browser').then((m) => m.worker);
    const w = await worker;
    if (active) {
      await w.start({
        serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
        onUnhandledRequest: 'bypass',
        quiet: true,
      });
    } else {
      w.stop();
    }
    running = active;
  });
  return queue;
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
