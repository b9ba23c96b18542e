// The demo's mock worker follows the source, from before the first render: 'starting' at
// once (so demo requests read the prebuilt answers or wait), started once the first view
// is in or a request asks for it, 'up' then; stopped when another source is chosen, and a
// real stop waits until the worker's registration is gone before the next start (else
// MSW's un-awaited update() of it fails uncaught in the page). A worker that cannot start
// says why.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

const worker = { start: vi.fn(async () => undefined), stop: vi.fn() };
vi.mock('../../mocks/browser', () => ({ worker }));

// jsdom has no service workers: the registration the real worker removes on stop, and
// the page's controller, which an installing worker takes once active.
type Registration = { installing?: { scriptURL: string; state: string }; active?: { scriptURL: string; state: string } };
let registrations: Registration[] = [];
const WORKER_SCRIPT = new URL('/mockServiceWorker.js', location.href).href;
const serviceWorker = Object.assign(new EventTarget(), {
  controller: null as object | null,
  getRegistrations: async () => registrations,
});
let online = true;
beforeEach(() => {
  vi.resetModules();
  worker.start.mockClear();
  worker.stop.mockClear().mockImplementation(() => {
    // The worker unregisters itself a little after it hears the page has gone.
    setTimeout(() => (registrations = []), 120);
  });
  registrations = [];
  serviceWorker.controller = null;
  online = true;
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: serviceWorker });
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  worker.start.mockImplementation(async () => {
    registrations = [{ active: { scriptURL: WORKER_SCRIPT, state: 'activated' } }];
  });
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
  Reflect.deleteProperty(navigator, 'onLine');
});

/** A fresh page: its modules, the view on `source`, the sync started (with `firstView` to load). */
async function page(source: string, firstView?: () => Promise<unknown>) {
  const { useViewStore } = await import('@/stores/view-store');
  const { mockApiState, mockApiUp } = await import('@/adapters/demo/mock-api');
  const { startDemoApiSync } = await import('@/app/demo-api-sync');
  useViewStore.getState().setSource(source);
  const stopSync = startDemoApiSync(firstView);
  return { setSource: useViewStore.getState().setSource, state: () => mockApiState().state, mockApiUp, stopSync };
}

/** A first view that is in when the test says. */
function pendingFirstView() {
  let arrive = () => {};
  const loaded = new Promise<void>((resolve) => (arrive = resolve));
  return { load: () => loaded, arrive };
}

it('is starting before any request can go out, then up, with the worker started once', async () => {
  const { state, stopSync } = await page('demo');
  expect(state()).toBe('starting');
  await vi.waitFor(() => expect(state()).toBe('up'));
  expect(worker.start).toHaveBeenCalledTimes(1);
  expect(worker.stop).not.toHaveBeenCalled();
  stopSync();
});

it('loads the first view once demo requests know to wait, and starts the worker only after it', async () => {
  const first = pendingFirstView();
  const { mockApiState } = await import('@/adapters/demo/mock-api');
  let stateWhenLoading: string | undefined;
  const { state, stopSync } = await page('demo', () => {
    stateWhenLoading = mockApiState().state;
    return first.load();
  });
  expect(stateWhenLoading).toBe('starting');
  await new Promise((r) => setTimeout(r, 30));
  expect(worker.start).not.toHaveBeenCalled();

  first.arrive();
  await vi.waitFor(() => expect(state()).toBe('up'));
  expect(worker.start).toHaveBeenCalledTimes(1);
  stopSync();
});

it('starts the worker before the first view is in when a request only it can answer asks', async () => {
  const first = pendingFirstView();
  const { state, mockApiUp, stopSync } = await page('demo', first.load);
  // The health check waits without asking; a symbol with no prebuilt answer asks.
  const health = mockApiUp(undefined, false);
  await new Promise((r) => setTimeout(r, 30));
  expect(worker.start).not.toHaveBeenCalled();
  await mockApiUp();
  await health;
  expect(state()).toBe('up');
  expect(worker.start).toHaveBeenCalledTimes(1);
  first.arrive();
  await new Promise((r) => setTimeout(r, 30));
  expect(worker.start).toHaveBeenCalledTimes(1);
  stopSync();
});

it('offline, waits for the connection before starting (the worker\'s script is fetched)', async () => {
  online = false;
  const { state, stopSync } = await page('demo');
  await new Promise((r) => setTimeout(r, 30));
  expect(worker.start).not.toHaveBeenCalled();
  expect(state()).toBe('starting');

  online = true;
  window.dispatchEvent(new Event('online'));
  await vi.waitFor(() => expect(state()).toBe('up'));
  expect(worker.start).toHaveBeenCalledTimes(1);
  stopSync();
});

it('tries again once the connection is back when it went during the start', async () => {
  worker.start.mockImplementationOnce(async () => {
    online = false;
    throw new TypeError('An unknown error occurred when fetching the script.');
  });
  const { state, stopSync } = await page('demo');
  await vi.waitFor(() => expect(worker.start).toHaveBeenCalledTimes(1));
  await new Promise((r) => setTimeout(r, 30));
  expect(state()).toBe('starting');

  online = true;
  window.dispatchEvent(new Event('online'));
  await vi.waitFor(() => expect(state()).toBe('up'));
  expect(worker.start).toHaveBeenCalledTimes(2);
  stopSync();
});

it('on a page loaded while the worker was installing, starts once the worker controls it (MSW would reload it)', async () => {
  registrations = [{ installing: { scriptURL: WORKER_SCRIPT, state: 'installing' } }];
  const { state, stopSync } = await page('demo');
  await new Promise((r) => setTimeout(r, 30));
  expect(worker.start).not.toHaveBeenCalled();

  serviceWorker.controller = {};
  serviceWorker.dispatchEvent(new Event('controllerchange'));
  await vi.waitFor(() => expect(state()).toBe('up'));
  expect(worker.start).toHaveBeenCalledTimes(1);
  stopSync();
});

it('does not start the worker for another source', async () => {
  const { state, stopSync } = await page('rest');
  expect(state()).toBe('stopped');
  await new Promise((r) => setTimeout(r, 20));
  expect(worker.start).not.toHaveBeenCalled();
  stopSync();
});

it('stops when another source is chosen, and starts again only once the registration is gone', async () => {
  const { setSource, state, stopSync } = await page('demo');
  await vi.waitFor(() => expect(state()).toBe('up'));

  setSource('rest');
  expect(state()).toBe('stopped');
  await vi.waitFor(() => expect(worker.stop).toHaveBeenCalledTimes(1));
  setSource('demo');
  expect(state()).toBe('starting');
  // The start waits for the worker to unregister itself.
  await new Promise((r) => setTimeout(r, 60));
  expect(worker.start).toHaveBeenCalledTimes(1);
  await vi.waitFor(() => expect(state()).toBe('up'));
  expect(worker.start).toHaveBeenCalledTimes(2);
  expect(registrations).toHaveLength(1);
  stopSync();
});

it('a switch away and straight back stops nothing', async () => {
  const { setSource, state, stopSync } = await page('demo');
  setSource('rest');
  setSource('demo');
  await vi.waitFor(() => expect(state()).toBe('up'));
  expect(worker.start).toHaveBeenCalledTimes(1);
  expect(worker.stop).not.toHaveBeenCalled();
  stopSync();
});

it('says why when the worker cannot start, and tries again on the next switch to the demo', async () => {
  worker.start.mockRejectedValueOnce(new Error('Service workers are not supported'));
  const { setSource, stopSync } = await page('demo');
  const { mockApiState } = await import('@/adapters/demo/mock-api');
  await vi.waitFor(() => expect(mockApiState().state).toBe('failed'));
  expect(mockApiState()).toMatchObject({ message: expect.stringContaining('(Service workers are not supported)') });

  setSource('rest');
  setSource('demo');
  await vi.waitFor(() => expect(mockApiState().state).toBe('up'));
  expect(worker.start).toHaveBeenCalledTimes(2);
  stopSync();
});
